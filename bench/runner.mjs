// The runner against a loopback OpenAI-compatible mock (test/support/openai-server.ts) that
// waits L ms per call: what evalgate itself adds to the model's latency. Runs the bundled CLI
// (`evalgate run`, real openai client, --no-cache unless said) as a child process; the mock
// listens on 127.0.0.1 only and every run is bounded by a timeout. Needs `npm run build`.
//
// Bars (issue #5): startup < 0.3 s to the first request; N=1,000, C=16, L=200 ms: wall ≤ 1.1 ×
// ideal (ceil(N/C)·L); L=0: ≥ 1,000 cases/s end to end; 20% of calls 429 with Retry-After 1 s:
// wall ≤ 1.3 × the no-429 wall; peak RSS < 200 MiB at N=5,000. promptfoo 0.121 figures are
// the ones quoted in the issue, measured on the same kind of mock; they are not re-measured.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

if (!existsSync('dist/cli.js')) {
  console.error('run `npm run build` first');
  process.exit(2);
}
const quick = process.argv.includes('--quick');

// the mock is TypeScript test support: bundle it next to node_modules, as bench/action.mjs does
const cache = resolve('node_modules/.cache/evalgate-bench');
mkdirSync(cache, { recursive: true });
const mockFile = join(cache, 'openai-server.mjs');
await build({
  entryPoints: ['test/support/openai-server.ts'],
  outfile: mockFile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { startOpenAIServer } = await import(pathToFileURL(mockFile).href);

const KEY_ENV = 'EVALGATE_BENCH_KEY';
// the child reports its own peak resident set size on exit (kilobytes, getrusage)
const RSS_HOOK =
  'data:text/javascript,process.on("exit",()=>process.stderr.write(`\\nEVALGATE_BENCH_MAXRSS=${process.resourceUsage().maxRSS}\\n`))';

/** A seeded generator (mulberry32) so that "20% of calls" is the same calls every time. */
function mulberry32(seed) {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function workspace(n, concurrency, url) {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-bench-'));
  const cases = Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      id: `case-${i}`,
      vars: { question: `What is ${i} plus ${i}?` },
      expected: 'answer',
      tags: { language: i % 3 ? 'en' : 'de' },
    }),
  );
  writeFileSync(join(dir, 'cases.jsonl'), `${cases.join('\n')}\n`);
  writeFileSync(
    join(dir, 'prompt.md'),
    '[system]\nYou answer arithmetic questions in one sentence.\n\n[user]\n{{question}}\n',
  );
  writeFileSync(
    join(dir, 'evalgate.yml'),
    `version: 1
providers:
  default: { type: openai, model: gpt-4o-mini, base_url: "${url}", api_key_env: ${KEY_ENV}, concurrency: ${concurrency}, temperature: 0, timeout_ms: 30000, max_retries: 8 }
suites:
  - id: bench
    prompt: prompt.md
    dataset: cases.jsonl
    slices: [language]
    scorers:
      - { id: answered, type: contains, expected: "{{expected}}" }
      - { id: short, type: regex, pattern: "^.{1,200}$" }
    rules:
      - { metric: answered.pass_rate, min: 0.5 }
      - { metric: errors.rate, max: 0.02 }
`,
  );
  return dir;
}

/**
 * One `evalgate run` in a child process: wall from spawn to exit, time to the first request
 * the mock saw, the child's peak RSS, and the mock's request count.
 */
