import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { CommandProvider } from '../../src/config/schema.js';
import { createCommandProvider } from '../../src/providers/command.js';
import { commandEnvironment } from '../../src/providers/command-env.js';
import { ProviderError, type Provider } from '../../src/providers/provider.js';

const APP = fileURLToPath(new URL('../../fixtures/providers/support-app.mjs', import.meta.url));
const providers: Provider[] = [];
afterEach(async () => {
  await Promise.all(providers.splice(0).map((p) => p.close?.()));
});

function make(config: Record<string, unknown>): Provider {
  const provider = createCommandProvider(
    'app',
    CommandProvider.parse({ type: 'command', command: [process.execPath, APP], ...config }),
    process.cwd(),
  );
  providers.push(provider);
  return provider;
}

const request = (id: string, vars: Record<string, unknown> = {}, signal?: AbortSignal) => ({
  suite: 's',
  caseId: id,
  repeat: 0,
  vars,
  signal,
  messages: [
    { role: 'system' as const, content: 'Be kind.' },
    { role: 'user' as const, content: `question ${id}` },
  ],
});

describe('command provider (a real child process)', () => {
  test('per case: sends the case as JSON on stdin and reads output, tool calls, tokens and cost from stdout', async () => {
    const provider = make({ env: { SUPPORT_APP_GREETING: 'Hi' } });
    const response = await provider.call(request('a', { tool: 'lookup_order' }));
    expect(response).toEqual({
      output: 'Hi! You asked: question a',
      toolCalls: [{ name: 'lookup_order', arguments: { id: 'a' } }],
      tokens: { prompt: 10, completion: 5, total: 15 },
      costUsd: 0.0001,
    });
  });

  test('stdout: text takes what the program printed as the output', async () => {
    const provider = make({ command: [process.execPath, APP, '--text'], stdout: 'text' });
    expect((await provider.call(request('b'))).output).toBe('plain answer to b');
  });

  test('a string command runs through the shell', async () => {
    const provider = make({ command: `"${process.execPath}" "${APP}"` });
    expect((await provider.call(request('c'))).output).toBe('Hello! You asked: question c');
  });

  test('a non-zero exit is an infrastructure error carrying the exit code and the end of stderr', async () => {
    const error = (await make({})
      .call(request('d', { behaviour: 'crash' }))
      .catch((e: unknown) => e)) as ProviderError;
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.message).toMatch(/exited with code 3: support-app: cannot handle case d: database unavailable$/);
  });

  test('output that is not JSON is an infrastructure error that says what to print', async () => {
    const error = (await make({})
      .call(request('e', { behaviour: 'garbage' }))
      .catch((e: unknown) => e)) as ProviderError;
    expect(error.message).toContain('printed something that is not JSON: "Traceback');
    expect(error.message).toContain('{"output": "..."}');
    expect(error.retryable).toBe(false);
  });

  test('a program that does not start is an infrastructure error', async () => {
    const error = (await make({ command: ['/no/such/program'] })
      .call(request('f'))
      .catch((e: unknown) => e)) as ProviderError;
    expect(error.message).toContain('cannot start /no/such/program');
  });

  test('a hung process is killed when the call is aborted (the runner’s timeout)', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const started = Date.now();
    expect(
      await make({})
        .call(request('g', { behaviour: 'hang' }, controller.signal))
        .catch((e: unknown) => e),
    ).toBeInstanceOf(ProviderError);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('worker: one long-lived process answers case after case', async () => {
    const provider = make({ command: [process.execPath, APP, '--worker'], mode: 'worker' });
    const a = await provider.call(request('a'));
    const b = await provider.call(request('b'));
    expect([a.output, b.output]).toEqual(['Hello! You asked: question a', 'Hello! You asked: question b']);
  });

  test('worker: concurrent cases run in separate workers', async () => {
    const provider = make({ command: [process.execPath, APP, '--worker'], mode: 'worker' });
    const outputs = await Promise.all(['a', 'b', 'c', 'd'].map((id) => provider.call(request(id))));
    expect(outputs.map((o) => o.output)).toEqual(['a', 'b', 'c', 'd'].map((id) => `Hello! You asked: question ${id}`));
  });

  test('worker: a reported error fails that case only', async () => {
    const provider = make({ command: [process.execPath, APP, '--worker'], mode: 'worker' });
    expect(await provider.call(request('a', { behaviour: 'error' })).catch((e: unknown) => e)).toMatchObject({
      message: expect.stringContaining('reported: upstream model timed out'),
      retryable: true,
    });
    expect((await provider.call(request('b'))).output).toBe('Hello! You asked: question b');
  });

  test('worker: a worker that crashes fails its case and is replaced for the next one', async () => {
    const provider = make({ command: [process.execPath, APP, '--worker'], mode: 'worker' });
    const error = (await provider.call(request('a', { behaviour: 'crash' })).catch((e: unknown) => e)) as ProviderError;
    expect(error.message).toMatch(/exited with code 3: support-app: cannot handle case a/);
    expect((await provider.call(request('b'))).output).toBe('Hello! You asked: question b');
  });

  test('worker: a hung worker is killed on abort and replaced', async () => {
    const provider = make({ command: [process.execPath, APP, '--worker'], mode: 'worker' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    expect(
      await provider.call(request('a', { behaviour: 'hang' }, controller.signal)).catch((e: unknown) => e),
    ).toMatchObject({ message: expect.stringContaining('did not answer in time') });
    expect((await provider.call(request('b'))).output).toBe('Hello! You asked: question b');
  });
});

describe('the environment of a command provider program', () => {
  const TOKEN = 'ghs_workflowToken0123456789';
  const runner = {
    PATH: '/usr/bin',
    HOME: '/home/runner',
    TMPDIR: '/tmp',
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    'INPUT_GITHUB-TOKEN': TOKEN,
    GITHUB_TOKEN: TOKEN,
    ACTIONS_RUNTIME_TOKEN: 'runtime-token-0123456789',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-token-0123456789',
    OPENAI_API_KEY: 'sk-app-key',
    DATABASE_URL: 'postgres://secret',
    GITHUB_REPOSITORY: 'o/r',
    COPIED_TOKEN: TOKEN,
  };

  test('holds PATH, HOME, TMPDIR and the locale, and only the variables env names', () => {
    expect(commandEnvironment(['OPENAI_API_KEY', 'NOT_SET'], runner)).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      TMPDIR: '/tmp',
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      OPENAI_API_KEY: 'sk-app-key',
    });
    expect(commandEnvironment({ MODE: 'eval', KEY: 'Bearer ${OPENAI_API_KEY}' }, runner)).toMatchObject({
      MODE: 'eval',
      KEY: 'Bearer sk-app-key',
    });
    expect(commandEnvironment(undefined, runner)).not.toHaveProperty('DATABASE_URL');
  });

  test('never holds a GitHub credential, even when env names it or copies its value', () => {
    const env = commandEnvironment(['GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'COPIED_TOKEN'], runner);
    const map = commandEnvironment({ LEAK: '${GITHUB_TOKEN}', ALSO: `x${TOKEN}` }, runner);
    for (const e of [env, map]) {
      expect(JSON.stringify(e)).not.toContain(TOKEN);
      expect(JSON.stringify(e)).not.toMatch(/INPUT_|ACTIONS_|runtime-token|id-token/);
    }
    expect(map.LEAK).toBe('');
  });

  test('a real program sees exactly that environment', async () => {
    const provider = createCommandProvider(
      'app',
      CommandProvider.parse({
        type: 'command',
        command: [process.execPath, '-e', 'process.stdout.write(JSON.stringify(Object.keys(process.env).sort()))'],
        stdout: 'text',
        env: ['OPENAI_API_KEY'],
      }),
      process.cwd(),
      runner,
    );
    providers.push(provider);
    const seen = JSON.parse((await provider.call(request('env'))).output) as string[];
    // the platform may add a variable of its own to a child process (macOS: __CF_USER_TEXT_ENCODING)
    expect(seen.filter((name) => !name.startsWith('__'))).toEqual([
      'HOME',
      'LANG',
      'LC_ALL',
      'OPENAI_API_KEY',
      'PATH',
      'TMPDIR',
    ]);
  });
});
