import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Run } from '../../src/results/run-schema.js';
import { useOpenAIServer } from '../support/openai-fixture.js';
import { lastUser, type OpenAIServerOptions } from '../support/openai-server.js';
import { cli, makeWorkspace, runIn } from '../support/workspace.js';

/** `evalgate run` end to end: the CLI, the real openai client and a loopback server. */

const KEY_ENV = 'EVALGATE_TEST_OPENAI_KEY';
const loopback = useOpenAIServer(KEY_ENV);

const cases = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      id: `q${i}`,
      vars: { question: `What is ${i}+${i}?` },
      expected: String(2 * i),
      tags: { language: i % 2 ? 'en' : 'de' },
    }),
  ).join('\n');

function config(provider: string, extra = '') {
  return `version: 1
providers:
  default: { type: openai, model: gpt-4o-mini, api_key_env: ${KEY_ENV}, ${provider} }
suites:
  - id: qa
    prompt: prompt.md
    dataset: cases.jsonl
    scorers:
      - { id: correct, type: contains, expected: "{{expected}}" }
    rules:
      - { metric: correct.pass_rate, min: 0.5 }
${extra}`;
}

async function workspace(options: OpenAIServerOptions, provider = '', n = 6) {
  const server = await loopback.start({
    reply: (r) => `The answer is ${eval(lastUser(r.body).replace(/^What is (\d+)\+(\d+)\?$/, '$1+$2'))}.`,
    ...options,
  });
  const dir = makeWorkspace({
    'evalgate.yml': config(`base_url: "${server.url}", ${provider}`),
    'cases.jsonl': cases(n),
    'prompt.md': '[system]\nAnswer with the number.\n\n[user]\n{{question}}\n',
  });
  const { run, result } = runIn(dir);
  return { dir, run, result };
}

