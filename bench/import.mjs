// `evalgate import promptfoo` on a 500-test config with 6 assertion types, through the bundled
// CLI (needs `npm run build`): wall time from spawn to exit, and whether the imported gate
// validates (the command validates it and exits 0 only then). Bar (issue #15): < 1 s, no error.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

if (!existsSync('dist/cli.js')) {
  console.error('run `npm run build` first');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'evalgate-bench-import-'));
const types = [
  (i) => `      - type: contains\n        value: "answer ${i}"`,
  () => `      - type: icontains\n        value: "ANSWER"`,
  () => `      - type: regex\n        value: "\\\\d+"`,
  () => `      - type: is-json`,
  () => `      - type: equals\n        value: "{{expected}}"`,
  (i) => `      - type: llm-rubric\n        value: "Answers question ${i} politely"`,
];
const tests = Array.from(
  { length: 500 },
  (_, i) =>
    `  - description: case ${i}\n    vars:\n      question: "What is ${i} plus ${i}?"\n      expected: "${2 * i}"\n    metadata:\n      topic: ${['math', 'geo', 'misc'][i % 3]}\n    assert:\n${[types[i % 6](i), types[(i + 1) % 6](i)].join('\n')}`,
);
writeFileSync(
  join(dir, 'promptfooconfig.yaml'),
  `description: bench\nprompts:\n  - "Answer: {{question}}"\nproviders:\n  - openai:gpt-4o-mini\ndefaultTest:\n  assert:\n    - type: not-icontains\n      value: "as an ai"\ntests:\n${tests.join('\n')}\n`,
);
// the child reports its own CPU time on exit: on a shared, loaded machine wall time includes waiting for a core
const CPU_HOOK =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write(`\\nEVALGATE_BENCH_CPU=${(u.userCPUTime+u.systemCPUTime)/1e6}\\n`)})';
const runs = [];
const cpus = [];
let last;
for (let i = 0; i < 5; i++) {
  rmSync(join(dir, 'gates'), { recursive: true, force: true });
  const started = performance.now();
  last = spawnSync(
    process.execPath,
    ['--import', CPU_HOOK, resolve('dist/cli.js'), 'import', 'promptfoo', 'promptfooconfig.yaml'],
    {
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  runs.push((performance.now() - started) / 1000);
  cpus.push(Number(/EVALGATE_BENCH_CPU=([\d.]+)/.exec(last.stderr)?.[1] ?? NaN));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const wall = median(runs);
const cpu = median(cpus);
const [load] = (await import('node:os')).loadavg();
console.log(
  `| import promptfoo, 500 tests × 6 assertion types (load average ${load.toFixed(1)}) | median of 5 | bar | ok |`,
);
console.log('|---|---:|---|---|');
console.log(`| spawn → exit, wall | ${wall.toFixed(3)} s | < 1 s | ${wall < 1 ? 'yes' : 'NO'} |`);
console.log(`| spawn → exit, CPU (user + system) | ${cpu.toFixed(3)} s | < 1 s | ${cpu < 1 ? 'yes' : 'NO'} |`);
console.log(
  `| the imported gate validates | ${last.status === 0 ? 'yes' : 'NO'} | no error | ${last.status === 0 ? 'yes' : 'NO'} |`,
);
if (last.status !== 0) console.log(last.stdout, last.stderr);
rmSync(dir, { recursive: true, force: true });
