// Runs every benchmark in turn; each prints its own table. Not a test: figures, not pass/fail.
import { execFileSync } from 'node:child_process';

const benches = [
  ['node', ['bench/startup.mjs']],
  ['node', ['bench/run-ts.mjs', 'bench/gate.ts']],
  ['node', ['bench/memory.mjs']],
  ['node', ['bench/run-ts.mjs', 'bench/metrics.ts']],
  ['node', ['bench/run-ts.mjs', 'bench/scorers.ts']],
  ['node', ['bench/runner.mjs']],
  ['node', ['bench/action.mjs']],
  ['node', ['bench/import.mjs']],
  ['node', ['bench/providers.mjs']],
];
for (const [cmd, args] of benches) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit' });
}
