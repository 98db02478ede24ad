import { afterEach, describe, expect, test } from 'vitest';
import { AnthropicProvider } from '../../src/config/schema.js';
import { createAnthropicProvider } from '../../src/providers/anthropic.js';
import { ProviderError, type Provider } from '../../src/providers/provider.js';
import { createCaller, RunControl } from '../../src/runner/caller.js';
import { startAnthropicServer } from '../support/anthropic-server.js';
import type { ApiRequest, ApiScripted, ApiServer } from '../support/loopback-api.js';

const KEY = 'sk-ant-api03-test0123456789abcdefghij';
let server: ApiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(
  config: Record<string, unknown> = {},
  script?: (r: ApiRequest) => ApiScripted | undefined,
  resolved = {},
): Promise<Provider> {
  server = await startAnthropicServer(script);
  const parsed = AnthropicProvider.parse({
    type: 'anthropic',
    model: 'claude-sonnet-4-5',
    base_url: server.url,
    ...config,
  });
  const provider = createAnthropicProvider('default', parsed, resolved, { ANTHROPIC_API_KEY: KEY });
  if (!provider.ok) throw new Error(provider.issues[0]!.message);
  return provider.value;
}

const request = () => ({
  suite: 's',
  caseId: 'a',
  repeat: 0,
  messages: [
    { role: 'system' as const, content: 'Answer briefly.' },
    { role: 'user' as const, content: 'What is 2+2?' },
    { role: 'assistant' as const, content: '4' },
    { role: 'user' as const, content: 'And 3+3?' },
  ],
});

async function failure(provider: Provider): Promise<ProviderError> {
  const error = await provider.call(request()).catch((e: unknown) => e);
  if (!(error instanceof ProviderError)) throw new Error(`expected a ProviderError, got ${String(error)}`);
  return error;
}

