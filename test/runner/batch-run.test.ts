import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useOpenAIServer } from '../support/openai-fixture.js';
import { lastUser, type OpenAIServerOptions } from '../support/openai-server.js';
import { makeWorkspace, runIn } from '../support/workspace.js';

/** `evalgate run` with `batch: true`: the CLI, the real openai client and the loopback Files and Batches endpoints. */

const KEY_ENV = 'EVALGATE_TEST_BATCH_KEY';
const loopback = useOpenAIServer(KEY_ENV);

const cases = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    JSON.stringify({ id: `q${i}`, vars: { question: `What is ${i}+${i}?` }, expected: String(2 * i) }),
  ).join('\n');

const answer = (question: string) => {
  const m = /^What is (\d+)\+(\d+)\?$/.exec(question);
  return m ? `The answer is ${Number(m[1]) + Number(m[2])}.` : 'I do not know.';
};

async function workspace(options: OpenAIServerOptions = {}, tiers = '', n = 6) {
  const server = await loopback.start({ reply: (r) => answer(lastUser(r.body)), ...options });
  const dir = makeWorkspace({
    'evalgate.yml': `version: 1
providers:
  default:
    type: openai
    model: gpt-4o-mini
    api_key_env: ${KEY_ENV}
    base_url: "${server.url}"
    batch: { poll_ms: 5 }
suites:
  - id: qa
    prompt: prompt.md
    dataset: cases.jsonl
    scorers:
      - { id: correct, type: contains, expected: "{{expected}}" }
    rules:
      - { metric: correct.pass_rate, min: 0.5 }
${tiers}`,
    'cases.jsonl': cases(n),
    'prompt.md': '[system]\nAnswer with the number.\n\n[user]\n{{question}}\n',
  });
  const { cache, run, result } = runIn(dir);
  return { server, dir, cache, run, result };
}

describe('evalgate run through the OpenAI Batch API (batch: true)', () => {
  test('uploads one JSONL file, polls the batch with progress, and scores the answers mapped back by custom_id at half price', async () => {
    const ws = await workspace();
    const { code, err } = await ws.run();
    expect(code).toBe(0);
    // one upload, one batch, no Chat Completions call
    const paths = ws.server.requests.map((r) => `${r.method} ${r.path}`);
    expect(paths.filter((p) => p === 'POST /v1/files')).toHaveLength(1);
    expect(paths.filter((p) => p === 'POST /v1/batches')).toHaveLength(1);
    expect(paths).not.toContain('POST /v1/chat/completions');
    const input = [...ws.server.files.values()].find((f) => f.purpose === 'batch')!;
    const lines = input.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ custom_id: 'r0', method: 'POST', url: '/v1/chat/completions' });
    expect(lines[0]!.body).toMatchObject({ model: 'gpt-4o-mini', messages: [{ role: 'system' }, { role: 'user' }] });
    expect([...ws.server.batches.values()][0]!).toMatchObject({
      completion_window: '24h',
      endpoint: '/v1/chat/completions',
    });
    expect(err).toMatch(/sending 6 requests of suite qa through the Batch API/);
    expect(err).toMatch(/batch batch_\w+ in_progress: \d+ of 6 done/);
    expect(err).toMatch(/batch batch_\w+ completed: 6 of 6 done/);

    const run = ws.result();
    expect(run.decision!.verdict).toBe('pass');
    const q3 = run.cases.find((c) => c.id === 'q3')!;
    expect(q3).toMatchObject({ output: 'The answer is 6.', scores: { correct: { pass: true } }, latency_ms: null });
    // gpt-4o-mini: $0.15 / $0.60 per 1M tokens, half through the Batch API
    const { prompt, completion } = q3.tokens!;
    expect(q3.cost_usd).toBeCloseTo((prompt * 0.075 + completion * 0.3) / 1e6, 12);
    expect(run.budget!.actual.calls).toBe(6);
    expect(run.budget!.actual.usd).toBeCloseTo(
      run.cases.reduce((sum, c) => sum + c.cost_usd!, 0),
      9,
    );
  });

  test('a re-run of the same requests is answered from the cache: no second batch', async () => {
    const ws = await workspace();
    expect((await ws.run('--quiet')).code).toBe(0);
    expect((await ws.run('--quiet')).code).toBe(0);
    expect(ws.server.batches.size).toBe(1);
    expect(ws.result().cases.every((c) => c.cached)).toBe(true);
  });

  test('failed request lines are infrastructure errors of their cases; the others are scored', async () => {
    const ws = await workspace({
      batches: {
        lineError: (body) =>
          lastUser(body) === 'What is 2+2?'
            ? { status: 400, message: "This model's maximum context length is 128000 tokens." }
            : undefined,
      },
    });
    await ws.run('--quiet');
    const run = ws.result();
    expect(run.cases.find((c) => c.id === 'q2')!.error).toEqual({
      kind: 'infrastructure',
      message: "batch request failed: HTTP 400: This model's maximum context length is 128000 tokens.",
    });
    expect(run.cases.filter((c) => c.error === null)).toHaveLength(5);
  });

  test('an expired batch keeps what ran; the rest are batch_expired errors, sent again by the next run', async () => {
    const ws = await workspace({ batches: { outcome: 'expired' } });
    await ws.run('--quiet');
    const run = ws.result();
    expect(run.cases.filter((c) => c.error === null)).toHaveLength(3);
    expect(run.cases.find((c) => c.id === 'q5')!.error!.message).toBe(
      'batch request failed: batch_expired: This request could not be executed before the completion window expired.',
    );
    ws.server.options.batches = {};
    await ws.run('--quiet');
    const second = [...ws.server.files.values()].filter((f) => f.purpose === 'batch')[1]!;
    expect(second.text.trim().split('\n')).toHaveLength(3);
    expect(ws.result().cases.every((c) => c.error === null)).toBe(true);
  });

  test('a batch that fails validation fails every case of it, naming the reason', async () => {
    const ws = await workspace({ batches: { outcome: 'failed' } });
    const { code } = await ws.run('--quiet');
    const run = ws.result();
    expect(run.incomplete?.kind).toBe('all_failed');
    expect(code).not.toBe(0);
    expect(run.cases[0]!.error!.message).toMatch(/^the batch batch_\w+ failed: Enqueued token limit reached\.$/);
  });

  test('refused on an adaptive tier: exit 2 with the file and line of batch', async () => {
    const ws = await workspace({}, '    tiers:\n      full: {}\n      grow: { sample: 4, adaptive: { max: full } }');
    const { code, err } = await ws.run('--tier', 'grow');
    expect(code).toBe(2);
    expect(err).toMatch(
      /evalgate\.yml:8:\d+ providers\.default\.batch: suite "qa" runs tier "grow", which is adaptive/,
    );
    expect(ws.server.requests).toHaveLength(0);
  });

  test('cases that render the same request are sent once and share the answer', async () => {
    const ws = await workspace();
    const file = join(ws.dir, 'cases.jsonl');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8').trim()}\n${JSON.stringify({ id: 'q3-again', vars: { question: 'What is 3+3?' }, expected: '6' })}\n`,
    );
    expect((await ws.run('--quiet')).code).toBe(0);
    const input = [...ws.server.files.values()].find((f) => f.purpose === 'batch')!;
    expect(input.text.trim().split('\n')).toHaveLength(6);
    expect(ws.server.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(0);
    expect(ws.result().cases.find((c) => c.id === 'q3-again')).toMatchObject({ output: 'The answer is 6.' });
  });

  test('the batch id is kept in the cache dir until the answers are in', async () => {
    const ws = await workspace();
    await ws.run('--quiet');
    expect(readdirSync(join(ws.cache, 'batches'))).toEqual([]);
  });
});

