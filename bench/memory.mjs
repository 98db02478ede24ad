// Memory of a large run (issue 12, "Memory flat in the number of cases"): `evalgate run` with the
// replay provider over a generated dataset of N cases in 4 slices, first without a baseline (its
// run.json becomes the baseline), then with it. Each run is a child process that reports its own
// peak resident set size (getrusage maxRSS) on exit; wall time is measured around it.
//
// Bar: N = 100,000 with a baseline: peak RSS < 300 MiB and wall < 20 s; N = 1,000,000 completes.
// At 100,000 it also reruns the run with a baseline with Node's old space capped, as a small
// runner would (a row of its own; the bar is checked on the uncapped run).
// Usage: node bench/memory.mjs [N...]   (default: 100000 1000000; EVALGATE_BENCH_QUICK=1: 100000 only)
// The CLI is built from src/ by the release build (scripts/build.mjs, code-split like dist/) into
// a cache folder, so what is measured is what users run, and no `npm run build` is needed.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, createWriteStream, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';

const cache = resolve('node_modules/.cache/evalgate-bench');
mkdirSync(cache, { recursive: true });
execFileSync(process.execPath, ['scripts/build.mjs', join(cache, 'dist')], { stdio: ['ignore', 'ignore', 'inherit'] });
const cli = join(cache, 'dist', 'cli.js');

const RSS_HOOK =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write(`\\nEVALGATE_BENCH_MAXRSS=${u.maxRSS} CPU=${u.userCPUTime+u.systemCPUTime}\\n`)})';
const SLICES = ['billing', 'shipping', 'account', 'returns'];
const CAP_MIB = 128;

