import module from 'node:module';
import { main } from './cli/main.js';

// Node 22.1+ keeps compiled code between runs; the commands load after this line, so they
// start faster from the second run on. Older Node has no such cache and skips it.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

process.exitCode = await main(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
});
