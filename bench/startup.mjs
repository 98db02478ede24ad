// Start-up of the bundled CLI: `evalgate validate` on the demo config, from process start to
// exit, against a bare `node -e 0` on the same machine. Median of 15 runs. Needs `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/cli.js')) {
  console.error('run `npm run build` first');
  process.exit(2);
}
const time = (args) => {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, args, { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = 15;
const measure = (args) => median(Array.from({ length: runs }, () => time(args)));
measure(['dist/cli.js', 'validate', '--config', 'gates/evalgate.yml']); // warm the file cache
const bare = measure(['-e', '0']);
const validate = measure(['dist/cli.js', 'validate', '--config', 'gates/evalgate.yml']);
console.log('| start-up (median of 15) | wall ms |');
console.log('|---|---:|');
console.log(`| node -e 0 (the floor) | ${bare.toFixed(0)} |`);
console.log(`| evalgate validate --config gates/evalgate.yml | ${validate.toFixed(0)} |`);
console.log(`| evalgate's own share | ${(validate - bare).toFixed(0)} |`);
console.log(`\nBar: validate under 300 ms from process start — ${validate < 300 ? 'met' : 'NOT met'}.`);