/** The CLI bundled as scripts/build.mjs does, so a test can kill a real process mid-run. */
let cliBundle: Promise<string> | undefined;
function bundledCli(): Promise<string> {
  cliBundle ??= (async () => {
    const { build } = await import('esbuild');
    const out = mkdtempSync(join(tmpdir(), 'evalgate-cli-'));
    await build({
      entryPoints: { cli: 'src/cli.ts' },
      outdir: out,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outExtension: { '.js': '.mjs' },
      logLevel: 'error',
      banner: {
        js: "import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);",
      },
    });
    return join(out, 'cli.mjs');
  })();
  return cliBundle;
}

describe('resuming a batch after the runner was killed', () => {
  test('a re-run polls the batch the killed run submitted: no second upload, no second batch', async () => {
    const ws = await workspace({ batches: { hold: true } });
    const bundle = await bundledCli();
    const child = spawn(
      process.execPath,
      [
        bundle,
        'run',
        '--config',
        join(ws.dir, 'evalgate.yml'),
        '--baseline',
        'none',
        '--out',
        join(ws.dir, 'out'),
        '--cache-dir',
        ws.cache,
      ],
      { env: { PATH: process.env.PATH ?? '', [KEY_ENV]: process.env[KEY_ENV]! }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    // killed once the batch exists and has been checked at least once
    while (!/in_progress/.test(stderr)) {
      if (child.exitCode !== null) throw new Error(`the run ended before polling: ${stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await exited;
    expect(ws.server.batches.size).toBe(1);
    const [submitted] = [...ws.server.batches.keys()];
    expect(readdirSync(join(ws.cache, 'batches'))).toHaveLength(1);

    ws.server.options.batches = {};
    const { code, err } = await ws.run();
    expect(code).toBe(0);
    expect(err).toContain(`resuming batch ${submitted} (6 requests of suite qa)`);
    expect(ws.server.requests.filter((r) => r.method === 'POST' && r.path === '/v1/files')).toHaveLength(1);
    expect(ws.server.batches.size).toBe(1);
    expect(ws.result().cases.filter((c) => c.error === null && !c.cached)).toHaveLength(6);
  }, 60_000);
});
