import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { OpenAIProvider } from '../../src/config/schema.js';
import { createOpenAIProvider } from '../../src/providers/openai.js';
import type { Provider } from '../../src/providers/provider.js';
import { ResponseCache } from '../../src/runner/cache.js';
import { createCaller, RunControl, type CallerOptions } from '../../src/runner/caller.js';
import { startOpenAIServer, type OpenAIServer, type OpenAIServerOptions } from '../support/openai-server.js';

let server: OpenAIServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function openai(options: OpenAIServerOptions, config: Record<string, unknown> = {}): Promise<Provider> {
  server = await startOpenAIServer(options);
  const provider = createOpenAIProvider(
    'default',
    OpenAIProvider.parse({ type: 'openai', model: 'gpt-4o-mini', base_url: server.url, ...config }),
    {},
    { OPENAI_API_KEY: 'sk-test-key-for-the-loopback-0000' },
  );
  if (!provider.ok) throw new Error(provider.issues[0]!.message);
  return provider.value;
}

const noJitter: Partial<CallerOptions> = { random: () => 0 };
const request = (caseId = 'a', repeat = 0) => ({
  suite: 's',
  caseId,
  repeat,
  messages: [{ role: 'user' as const, content: `question ${caseId}` }],
});

describe('runner: retries, timeouts, circuit breaker (openai client against loopback)', () => {
  test('waits out the Retry-After of a 429, then succeeds', async () => {
    const provider = await openai({
      script: (r) => (r.n === 0 ? { kind: 'status', status: 429, headers: { 'retry-after-ms': '300' } } : undefined),
    });
    const caller = createCaller(provider, { control: new RunControl(), ...noJitter });
    const started = performance.now();
    const outcome = await caller.call(request());
    const waited = performance.now() - started;
    expect(outcome).toMatchObject({ ok: true, cached: false });
    expect(server!.requests).toHaveLength(2);
    expect(waited).toBeGreaterThanOrEqual(295);
    expect(waited).toBeLessThan(5000);
  });

  test('honours Retry-After in whole seconds', async () => {
    const provider = await openai({
      script: (r) => (r.n === 0 ? { kind: 'status', status: 429, headers: { 'retry-after': '1' } } : undefined),
    });
    const started = performance.now();
    expect(await createCaller(provider, { control: new RunControl(), ...noJitter }).call(request())).toMatchObject({
      ok: true,
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(995);
  });

  test('retries 500s and records an infrastructure error after max_retries + 1 attempts', async () => {
    const provider = await openai({ script: () => ({ kind: 'status', status: 500 }) }, { max_retries: 3 });
    const outcome = await createCaller(provider, { control: new RunControl(), ...noJitter }).call(request());
    expect(outcome).toEqual({
      ok: false,
      aborted: false,
      message: 'HTTP 500: The server had an error while processing your request. Sorry about that! (after 4 attempts)',
    });
    expect(server!.requests).toHaveLength(4);
  });

  test('with max_retries 0 a failed call says it was tried once, not "after 1 attempts"', async () => {
    const provider = await openai({ script: () => ({ kind: 'status', status: 500 }) }, { max_retries: 0 });
    const outcome = await createCaller(provider, { control: new RunControl(), ...noJitter }).call(request());
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/\(no retries\)$/) });
    expect(server!.requests).toHaveLength(1);
  });

  test('recovers when a 500 is followed by a good answer', async () => {
    const provider = await openai({ script: (r) => (r.n < 2 ? { kind: 'status', status: 502 } : undefined) });
    expect(await createCaller(provider, { control: new RunControl(), ...noJitter }).call(request())).toMatchObject({
      ok: true,
      response: { output: 'echo: question a' },
    });
  });

  test('does not retry a 400: the request itself is wrong', async () => {
    const provider = await openai({ script: () => ({ kind: 'status', status: 400 }) });
    const outcome = await createCaller(provider, { control: new RunControl(), ...noJitter }).call(request());
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('HTTP 400') });
    expect(server!.requests).toHaveLength(1);
  });

  test('abandons a hung call after timeout_ms and retries it', async () => {
    const provider = await openai({ script: (r) => (r.n === 0 ? { kind: 'hang' } : undefined) }, { timeout_ms: 150 });
    const started = performance.now();
    const outcome = await createCaller(provider, { control: new RunControl(), ...noJitter }).call(request());
    expect(outcome).toMatchObject({ ok: true });
    expect(server!.requests).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  test('a call slower than timeout_ms on every attempt becomes an infrastructure error naming the timeout', async () => {
    const provider = await openai({ latencyMs: 400 }, { timeout_ms: 60, max_retries: 1 });
    const outcome = await createCaller(provider, { control: new RunControl(), ...noJitter }).call(request());
    expect(outcome).toEqual({
      ok: false,
      aborted: false,
      message: 'no answer within 60 ms (timeout_ms) (after 2 attempts)',
    });
  });

  test('retries a malformed JSON body and then takes the good answer', async () => {
    const provider = await openai({
      script: (r) => (r.n === 0 ? { kind: 'raw', text: '{"choices": [{"message": ' } : undefined),
    });
    expect(await createCaller(provider, { control: new RunControl(), ...noJitter }).call(request())).toMatchObject({
      ok: true,
    });
    expect(server!.requests).toHaveLength(2);
  });

  test('the circuit breaker stops the run after circuit_breaker failures in a row and abandons calls in flight', async () => {
    const provider = await openai(
      {
        script: (r) =>
          (r.body.messages as { content: string }[])[0]!.content.includes('slow')
            ? { kind: 'hang' }
            : { kind: 'status', status: 401 },
      },
      { circuit_breaker: 3 },
    );
    const control = new RunControl();
    const caller = createCaller(provider, { control, ...noJitter });
    const slow = caller.call(request('slow'));
    const outcomes = [];
    for (const id of ['a', 'b', 'c', 'd']) outcomes.push(await caller.call(request(id)));
    expect(outcomes.slice(0, 3).every((o) => !o.ok && !o.aborted)).toBe(true);
    expect(control.stopped).toMatch(
      /^provider "default": 3 calls in a row failed after retries \(circuit breaker\); last error: HTTP 401/,
    );
    expect(outcomes[3]).toEqual({ ok: false, aborted: true });
    expect(await slow).toEqual({ ok: false, aborted: true });
  });

  test('a success resets the count of failures in a row', async () => {
    const provider = await openai(
      { script: (r) => (r.n % 2 === 0 ? { kind: 'status', status: 400 } : undefined) },
      { circuit_breaker: 2 },
    );
    const control = new RunControl();
    const caller = createCaller(provider, { control, ...noJitter });
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) await caller.call(request(id));
    expect(control.stopped).toBeNull();
  });

  test('cost comes from the usage the server reported and the price table', async () => {
    const provider = await openai({}, { model: 'gpt-4o' });
    const outcome = await createCaller(provider, { control: new RunControl() }).call(request());
    if (!outcome.ok) throw new Error('expected an answer');
    // 2 words + 4 framing tokens in, 3 words out; gpt-4o: $2.50 / $10 per million tokens
    expect(outcome.response.tokens).toEqual({ prompt: 6, completion: 3, total: 9 });
    expect(outcome.costUsd).toBeCloseTo((6 * 2.5 + 3 * 10) / 1e6, 15);
  });

  test('pauses new calls while the server reports its request window used up', async () => {
    const provider = await openai({
      script: (r) =>
        r.n === 0
          ? { kind: 'reply', headers: { 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '300ms' } }
          : undefined,
    });
    const caller = createCaller(provider, { control: new RunControl() });
    await caller.call(request('a'));
    const started = performance.now();
    await caller.call(request('b'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });
});

describe('runner: response cache', () => {
  test('a second identical call is served from the cache with the original latency, tokens and cost', async () => {
    const provider = await openai({ latencyMs: 30 });
    const cache = new ResponseCache(mkdtempSync(join(tmpdir(), 'evalgate-cache-')));
    const first = await createCaller(provider, { control: new RunControl(), cache }).call(request());
    await cache.flush();
    const second = await createCaller(provider, { control: new RunControl(), cache }).call(request());
    expect(server!.requests).toHaveLength(1);
    if (!first.ok || !second.ok) throw new Error('expected answers');
    expect(second.cached).toBe(true);
    expect(second.response.output).toBe(first.response.output);
    expect(second.latencyMs).toBe(first.latencyMs);
    expect(second.costUsd).toBe(first.costUsd);
  });

  test('repeats are independent calls: the repeat index is part of the key', async () => {
    const provider = await openai({});
    const cache = new ResponseCache(mkdtempSync(join(tmpdir(), 'evalgate-cache-')));
    const caller = createCaller(provider, { control: new RunControl(), cache });
    await caller.call(request('a', 0));
    await caller.call(request('a', 1));
    await cache.flush();
    await caller.call(request('a', 1));
    expect(server!.requests).toHaveLength(2);
  });

  test('a change of model settings or messages misses the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-cache-'));
    const cache = new ResponseCache(dir);
    const a = await openai({}, { temperature: 0 });
    await createCaller(a, { control: new RunControl(), cache }).call(request());
    await cache.flush();
    await createCaller(a, { control: new RunControl(), cache }).call(request('other'));
    await cache.flush();
    const seen = server!.requests.length;
    await server!.close();
    const b = await openai({}, { temperature: 0.7 });
    await createCaller(b, { control: new RunControl(), cache: new ResponseCache(dir) }).call(request());
    expect(seen).toBe(2);
    expect(server!.requests).toHaveLength(1);
  });

  test('failed calls are not cached', async () => {
    const provider = await openai({ script: (r) => (r.n === 0 ? { kind: 'status', status: 400 } : undefined) });
    const cache = new ResponseCache(mkdtempSync(join(tmpdir(), 'evalgate-cache-')));
    expect(await createCaller(provider, { control: new RunControl(), cache }).call(request())).toMatchObject({
      ok: false,
    });
    await cache.flush();
    expect(await createCaller(provider, { control: new RunControl(), cache }).call(request())).toMatchObject({
      ok: true,
      cached: false,
    });
  });
});