describe('evalgate run against an OpenAI-compatible server', () => {
  test('records output, latency, tokens and cost per case, and names the model in the manifest', async () => {
    const ws = await workspace({});
    const { code, err } = await ws.run('--quiet');
    expect(err).toBe('');
    expect(code).toBe(0);
    const run = ws.result();
    expect(run.cases).toHaveLength(6);
    const q1 = run.cases.find((c) => c.id === 'q1')!;
    expect(q1).toMatchObject({
      output: 'The answer is 2.',
      scores: { correct: { value: 1, pass: true } },
      tokens: { prompt: 15, completion: 4, total: 19 },
      error: null,
    });
    expect(q1.cost_usd).toBeCloseTo((15 * 0.15 + 4 * 0.6) / 1e6, 15);
    expect(q1.latency_ms).toBeGreaterThan(0);
    expect(run.manifest.suites[0]!.model).toBe('gpt-4o-mini');
    expect(loopback.server.requests[0]!.body.messages).toEqual([
      { role: 'system', content: 'Answer with the number.' },
      { role: 'user', content: 'What is 0+0?' },
    ]);
  });

  test('a second run is served from the response cache; --no-cache calls the model again', async () => {
    const ws = await workspace({});
    await ws.run('--quiet');
    expect(loopback.server.requests).toHaveLength(6);
    await ws.run('--quiet');
    expect(loopback.server.requests).toHaveLength(6);
    expect(ws.result().cases.every((c) => c.cached === true && c.tokens !== null)).toBe(true);
    await ws.run('--quiet', '--no-cache');
    expect(loopback.server.requests).toHaveLength(12);
    expect(ws.result().cases.some((c) => c.cached)).toBe(false);
  });

  test('repeats are independent calls, each cached under its own repeat index', async () => {
    const ws = await workspace({}, '', 2);
    await ws.run('--quiet', '--repeats', '3');
    expect(loopback.server.requests).toHaveLength(6);
    expect(ws.result().cases.map((c) => `${c.id}/${c.repeat}`)).toEqual([
      'q0/0',
      'q0/1',
      'q0/2',
      'q1/0',
      'q1/1',
      'q1/2',
    ]);
    await ws.run('--quiet', '--repeats', '4');
    expect(loopback.server.requests).toHaveLength(8);
  });

  test('--record writes a replay file that reproduces the run offline', async () => {
    const ws = await workspace({});
    await ws.run('--quiet', '--record', join(ws.dir, 'recorded.jsonl'));
    const lines = readFileSync(join(ws.dir, 'recorded.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(6);
    // lines are written as cases finish, so a stopped run keeps what it did
    expect(lines.find((l) => l.id === 'q0')).toMatchObject({
      suite: 'qa',
      id: 'q0',
      repeat: 0,
      output: 'The answer is 0.',
      tokens: { total: 19 },
    });
    const live = ws.result();
    const replayDir = makeWorkspace({
      'evalgate.yml': config('').replace(
        /default: \{ type: openai[^\n]*/,
        `default: { type: replay, recordings: "${join(ws.dir, 'recorded.jsonl')}" }`,
      ),
      'cases.jsonl': cases(6),
      'prompt.md': '{{question}}',
    });
    const replayed = await cli([
      'run',
      '--config',
      join(replayDir, 'evalgate.yml'),
      '--baseline',
      'none',
      '--out',
      join(replayDir, 'out'),
      '--quiet',
    ]);
    expect(replayed.code).toBe(0);
    const run = JSON.parse(readFileSync(join(replayDir, 'out', 'run.json'), 'utf8')) as Run;
    expect(run.cases.map((c) => [c.output, c.tokens, c.cost_usd])).toEqual(
      live.cases.map((c) => [c.output, c.tokens, c.cost_usd]),
    );
  });

  test('every case completes through a 429 storm: the limiter backs off and the Retry-After waits are honoured', async () => {
    const ws = await workspace(
      {
        latencyMs: 20,
        script: (r) =>
          r.inFlight > 4 ? { kind: 'status', status: 429, headers: { 'retry-after-ms': '50' } } : undefined,
      },
      'concurrency: 16, max_retries: 12',
      60,
    );
    const { code } = await ws.run('--quiet');
    expect(code).toBe(0);
    const run = ws.result();
    expect(run.cases).toHaveLength(60);
    expect(run.cases.filter((c) => c.error)).toEqual([]);
    const throttled = loopback.server.requests.length - 60;
    expect(throttled).toBeGreaterThan(0);
    // without adaptive concurrency 16 callers would keep hitting the limit of 4 on most attempts
    expect(throttled).toBeLessThan(120);
  });

  test('a case whose calls keep failing is an infrastructure error, counted, and never scored as wrong', async () => {
    const ws = await workspace(
      { script: (r) => (lastUser(r.body) === 'What is 3+3?' ? { kind: 'status', status: 500 } : undefined) },
      'max_retries: 1',
    );
    const { code } = await ws.run('--quiet');
    const run = ws.result();
    const q3 = run.cases.find((c) => c.id === 'q3')!;
    expect(q3).toMatchObject({
      output: null,
      scores: {},
      error: { kind: 'infrastructure', message: expect.stringContaining('HTTP 500') },
    });
    const metrics = run.aggregates[0]!.metrics;
    expect(metrics.find((m) => m.metric === 'correct.pass_rate')).toMatchObject({ value: 1, n: 5 });
    expect(metrics.find((m) => m.metric === 'errors.count')).toMatchObject({ value: 1 });
    expect(code).toBe(0);
  });

  test('the circuit breaker ends a run against a dead server with exit 3 and writes the finished cases', async () => {
    const ws = await workspace(
      { script: () => ({ kind: 'status', status: 503 }) },
      'max_retries: 0, circuit_breaker: 3, concurrency: 1',
      20,
    );
    const { code, err } = await ws.run('--quiet');
    expect(code).toBe(3);
    expect(err).toMatch(
      /could not evaluate: provider "default": 3 calls in a row failed after retries \(circuit breaker\); last error: HTTP 503/,
    );
    expect(existsSync(join(ws.dir, 'out', 'run.json'))).toBe(true);
    expect(err).toMatch(/stopped at 3\/20 cases/);
    const run = ws.result();
    expect(run.cases).toHaveLength(3);
    expect(run.cases.every((c) => c.error?.kind === 'infrastructure')).toBe(true);
    // a run that did not finish is never a warn: run.json and report.md say error, how far and why
    expect(run.decision!.verdict).toBe('error');
    expect(run.incomplete).toMatchObject({ kind: 'circuit_breaker', done: 3, total: 20 });
    expect(readFileSync(join(ws.dir, 'out', 'report.md'), 'utf8')).toMatch(
      /^## 🛑 evalgate: could not evaluate\n\nCould not evaluate: the run stopped at 3\/20 cases/m,
    );
    expect(loopback.server.requests.length).toBeLessThan(6);
  });

  test('a hung server is given up on after timeout_ms and retries, not waited on forever', async () => {
    const ws = await workspace(
      { script: () => ({ kind: 'hang' }) },
      'timeout_ms: 100, max_retries: 1, circuit_breaker: 2, concurrency: 2',
      4,
    );
    const started = performance.now();
    const { code } = await ws.run('--quiet');
    expect(code).toBe(3);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(ws.result().cases[0]!.error!.message).toContain('no answer within 100 ms');
  });

  test('a missing API key stops before any call with exit 2 naming the variable, never a value', async () => {
    const ws = await workspace({});
    const saved = process.env[KEY_ENV];
    delete process.env[KEY_ENV];
    try {
      const { code, err } = await ws.run('--quiet');
      expect(code).toBe(2);
      expect(err).toContain(KEY_ENV);
      expect(loopback.server.requests).toHaveLength(0);
    } finally {
      process.env[KEY_ENV] = saved;
    }
  });

  test('prints a final progress line with cases, rate, errors and cost unless --quiet', async () => {
    const ws = await workspace({});
    const { err } = await ws.run();
    expect(err).toMatch(/^evalgate: 6\/6 cases \(100%\) · in [\d.]+s · \d+\/s · 0 errors · \$0\.0000\n$/);
  });
});
