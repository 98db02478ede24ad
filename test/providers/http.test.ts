import { afterEach, describe, expect, test } from 'vitest';
import { HttpProvider } from '../../src/config/schema.js';
import { createHttpProvider, renderBody } from '../../src/providers/http.js';
import { getPath, parseJsonPath } from '../../src/providers/json-path.js';
import { ProviderError, type Provider } from '../../src/providers/provider.js';
import { startOpenAIServer, type OpenAIServer, type OpenAIServerOptions } from '../support/openai-server.js';

let server: OpenAIServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function make(
  config: Record<string, unknown>,
  options: OpenAIServerOptions = {},
  env: NodeJS.ProcessEnv = {},
): Promise<Provider> {
  server = await startOpenAIServer(options);
  const provider = createHttpProvider(
    'app',
    HttpProvider.parse({ type: 'http', url: `${server.url}/chat/completions`, ...config }),
    env,
  );
  if (!provider.ok) throw new Error(provider.issues[0]!.message);
  return provider.value;
}

const request = {
  suite: 's',
  caseId: 'refund-1',
  repeat: 2,
  vars: { question: 'Refund?', tier: 'pro', n: 3 },
  messages: [{ role: 'user' as const, content: 'Refund?' }],
};

describe('http provider (loopback server)', () => {
  test('posts the rendered body and picks the answer, tool calls and usage by path', async () => {
    const provider = await make(
      {
        body: {
          model: 'gpt-4o-mini',
          messages: '{{messages}}',
          metadata: { case: '{{id}}#{{repeat}}', tier: '{{tier}}', n: '{{n}}' },
        },
        output: 'choices[0].message.content',
        usage: 'usage',
      },
      {},
    );
    const response = await provider.call(request);
    expect(response.output).toBe('echo: Refund?');
    expect(response.tokens).toEqual({ prompt: 5, completion: 2, total: 7 });
    expect(server!.requests[0]!.body).toEqual({
      model: 'gpt-4o-mini',
      messages: request.messages,
      metadata: { case: 'refund-1#2', tier: 'pro', n: 3 },
    });
  });

  test('a header may name an environment variable; its value is sent and never shown in an error', async () => {
    const token = 'tok_live_abcdef0123456789';
    const provider = await make(
      { headers: { Authorization: 'Bearer ${APP_TOKEN}' }, output: 'choices[0].message.content' },
      { script: () => ({ kind: 'status', status: 403, body: { error: `token ${token} is not allowed` } }) },
      { APP_TOKEN: token },
    );
    const error = (await provider.call(request).catch((e: unknown) => e)) as ProviderError;
    expect(server!.requests[0]!.headers.authorization).toBe(`Bearer ${token}`);
    expect(error.message).toContain('HTTP 403');
    expect(error.message).not.toContain(token);
    expect(error.retryable).toBe(false);
  });

  test('a header naming an unset variable is an input problem naming the variable', () => {
    const provider = createHttpProvider(
      'app',
      HttpProvider.parse({
        type: 'http',
        url: 'http://127.0.0.1:9/x',
        headers: { authorization: 'Bearer ${MISSING_TOKEN}' },
      }),
      {},
    );
    expect(provider.ok).toBe(false);
    if (!provider.ok) expect(provider.issues[0]!.message).toContain('MISSING_TOKEN');
  });

  test('429 carries Retry-After and 500 is retryable', async () => {
    const provider = await make(
      { output: 'choices[0].message.content' },
      {
        script: (r) =>
          r.n === 0
            ? { kind: 'status', status: 429, headers: { 'retry-after': '3' } }
            : { kind: 'status', status: 500 },
      },
    );
    expect(await provider.call(request).catch((e: unknown) => e)).toMatchObject({
      retryable: true,
      retryAfterMs: 3000,
      status: 429,
    });
    expect(await provider.call(request).catch((e: unknown) => e)).toMatchObject({ retryable: true, status: 500 });
  });

  test('a malformed JSON answer is retryable; a missing output field is not', async () => {
    const provider = await make(
      { output: 'data.answer' },
      {
        script: (r) =>
          r.n === 0 ? { kind: 'raw', text: '{"data": {"answer": ' } : { kind: 'raw', text: '{"data": {}}' },
      },
    );
    expect(await provider.call(request).catch((e: unknown) => e)).toMatchObject({
      retryable: true,
      message: expect.stringContaining('malformed JSON'),
    });
    expect(await provider.call(request).catch((e: unknown) => e)).toMatchObject({
      retryable: false,
      message: expect.stringContaining('no value at data.answer'),
    });
  });

  test('a hung endpoint ends when the call is aborted (the runner’s timeout)', async () => {
    const provider = await make({ output: 'data' }, { script: () => ({ kind: 'hang' }) });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    expect(await provider.call({ ...request, signal: controller.signal }).catch((e: unknown) => e)).toBeInstanceOf(
      ProviderError,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    await provider.close?.();
  });

  test('a non-string output is kept as JSON text', async () => {
    const provider = await make(
      { output: '$.data' },
      { script: () => ({ kind: 'raw', text: '{"data": {"label": "refund", "confidence": 0.9}}' }) },
    );
    expect((await provider.call(request)).output).toBe('{"label":"refund","confidence":0.9}');
  });
});

describe('body templates and JSON paths', () => {
  test('a string that is exactly one placeholder keeps the JSON type; others render as text', () => {
    expect(
      renderBody({ a: '{{n}}', b: 'n={{n}}', c: ['{{list}}'], d: 7, e: '{{missing}}' }, { n: 3, list: [1, 2] }),
    ).toEqual({ a: 3, b: 'n=3', c: [[1, 2]], d: 7, e: null });
  });

  test('paths read like JavaScript and index from the end with negative numbers', () => {
    const value = { choices: [{ message: { content: 'x' } }, { message: { content: 'y' } }], 'odd key': 1 };
    expect(getPath(value, parseJsonPath('choices[0].message.content')!)).toBe('x');
    expect(getPath(value, parseJsonPath('$.choices[-1].message.content')!)).toBe('y');
    expect(getPath(value, parseJsonPath('["odd key"]')!)).toBe(1);
    expect(parseJsonPath('choices..x')).toBeUndefined();
    expect(parseJsonPath('choices[0')).toBeUndefined();
  });
});