describe('anthropic provider (real @anthropic-ai/sdk, loopback Messages API)', () => {
  test('sends the system prompt apart, few-shot turns in order, and the sampling settings; records text and usage', async () => {
    const provider = await setup({ temperature: 0.2, top_p: 0.9, top_k: 40, max_tokens: 64, stop: ['\n\n'] });
    const response = await provider.call(request());
    expect(response.output).toBe('echo: And 3+3?');
    // input = system 2 words + turns (3 + 1 + 2 words, +3 each), output = 3 words
    expect(response.tokens).toEqual({ prompt: 17, completion: 3, total: 20 });
    const seen = server!.requests[0]!;
    expect(seen.path).toBe('/v1/messages');
    expect(seen.headers['x-api-key'] ?? seen.headers.authorization).toMatch(new RegExp(`^(Bearer )?${KEY}$`));
    expect(seen.headers['anthropic-version']).toBeDefined();
    expect(seen.body).toEqual({
      model: 'claude-sonnet-4-5',
      max_tokens: 64,
      temperature: 0.2,
      top_p: 0.9,
      top_k: 40,
      stop_sequences: ['\n\n'],
      system: 'Answer briefly.',
      messages: [
        { role: 'user', content: 'What is 2+2?' },
        { role: 'assistant', content: '4' },
        { role: 'user', content: 'And 3+3?' },
      ],
    });
  });

  test('max_tokens defaults to 1024, which the Messages API requires', async () => {
    const provider = await setup();
    await provider.call(request());
    expect(server!.requests[0]!.body.max_tokens).toBe(1024);
  });

  test('translates Chat Completions tools and tool_choice, and records tool_use blocks in the OpenAI shape', async () => {
    const tools = [
      {
        type: 'function',
        function: {
          name: 'lookup_order',
          description: 'Find an order',
          parameters: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
        },
      },
    ];
    const provider = await setup({ tools, tool_choice: 'required' }, () => ({
      kind: 'reply',
      text: '',
      toolCalls: [{ name: 'lookup_order', arguments: { id: 'A1' } }],
    }));
    const response = await provider.call(request());
    expect(response.toolCalls).toEqual([{ id: 'toolu_00abc', name: 'lookup_order', arguments: { id: 'A1' } }]);
    expect(response.output).toBe('');
    expect(server!.requests[0]!.body).toMatchObject({
      tools: [
        {
          name: 'lookup_order',
          description: 'Find an order',
          input_schema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
        },
      ],
      tool_choice: { type: 'any' },
    });
  });

  test('a named tool_choice forces that tool', async () => {
    const provider = await setup({
      tools: [{ name: 'f', input_schema: { type: 'object' } }],
      tool_choice: { function: 'f' },
    });
    await provider.call(request());
    expect(server!.requests[0]!.body.tool_choice).toEqual({ type: 'tool', name: 'f' });
  });

  test('response_format json_schema and a judge’s per-call schema ask for structured output (output_config.format)', async () => {
    const schema = { type: 'object', properties: { ok: { type: 'boolean' } }, additionalProperties: false };
    const provider = await setup({ response_format: { json_schema: schema } });
    await provider.call(request());
    expect(server!.requests[0]!.body.output_config).toEqual({ format: { type: 'json_schema', schema } });
    const verdict = { type: 'object', properties: { rating: { enum: [1, 2] } } };
    await provider.call({ ...request(), temperature: 0, responseFormat: { name: 'verdict', schema: verdict } });
    expect(server!.requests[1]!.body).toMatchObject({
      temperature: 0,
      output_config: { format: { type: 'json_schema', schema: verdict } },
    });
  });

  test('prices Claude models from the built-in table, counting cache reads at the cached price', async () => {
    const provider = await setup({ model: 'claude-sonnet-4-5-20250929' }, () => ({
      kind: 'reply',
      text: 'ok',
      cachedTokens: 10,
    }));
    const response = await provider.call(request());
    expect(provider.price).toEqual({ input: 3, output: 15, cached_input: 0.3 });
    expect(response.tokens).toEqual({ prompt: 17, completion: 1, total: 18 });
    // 7 fresh input tokens at $3, 10 cache reads at $0.30, 1 output token at $15 (per million)
    expect(response.costUsd).toBeCloseTo((7 * 3 + 10 * 0.3 + 1 * 15) / 1e6, 12);
  });

  test('a 529 overloaded is retryable; a 429 carries its retry-after; a 400 is not retryable', async () => {
    let status = 529;
    let headers: Record<string, string> = {};
    const provider = await setup({}, () => ({ kind: 'status', status, headers }));
    const overloaded = await failure(provider);
    expect(overloaded).toMatchObject({ retryable: true, status: 529 });
    expect(overloaded.message).toContain('Overloaded');
    status = 429;
    headers = { 'retry-after': '7' };
    expect(await failure(provider)).toMatchObject({ retryable: true, status: 429, retryAfterMs: 7000 });
    status = 400;
    expect(await failure(provider)).toMatchObject({ retryable: false, status: 400 });
    // the SDK's own retries are off: one request per call
    expect(server!.requests).toHaveLength(3);
  });

  test('the runner retries a 529 and then a 429 with retry-after, and succeeds', async () => {
    const provider = await setup({}, (r) =>
      r.n === 0
        ? { kind: 'status', status: 529 }
        : r.n === 1
          ? { kind: 'status', status: 429, headers: { 'retry-after': '0.2' } }
          : undefined,
    );
    const caller = createCaller(provider, { control: new RunControl(), random: () => 0 });
    const started = performance.now();
    const outcome = await caller.call(request());
    expect(outcome).toMatchObject({ ok: true, response: { output: 'echo: And 3+3?' } });
    expect(server!.requests).toHaveLength(3);
    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
  });

  test('an exhausted request window pauses the runner until its reset time', async () => {
    const provider = await setup({}, (r) =>
      r.n === 0
        ? {
            kind: 'reply',
            text: 'first',
            headers: {
              'anthropic-ratelimit-requests-remaining': '0',
              'anthropic-ratelimit-requests-reset': new Date(Date.now() + 400).toISOString(),
            },
          }
        : undefined,
    );
    const first = await provider.call(request());
    expect(first.rateLimit?.remaining).toBe(0);
    expect(first.rateLimit!.resetMs).toBeGreaterThan(200);
    expect(first.rateLimit!.resetMs).toBeLessThanOrEqual(400);
  });

  test('a missing key names the variable; the key never appears in error messages', async () => {
    const missing = createAnthropicProvider(
      'claude',
      AnthropicProvider.parse({ type: 'anthropic', model: 'm' }),
      {},
      {},
    );
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.issues[0]!.message).toContain('ANTHROPIC_API_KEY');
    const provider = await setup({}, () => ({
      kind: 'status',
      status: 401,
      body: { type: 'error', error: { type: 'authentication_error', message: `invalid x-api-key ${KEY}` } },
    }));
    const error = await failure(provider);
    expect(error.message).not.toContain(KEY);
    expect(error.retryable).toBe(false);
  });

  test('a dropped connection is a retryable error naming the server', async () => {
    const provider = await setup({}, () => ({ kind: 'reset' }));
    const error = await failure(provider);
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('cannot reach http://127.0.0.1');
  });
});