/** Writes lines through a stream with backpressure, so generating 1M cases stays small too. */
async function writeLines(path, n, line) {
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) if (!out.write(`${line(i)}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

async function workspace(n) {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-memory-'));
  await writeLines(join(dir, 'cases.jsonl'), n, (i) =>
    JSON.stringify({
      id: `case-${i}`,
      vars: { question: `Customer ${i} asks about order ${i * 7} and wants a short answer.` },
      expected: 'order',
      tags: { topic: SLICES[i % 4] },
      ...(i % 1000 === 0 ? { severity: 'critical' } : {}),
    }),
  );
  // a seeded mix of right and wrong answers, so the pass rates and the paired tests have work
  await writeLines(join(dir, 'recordings.jsonl'), n, (i) =>
    JSON.stringify({
      id: `case-${i}`,
      output: (i * 2654435761) % 100 < 85 ? `Your order ${i * 7} ships within two days.` : 'Please contact support.',
      latency_ms: 300 + (i % 200),
      tokens: { prompt: 60, completion: 12, total: 72 },
      cost_usd: 0.00001,
    }),
  );
  writeFileSync(
    join(dir, 'prompt.md'),
    '[system]\nYou answer order questions in one sentence.\n\n[user]\n{{question}}\n',
  );
  writeFileSync(
    join(dir, 'evalgate.yml'),
    `version: 1
providers:
  default: { type: replay, recordings: recordings.jsonl, model: replayed }
suites:
  - id: orders
    prompt: prompt.md
    dataset: cases.jsonl
    slices: [topic]
    scorers:
      - { id: correct, type: icontains, expected: "{{expected}}" }
    rules:
      - { metric: correct.pass_rate, min: 0.5 }
      - { metric: correct.pass_rate, max_drop: 5pp }
      - { metric: correct.pass_rate, max_drop: 10pp, per_slice: true }
      - { metric: critical_failures, max: 100000000 }
      - { metric: latency.p95, max_increase: 25% }
limits: { cases: ${n}, calls: ${n} }
`,
  );
  return dir;
}

async function run(dir, out, extra, node = []) {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...node,
      '--import',
      RSS_HOOK,
      cli,
      'run',
      '--config',
      join(dir, 'evalgate.yml'),
      '--out',
      join(dir, out),
      '--quiet',
      '--no-cache',
      ...extra,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const [code] = await once(child, 'close');
  const wall = (performance.now() - started) / 1000;
  const rss = Number(/EVALGATE_BENCH_MAXRSS=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;
  // CPU seconds (user + system) beside the wall: on a shared machine the wall also counts waiting
  const cpu = Number(/CPU=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1e6;
  // 0 pass, 1 fail, 78 warn are verdicts; anything else (an out-of-memory abort) is a crash
  const finished = [0, 1, 78].includes(code);
  if (!finished) process.stderr.write(stderr.slice(-2000));
  let size = NaN;
  try {
    size = statSync(join(dir, out, 'run.json')).size / 2 ** 20;
  } catch {
    /* no run.json: the run crashed */
  }
  // progress on stderr: a million-case run takes minutes
  console.error(
    `${out}: exit ${code}, peak RSS ${rss.toFixed(0)} MiB, wall ${wall.toFixed(1)} s, CPU ${cpu.toFixed(1)} s`,
  );
  return { code, wall, cpu, rss, finished, size };
}

const quick = process.env.EVALGATE_BENCH_QUICK === '1';
// --keep: leave the generated workspaces in place (printed), to profile a run by hand
const keep = process.argv.includes('--keep');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const ns = sizes.length ? sizes : quick ? [100_000] : [100_000, 1_000_000];
const rows = [];
const checks = [];
for (const n of ns) {
  const dir = await workspace(n);
  try {
    const base = await run(dir, 'base', ['--baseline', 'none']);
    const pr = base.finished ? await run(dir, 'pr', ['--baseline', join(dir, 'base', 'run.json')]) : null;
    // Node grows its heap to several times the live data before collecting when memory is plentiful;
    // capped as on a small runner (NODE_OPTIONS=--max-old-space-size=128), the same run shows what it needs
    const capped =
      n === 100_000 && pr?.finished
        ? await run(dir, 'capped', ['--baseline', join(dir, 'base', 'run.json')], [`--max-old-space-size=${CAP_MIB}`])
        : null;
    for (const [label, r] of [
      ['no baseline', base],
      ['with baseline', pr],
      [`with baseline, Node's old space capped at ${CAP_MIB} MiB`, capped],
    ])
      if (r)
        rows.push(
          `| ${n.toLocaleString('en')} | ${label} | ${r.rss.toFixed(0)} MiB | ${r.wall.toFixed(1)} s | ${r.cpu.toFixed(1)} s | ${r.size.toFixed(1)} MiB | ${r.finished ? `exit ${r.code}` : `CRASHED (exit ${r.code})`} |`,
        );
    if (n === 100_000 && pr)
      checks.push(
        `100,000 cases with a baseline: peak RSS ${pr.rss.toFixed(0)} MiB (bar < 300), wall ${pr.wall.toFixed(1)} s (bar < 20; CPU ${pr.cpu.toFixed(1)} s): ${pr.finished && pr.rss < 300 && pr.wall < 20 ? 'MET' : 'NOT MET'}`,
      );
    if (n === 1_000_000)
      checks.push(
        `1,000,000 cases: ${base.finished && pr?.finished ? 'completed' : 'DID NOT COMPLETE'} (peak RSS ${Math.max(base.rss, pr?.rss ?? 0).toFixed(0)} MiB, wall ${(base.wall + (pr?.wall ?? 0)).toFixed(1)} s for both runs)`,
      );
  } finally {
    if (keep) console.error(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
console.log('');
console.log('Memory of a large run (replay provider, 4 slices, 5 rules; child process, getrusage maxRSS):');
console.log('');
console.log('| cases | run | peak RSS | wall | CPU | run.json | result |');
console.log('|---:|---|---:|---:|---:|---:|---|');
for (const r of rows) console.log(r);
console.log('');
for (const c of checks) console.log(`- ${c}`);
