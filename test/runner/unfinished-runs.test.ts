import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Run } from '../../src/results/run-schema.js';
import { useOpenAIServer } from '../support/openai-fixture.js';
import type { OpenAIServerOptions } from '../support/openai-server.js';
import { makeWorkspace } from '../support/workspace.js';
import { builtCli } from '../support/built-cli.js';

/**
 * Signals and a silent provider, in a real child process: the CLI is bundled from the sources
 * (as scripts/build.mjs does, into a temporary folder) and talks to the loopback server.
 */

const KEY_ENV = 'EVALGATE_TEST_SIGNAL_KEY';
const loopback = useOpenAIServer(KEY_ENV);
let cliPath: string;

beforeAll(async () => {
  cliPath = await builtCli();
}, 60_000);

async function workspace(options: OpenAIServerOptions, n: number, provider = '') {
  const server = await loopback.start(options);
  const dir = makeWorkspace({
    'evalgate.yml': `version: 1
providers:
  default: { type: openai, model: gpt-4o-mini, api_key_env: ${KEY_ENV}, base_url: "${server.url}", ${provider} }
suites:
  - id: qa
    prompt: prompt.md
    dataset: cases.jsonl
    scorers:
      - { id: echoed, type: contains, expected: "{{question}}" }
    rules:
      - { metric: echoed.pass_rate, min: 0.5 }
`,
    'cases.jsonl': Array.from({ length: n }, (_, i) =>
      JSON.stringify({ id: `q${i}`, vars: { question: `q${i}` } }),
    ).join('\n'),
    'prompt.md': '[user]\n{{question}}\n',
  });
  return { dir, server };
}

interface Child {
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  kill(signal: NodeJS.Signals): void;
}

function startCli(dir: string, env: Record<string, string> = {}): Child {
  const child = spawn(
    process.execPath,
    [
      cliPath,
      'run',
      '--config',
      join(dir, 'evalgate.yml'),
      '--baseline',
      'none',
      '--out',
      join(dir, 'out'),
      '--no-cache',
    ],
    {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', [KEY_ENV]: process.env[KEY_ENV] ?? '', CI: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  child.stdout.on('data', () => undefined);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal, at: performance.now() })),
  );
  return { stderr: () => err, exited, kill: (signal) => child.kill(signal) };
}

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const runOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'out', 'run.json'), 'utf8')) as Run;

describe('a run cut short by a signal keeps what it finished and says so', () => {
  test('SIGINT: stops issuing calls, lets the calls in flight finish, writes verdict error and exits 130', async () => {
    const { dir, server } = await workspace({ latencyMs: 150 }, 300, 'concurrency: 4');
    const child = startCli(dir);
    await until(() => server.requests.length >= 20);
    child.kill('SIGINT');
    const { code } = await child.exited;
    expect(code).toBe(130);
    const run = runOf(dir);
    expect(run.decision!.verdict).toBe('error');
    expect(run.incomplete).toMatchObject({ kind: 'interrupted', total: 300 });
    const done = run.incomplete!.done;
    expect(done).toBeGreaterThanOrEqual(16);
    expect(done).toBeLessThan(300);
    // the calls in flight were waited for, not thrown away: every request sent is a finished case
    expect(run.cases).toHaveLength(done);
    expect(server.requests.length).toBe(done);
    expect(run.cases.every((c) => c.error === null)).toBe(true);
    expect(run.decision!.summary).toContain(`interrupted at ${done}/300`);
    expect(readFileSync(join(dir, 'out', 'report.md'), 'utf8')).toMatch(/could not evaluate[\s\S]*interrupted at/);
    expect(child.stderr()).toMatch(new RegExp(`interrupted at ${done}/300`));
  }, 30_000);

  test('SIGTERM: the same, with exit 143', async () => {
    const { dir, server } = await workspace({ latencyMs: 100 }, 300, 'concurrency: 4');
    const child = startCli(dir);
    await until(() => server.requests.length >= 8);
    child.kill('SIGTERM');
    const { code } = await child.exited;
    expect(code).toBe(143);
    expect(runOf(dir)).toMatchObject({ incomplete: { kind: 'interrupted' }, decision: { verdict: 'error' } });
  }, 30_000);

  test('a second Ctrl-C exits at once, without waiting for calls that hang', async () => {
    const { dir, server } = await workspace({ script: () => ({ kind: 'hang' }) }, 30, 'concurrency: 4');
    const child = startCli(dir);
    await until(() => server.requests.length >= 4);
    child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 200));
    const second = performance.now();
    child.kill('SIGINT');
    const { code, at } = await child.exited;
    expect(code).toBe(130);
    expect(at - second).toBeLessThan(1_500);
  }, 30_000);

  test('one Ctrl-C with calls that hang still writes the results once the grace period is over', async () => {
    const { dir, server } = await workspace({ script: () => ({ kind: 'hang' }) }, 30, 'concurrency: 4');
    const child = startCli(dir);
    await until(() => server.requests.length >= 4);
    child.kill('SIGINT');
    const { code } = await child.exited;
    expect(code).toBe(130);
    expect(runOf(dir)).toMatchObject({ incomplete: { kind: 'interrupted', done: 0, total: 30 } });
  }, 30_000);
});

describe('a provider that never answers is not silent', () => {
  test('with CI=1 the first progress line is printed at once, with the calls in flight', async () => {
    const { dir, server } = await workspace({ script: () => ({ kind: 'hang' }) }, 30, 'concurrency: 8');
    const child = startCli(dir);
    await until(() => server.requests.length >= 8);
    await until(() => /0\/30 cases/.test(child.stderr()), 3_000);
    expect(child.stderr()).toMatch(/^evalgate: 0\/30 cases \(0%\) · 8 in flight/m);
    child.kill('SIGINT');
    child.kill('SIGINT');
    await child.exited;
    expect(existsSync(join(dir, 'out'))).toBeDefined();
  }, 30_000);
});
