// Provider startup: an `evalgate run` of one case through the bundled CLI (needs `npm run
// build`), process start → first request at a loopback server speaking each API
// (test/support/openai-server.ts, anthropic-server.ts, gemini-server.ts, on 127.0.0.1 only).
// The three providers are measured in interleaved rounds so that machine load affects them
// alike. Bar (issue #15): anthropic and gemini reach their first request within 0.1 s of
// openai (their SDKs load lazily, as openai's does).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

if (!existsSync('dist/cli.js')) {
  console.error('run `npm run build` first');
  process.exit(2);
}
const cache = resolve('node_modules/.cache/evalgate-bench');
mkdirSync(cache, { recursive: true });
const servers = {};
for (const [name, entry] of [
  ['openai', 'openai-server'],
  ['anthropic', 'anthropic-server'],
  ['gemini', 'gemini-server'],
]) {
  const out = join(cache, `${entry}.mjs`);
  await build({
    entryPoints: [`test/support/${entry}.ts`],
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  servers[name] = await import(pathToFileURL(out).href);
}

const KEY_ENV = 'EVALGATE_BENCH_KEY';
async function start(type, onFirst) {
  if (type === 'openai') {
    const s = await servers.openai.startOpenAIServer({ script: () => (onFirst(), undefined) });
    return {
      server: s,
      provider: `{ type: openai, model: gpt-4o-mini, base_url: "${s.url}", api_key_env: ${KEY_ENV} }`,
    };
  }
  const s =
    type === 'anthropic'
      ? await servers.anthropic.startAnthropicServer(() => (onFirst(), undefined))
      : await servers.gemini.startGeminiServer(() => (onFirst(), undefined));
  const model = type === 'anthropic' ? 'claude-haiku-4-5' : 'gemini-2.5-flash';
  return { server: s, provider: `{ type: ${type}, model: ${model}, base_url: "${s.url}", api_key_env: ${KEY_ENV} }` };
}

async function measure(type) {
  let first;
  const { server, provider } = await start(type, () => (first ??= performance.now()));
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-bench-providers-'));
  writeFileSync(
    join(dir, 'cases.jsonl'),
    '{"id": "one", "vars": {"question": "What is 1 plus 1?"}, "expected": "2"}\n',
  );
  writeFileSync(join(dir, 'prompt.md'), '[system]\nAnswer in one sentence.\n\n[user]\n{{question}}\n');
  writeFileSync(
    join(dir, 'evalgate.yml'),
    `version: 1\nproviders:\n  default: ${provider}\nsuites:\n  - id: bench\n    prompt: prompt.md\n    dataset: cases.jsonl\n    scorers:\n      - { id: answered, type: contains, expected: "{{expected}}" }\n`,
  );
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      resolve('dist/cli.js'),
      'run',
      '--config',
      join(dir, 'evalgate.yml'),
      '--baseline',
      'none',
      '--out',
      join(dir, 'out'),
      '--quiet',
      '--no-cache',
    ],
    {
      cwd: dir,
      env: { ...process.env, [KEY_ENV]: 'bench-loopback-key-000000000000' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const timeout = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise((done) => child.on('exit', done));
  clearTimeout(timeout);
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  if (code !== 0 && code !== 1) throw new Error(`${type}: evalgate run exited ${code}: ${stderr.trim()}`);
  return (first - started) / 1000;
}

const types = ['openai', 'anthropic', 'gemini'];
for (const t of types) await measure(t); // warm the file cache
const times = { openai: [], anthropic: [], gemini: [] };
const rounds = process.argv.includes('--quick') ? 3 : 9;
for (let i = 0; i < rounds; i++) for (const t of types) times[t].push(await measure(t));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times.openai);
console.log(
  `| provider: process start → first request, 1 case (median of ${rounds}; load average ${loadavg()[0].toFixed(1)}) | time | vs openai | bar | ok |`,
);
console.log('|---|---:|---:|---|---|');
for (const t of types) {
  const m = median(times[t]);
  const delta = m - base;
  console.log(
    `| ${t} | ${m.toFixed(3)} s | ${t === 'openai' ? '' : `${delta >= 0 ? '+' : ''}${delta.toFixed(3)} s`} | ${t === 'openai' ? '' : '≤ +0.1 s'} | ${t === 'openai' ? '' : delta <= 0.1 ? 'yes' : 'NO'} |`,
  );
}