async function measure({ n, concurrency = 16, latencyMs = 0, throttle = 0, cacheDir }) {
  const random = mulberry32(5);
  let first;
  const server = await startOpenAIServer({
    latencyMs,
    reply: () => 'The answer is the sum of the two numbers.',
    script: () => {
      first ??= performance.now();
      return throttle && random() < throttle
        ? { kind: 'status', status: 429, headers: { 'retry-after': '1' }, delayMs: 0 }
        : undefined;
    },
  });
  const dir = workspace(n, concurrency, server.url);
  const args = [
    '--import',
    RSS_HOOK,
    resolve('dist/cli.js'),
    'run',
    '--config',
    join(dir, 'evalgate.yml'),
    '--baseline',
    'none',
    '--out',
    join(dir, 'out'),
    '--quiet',
    ...(cacheDir ? ['--cache-dir', cacheDir] : ['--no-cache']),
  ];
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: dir,
    env: { ...process.env, [KEY_ENV]: 'sk-bench-loopback-0000000000000000', OPENAI_BASE_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const timeout = setTimeout(() => child.kill('SIGKILL'), 180_000);
  const code = await new Promise((done) => child.on('exit', (c) => done(c)));
  const wall = (performance.now() - started) / 1000;
  clearTimeout(timeout);
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  const rss = Number(/EVALGATE_BENCH_MAXRSS=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;
  if (code !== 0 && code !== 1)
    throw new Error(`evalgate run exited ${code}: ${stderr.replace(/EVALGATE_BENCH_MAXRSS=\d+/, '').trim()}`);
  return { wall, toFirst: first === undefined ? NaN : (first - started) / 1000, rss, requests: server.requests.length };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
const row = (what, bar, value, met, promptfoo) => rows.push({ what, bar, value, met, promptfoo });

// startup: 1 case, median of 7, process start → first request at the mock
await measure({ n: 1 }); // warm the file cache
const startups = [];
for (let i = 0; i < (quick ? 3 : 7); i++) startups.push((await measure({ n: 1 })).toFirst);
const startup = median(startups);
const floor = median(
  Array.from({ length: 7 }, () => {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    return (performance.now() - t) / 1000;
  }),
);
row(
  `startup, 1 case: process start → first request (\`node -e 0\` alone: ${floor.toFixed(3)} s)`,
  '< 0.3 s',
  `${startup.toFixed(3)} s`,
  startup < 0.3,
  '3 s',
);

// N=1,000, C=16, L=200 ms against the ideal ceil(N/C)·L
const N = quick ? 320 : 1000;
const ideal = Math.ceil(N / 16) * 0.2;
const paced = await measure({ n: N, latencyMs: 200 });
row(
  `N=${N}, C=16, L=200 ms: wall / ideal (${ideal.toFixed(1)} s)`,
  '≤ 1.1×',
  `${(paced.wall / ideal).toFixed(3)}× (${paced.wall.toFixed(2)} s)`,
  paced.wall / ideal <= 1.1,
  '2.2×',
);

// L=0: cases per second end to end (spawn, load, render, call, score, aggregate, write run.json)
const fastN = quick ? 2000 : 5000;
const fast = await measure({ n: fastN, latencyMs: 0 });
row(
  `L=0, N=${fastN}, C=16: cases/s end to end`,
  '≥ 1,000/s',
  `${Math.round(fastN / fast.wall)}/s (${fast.wall.toFixed(2)} s)`,
  fastN / fast.wall >= 1000,
  '~100/s',
);
const cacheDir = mkdtempSync(join(tmpdir(), 'evalgate-bench-cache-'));
const cached = await measure({ n: fastN, latencyMs: 0, cacheDir });
rmSync(cacheDir, { recursive: true, force: true });
row(
  `L=0, N=${fastN}, C=16, response cache on (writes ${fastN} entries)`,
  '—',
  `${Math.round(fastN / cached.wall)}/s (${cached.wall.toFixed(2)} s)`,
  null,
  '—',
);

// 20% of calls answered 429 + Retry-After: 1 (at once), same N, C, L as the paced run
const throttled = await measure({ n: N, latencyMs: 200, throttle: 0.2 });
row(
  `20% 429 + Retry-After 1 s (${throttled.requests - N} throttled calls): wall / no-429 wall`,
  '≤ 1.3×',
  `${(throttled.wall / paced.wall).toFixed(3)}× (${throttled.wall.toFixed(2)} s)`,
  throttled.wall / paced.wall <= 1.3,
  '—',
);

// peak RSS at N=5,000 (the L=0 run above)
row(`peak RSS, N=${fastN}`, '< 200 MiB', `${fast.rss.toFixed(0)} MiB`, fast.rss < 200, '—');

console.log(
  `evalgate runner bench — node ${process.version}, ${process.platform}/${process.arch}${quick ? ' (--quick: smaller N)' : ''}\n`,
);
console.log('| measure | bar | evalgate | met | promptfoo 0.121 (quoted in issue #5) |');
console.log('|---|---|---:|:---:|---:|');
for (const r of rows)
  console.log(`| ${r.what} | ${r.bar} | ${r.value} | ${r.met === null ? '' : r.met ? 'yes' : 'NO'} | ${r.promptfoo} |`);
