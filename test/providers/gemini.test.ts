import { afterEach, describe, expect, test } from 'vitest';
import { GeminiProvider } from '../../src/config/schema.js';
import { createGeminiProvider } from '../../src/providers/gemini.js';
import { ProviderError, type Provider } from '../../src/providers/provider.js';
import { createCaller, RunControl } from '../../src/runner/caller.js';
import { startGeminiServer } from '../support/gemini-server.js';
import type { ApiRequest, ApiScripted, ApiServer } from '../support/loopback-api.js';

const KEY = 'AIzaSyTest0123456789abcdefghijklmnopq';
let server: ApiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(
  config: Record<string, unknown> = {},
  script?: (r: ApiRequest) => ApiScripted | undefined,
): Promise<Provider> {
  server = await startGeminiServer(script);
  const parsed = GeminiProvider.parse({ type: 'gemini', model: 'gemini-2.5-flash', base_url: server.url, ...config });
  const provider = createGeminiProvider('default', parsed, {}, { GEMINI_API_KEY: KEY });
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

describe('gemini provider (real @google/genai, loopback generateContent)', () => {
  test('sends systemInstruction, few-shot turns as user/model contents, and generationConfig; records text and usage', async () => {
    const provider = await setup({ temperature: 0, top_p: 0.5, top_k: 20, seed: 7, max_tokens: 64, stop: ['\n\n'] });
    const response = await provider.call(request());
    expect(response.output).toBe('echo: And 3+3?');
    // prompt = turns (3 + 1 + 2 words, +2 each) + system 2 words; candidates = 3 words
    expect(response.tokens).toEqual({ prompt: 14, completion: 3, total: 17 });
    const seen = server!.requests[0]!;
    expect(seen.path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    expect(seen.headers['x-goog-api-key']).toBe(KEY);
    expect(seen.body).toMatchObject({
      contents: [
        { role: 'user', parts: [{ text: 'What is 2+2?' }] },
        { role: 'model', parts: [{ text: '4' }] },
        { role: 'user', parts: [{ text: 'And 3+3?' }] },
      ],
      systemInstruction: { parts: [{ text: 'Answer briefly.' }] },
      generationConfig: {
        temperature: 0,
        topP: 0.5,
        topK: 20,
        seed: 7,
        maxOutputTokens: 64,
        stopSequences: ['\n\n'],
      },
    });
  });

  test('translates tools and tool_choice, and records functionCall parts in the OpenAI shape', async () => {
    const tools = [
      {
        type: 'function',
        function: {
          name: 'lookup_order',
          description: 'Find an order',
          parameters: { type: 'object', properties: { id: { type: 'string' } } },
        },
      },
    ];
    const provider = await setup({ tools, tool_choice: { function: 'lookup_order' } }, () => ({
      kind: 'reply',
      text: '',
      toolCalls: [{ name: 'lookup_order', arguments: { id: 'A1' } }],
    }));
    const response = await provider.call(request());
    expect(response.toolCalls).toEqual([{ name: 'lookup_order', arguments: { id: 'A1' } }]);
    expect(server!.requests[0]!.body).toMatchObject({
      tools: [
        {
          functionDeclarations: [
            {
              name: 'lookup_order',
              description: 'Find an order',
              parametersJsonSchema: { type: 'object', properties: { id: { type: 'string' } } },
            },
          ],
        },
      ],
      toolConfig: { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['lookup_order'] } },
    });
  });

  test('response_format json and a judge’s per-call schema ask for JSON output', async () => {
    const provider = await setup({ response_format: 'json' });
    await provider.call(request());
    expect(server!.requests[0]!.body.generationConfig).toMatchObject({ responseMimeType: 'application/json' });
    const verdict = { type: 'object', properties: { rating: { enum: [1, 2] } } };
    await provider.call({ ...request(), temperature: 0, responseFormat: { name: 'verdict', schema: verdict } });
    expect(server!.requests[1]!.body.generationConfig).toMatchObject({
      temperature: 0,
      responseMimeType: 'application/json',
      responseJsonSchema: verdict,
    });
  });

  test('a 429 carries the RetryInfo retryDelay of its body; a 503 is retryable; a 400 is not', async () => {
    let status = 429;
    const provider = await setup({}, () => ({ kind: 'status', status }));
    const throttled = await failure(provider);
    expect(throttled).toMatchObject({ retryable: true, status: 429, retryAfterMs: 1000 });
    expect(throttled.message).toContain('RESOURCE_EXHAUSTED');
    status = 503;
    expect(await failure(provider)).toMatchObject({ retryable: true, status: 503 });
    status = 400;
    expect(await failure(provider)).toMatchObject({ retryable: false, status: 400 });
    // the SDK's own retries are off: one request per call
    expect(server!.requests).toHaveLength(3);
  });

  test('a Retry-After header wins over the body’s retryDelay', async () => {
    const provider = await setup({}, () => ({ kind: 'status', status: 429, headers: { 'retry-after': '3' } }));
    expect(await failure(provider)).toMatchObject({ retryAfterMs: 3000 });
  });

  test('the runner retries a 503 and then a 429, and succeeds', async () => {
    const provider = await setup({}, (r) =>
      r.n === 0
        ? { kind: 'status', status: 503 }
        : r.n === 1
          ? {
              kind: 'status',
              status: 429,
              body: {
                error: {
                  code: 429,
                  status: 'RESOURCE_EXHAUSTED',
                  message: 'quota',
                  details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '0.2s' }],
                },
              },
            }
          : undefined,
    );
    const caller = createCaller(provider, { control: new RunControl(), random: () => 0 });
    const started = performance.now();
    expect(await caller.call(request())).toMatchObject({ ok: true, response: { output: 'echo: And 3+3?' } });
    expect(server!.requests).toHaveLength(3);
    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
  });

  test('a missing key names GEMINI_API_KEY; the key never appears in error messages', async () => {
    const missing = createGeminiProvider('g', GeminiProvider.parse({ type: 'gemini', model: 'm' }), {}, {});
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.issues[0]!.message).toContain('GEMINI_API_KEY');
    const provider = await setup({}, () => ({
      kind: 'status',
      status: 400,
      body: { error: { code: 400, status: 'INVALID_ARGUMENT', message: `API key not valid: ${KEY}` } },
    }));
    const error = await failure(provider);
    expect(error.message).not.toContain(KEY);
  });

  test('a dropped connection is a retryable error naming the server; a hung call ends when its signal aborts', async () => {
    let kind: 'reset' | 'hang' = 'reset';
    const provider = await setup({}, () => ({ kind }));
    const dropped = await failure(provider);
    expect(dropped.retryable).toBe(true);
    expect(dropped.message).toContain('cannot reach http://127.0.0.1');
    kind = 'hang';
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const aborted = await provider.call({ ...request(), signal: controller.signal }).catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(ProviderError);
  });
});
