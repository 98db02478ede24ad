import { afterEach, describe, expect, test } from 'vitest';
import { OpenAIProvider } from '../../src/config/schema.js';
import { createOpenAIProvider } from '../../src/providers/openai.js';
import { ProviderError, type Provider } from '../../src/providers/provider.js';
import { startOpenAIServer, type OpenAIServer, type OpenAIServerOptions } from '../support/openai-server.js';

const KEY = 'sk-test-0123456789abcdefghijklmnop';
let server: OpenAIServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(config: Record<string, unknown> = {}, options: OpenAIServerOptions = {}): Promise<Provider> {
  server = await startOpenAIServer(options);
  const parsed = OpenAIProvider.parse({ type: 'openai', model: 'gpt-4o-mini', base_url: server.url, ...config });
  const provider = createOpenAIProvider('default', parsed, {}, { OPENAI_API_KEY: KEY });
  if (!provider.ok) throw new Error(provider.issues[0]!.message);
  return provider.value;
}

const request = (content = 'What is 2+2?') => ({
  suite: 's',
  caseId: 'a',
  repeat: 0,
  messages: [
    { role: 'system' as const, content: 'Answer briefly.' },
    { role: 'user' as const, content },
  ],
});

describe('openai provider (real openai client, loopback server)', () => {
  test('sends the rendered messages with model, temperature, seed and max_tokens, and records the answer and token usage', async () => {
    const provider = await setup({ temperature: 0, seed: 7, max_tokens: 64, top_p: 0.5, stop: ['\n\n'] });
    const response = await provider.call(request());
    expect(response.output).toBe('echo: What is 2+2?');
    expect(response.tokens).toEqual({ prompt: 13, completion: 4, total: 17 });
    const seen = server!.requests[0]!;
    expect(seen.path).toBe('/v1/chat/completions');
    expect(seen.body).toMatchObject({
      model: 'gpt-4o-mini',
      temperature: 0,
      seed: 7,
      max_tokens: 64,
      top_p: 0.5,
      stop: ['\n\n'],
      messages: request().messages,
    });
    expect(seen.body.stream).toBeUndefined();
  });

  test('sends the key from the variable api_key_env names as a bearer token', async () => {
    server = await startOpenAIServer();
    const parsed = OpenAIProvider.parse({
      type: 'openai',
      model: 'm',
      base_url: server.url,
      api_key_env: 'TEAM_OPENAI_KEY',
    });
    const provider = createOpenAIProvider('default', parsed, {}, { TEAM_OPENAI_KEY: 'sk-team-key-value-000000000' });
    if (!provider.ok) throw new Error('expected a provider');
    await provider.value.call(request());
    expect(server.requests[0]!.headers.authorization).toBe('Bearer sk-team-key-value-000000000');
  });

  test('takes the server from OPENAI_BASE_URL when the config names none', async () => {
    server = await startOpenAIServer();
    const provider = createOpenAIProvider(
      'default',
      OpenAIProvider.parse({ type: 'openai', model: 'm' }),
      {},
      { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server.url },
    );
    if (!provider.ok) throw new Error('expected a provider');
    await provider.value.call(request());
    expect(server.requests).toHaveLength(1);
  });

  test('a missing key variable is an input problem that names the variable and suggests api_key_env: null for keyless servers', () => {
    const provider = createOpenAIProvider('judge', OpenAIProvider.parse({ type: 'openai', model: 'm' }), {}, {});
    expect(provider.ok).toBe(false);
    if (provider.ok) return;
    expect(provider.issues[0]!.message).toContain('OPENAI_API_KEY');
    expect(provider.issues[0]!.message).toContain('api_key_env: null');
  });

  test('a keyless server (api_key_env: null) needs no environment variable', async () => {
    server = await startOpenAIServer();
    const provider = createOpenAIProvider(
      'local',
      OpenAIProvider.parse({ type: 'openai', model: 'llama3.1', base_url: server.url, api_key_env: null }),
      {},
      {},
    );
    if (!provider.ok) throw new Error('expected a provider');
    expect((await provider.value.call(request())).output).toBe('echo: What is 2+2?');
  });

  test('sends a JSON Schema response_format and tools with tool_choice, and records tool calls with parsed arguments', async () => {
    const tools = [
      {
        type: 'function',
        function: {
          name: 'get_weather',
          parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
        },
      },
    ];
    const provider = await setup(
      {
        tools,
        tool_choice: { function: 'get_weather' },
        response_format: { json_schema: { type: 'object', properties: { a: { type: 'string' } } }, name: 'answer' },
      },
      {
        script: () => ({
          kind: 'reply',
          toolCalls: [
            { name: 'get_weather', arguments: '{"city":"Paris"}' },
            { name: 'get_weather', arguments: '{"city":' },
          ],
        }),
      },
    );
    const response = await provider.call(request('Weather in Paris?'));
    expect(response.output).toBe('');
    expect(response.toolCalls).toEqual([
      { id: 'call_0abc', name: 'get_weather', arguments: { city: 'Paris' } },
      { id: 'call_1abc', name: 'get_weather', arguments: '{"city":' },
    ]);
    const body = server!.requests[0]!.body;
    expect(body.tools).toEqual(tools);
    expect(body.tool_choice).toEqual({ type: 'function', function: { name: 'get_weather' } });
    expect(body.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'answer', schema: { type: 'object', properties: { a: { type: 'string' } } }, strict: true },
    });
  });

  test('response_format json asks for a JSON object', async () => {
    const provider = await setup({ response_format: 'json' });
    await provider.call(request());
    expect(server!.requests[0]!.body.response_format).toEqual({ type: 'json_object' });
  });

  test('a per-call JSON Schema and temperature (the judge) override the configured ones', async () => {
    const provider = await setup({ temperature: 1, response_format: 'json' });
    await provider.call({
      ...request(),
      temperature: 0,
      responseFormat: { name: 'judgement', schema: { type: 'object' } },
    });
    expect(server!.requests[0]!.body).toMatchObject({
      temperature: 0,
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'judgement', schema: { type: 'object' }, strict: true },
      },
    });
  });

  test('embeds texts through the embeddings endpoint, in input order', async () => {
    const provider = await setup({ embedding_model: 'text-embedding-3-small' });
    const { vectors, tokens } = await provider.embed!({
      texts: ['alpha beta', 'gamma'],
      model: provider.embeddingModel!,
    });
    expect(vectors).toHaveLength(2);
    expect(vectors[0]).toHaveLength(8);
    expect(Math.hypot(...vectors[0]!)).toBeCloseTo(1, 10);
    expect(vectors[0]).not.toEqual(vectors[1]);
    expect(tokens).toBe(3);
    expect(server!.requests[0]!.body).toMatchObject({
      model: 'text-embedding-3-small',
      input: ['alpha beta', 'gamma'],
      encoding_format: 'float',
    });
  });

  test('a 429 is retryable and carries the Retry-After the server asked for', async () => {
    const provider = await setup(
      {},
      { script: () => ({ kind: 'status', status: 429, headers: { 'retry-after': '2' } }) },
    );
    const error = await provider.call(request()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ retryable: true, retryAfterMs: 2000, status: 429 });
    expect((error as Error).message).toMatch(/^HTTP 429: Rate limit reached/);
  });

  test('retry-after-ms wins over Retry-After', async () => {
    const provider = await setup(
      {},
      { script: () => ({ kind: 'status', status: 429, headers: { 'retry-after': '2', 'retry-after-ms': '150' } }) },
    );
    expect(await provider.call(request()).catch((e: unknown) => e)).toMatchObject({ retryAfterMs: 150 });
  });

  test('a 500 is retryable; a 400 and a 401 are not', async () => {
    for (const [status, retryable] of [
      [500, true],
      [503, true],
      [400, false],
      [401, false],
    ] as const) {
      const provider = await setup({}, { script: () => ({ kind: 'status', status }) });
      expect(await provider.call(request()).catch((e: unknown) => e)).toMatchObject({ retryable, status });
      await server!.close();
    }
    server = undefined;
  });

  test('an error message never shows an API key', async () => {
    const provider = await setup(
      {},
      {
        script: () => ({
          kind: 'status',
          status: 401,
          body: {
            error: {
              message: `Incorrect API key provided: ${KEY}.`,
              type: 'invalid_request_error',
              code: 'invalid_api_key',
            },
          },
        }),
      },
    );
    const error = (await provider.call(request()).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('Incorrect API key provided');
    expect(error.message).not.toContain(KEY);
    expect(error.message).not.toMatch(/sk-test-0123/);
  });

  test('a 200 with a malformed JSON body is a retryable error, not an answer', async () => {
    const provider = await setup({}, { script: () => ({ kind: 'raw', text: '{"id": "chatcmpl-1", "choices": [' }) });
    const error = await provider.call(request()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ retryable: true });
  });

  test('a 200 without choices is a retryable error', async () => {
    const provider = await setup(
      {},
      { script: () => ({ kind: 'raw', text: '{"id": "chatcmpl-1", "object": "chat.completion", "choices": []}' }) },
    );
    expect(await provider.call(request()).catch((e: unknown) => e)).toMatchObject({
      retryable: true,
      message: expect.stringContaining('no choices'),
    });
  });

  test('a connection the server drops is a retryable error naming the server', async () => {
    const provider = await setup({}, { script: () => ({ kind: 'reset' }) });
    const error = (await provider.call(request()).catch((e: unknown) => e)) as ProviderError;
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('cannot reach http://127.0.0.1:');
  });

  test('a hung call ends when its signal aborts', async () => {
    const provider = await setup({}, { script: () => ({ kind: 'hang' }) });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    expect(await provider.call({ ...request(), signal: controller.signal }).catch((e: unknown) => e)).toBeInstanceOf(
      ProviderError,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('reports an exhausted rate-limit window so the runner can pause', async () => {
    const provider = await setup(
      {},
      {
        script: () => ({
          kind: 'reply',
          headers: { 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '1.5s' },
        }),
      },
    );
    expect((await provider.call(request())).rateLimit).toEqual({ remaining: 0, resetMs: 1500 });
  });

  test('prices known models from the built-in table, and the config price wins', async () => {
    expect((await setup({ model: 'gpt-4o-mini-2024-07-18' })).price).toEqual({
      input: 0.15,
      output: 0.6,
      cached_input: 0.075,
    });
    await server!.close();
    expect((await setup({ model: 'my-finetune', price: { input: 1, output: 2 } })).price).toEqual({
      input: 1,
      output: 2,
    });
    await server!.close();
    expect((await setup({ model: 'my-finetune' })).price).toBeUndefined();
  });
});
