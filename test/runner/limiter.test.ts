import { describe, expect, test } from 'vitest';
import { AdaptiveLimiter } from '../../src/runner/limiter.js';
import { RunControl } from '../../src/runner/caller.js';
import { backoffMs, parseDuration, parseRetryAfter, retryDelayMs } from '../../src/providers/backoff.js';

describe('adaptive limiter', () => {
  test('lets at most `limit` calls start and hands freed slots to retries before first attempts', async () => {
    const limiter = new AdaptiveLimiter(2);
    const order: string[] = [];
    await limiter.acquire(false);
    await limiter.acquire(false);
    const first = limiter.acquire(false).then(() => order.push('first attempt'));
    const retry = limiter.acquire(true).then(() => order.push('retry'));
    expect(limiter.active).toBe(2);
    limiter.release('ok');
    limiter.release('ok');
    await Promise.all([first, retry]);
    expect(order).toEqual(['retry', 'first attempt']);
  });

  /** One round trip: as many calls as the limit allows start, then all end with `outcome(i)`. */
  async function round(limiter: AdaptiveLimiter, outcome: (i: number) => 'ok' | 'throttled') {
    const tickets = await Promise.all(Array.from({ length: limiter.limit }, () => limiter.acquire(false)));
    tickets.forEach((ticket, i) => limiter.release(outcome(i), ticket!));
  }

  test('scattered 429s do not lower the limit; a storm of them halves it, and a storm that goes on halves it again', async () => {
    const limiter = new AdaptiveLimiter(16);
    for (let r = 0; r < 6; r++) await round(limiter, (i) => (i % 5 === 0 ? 'throttled' : 'ok'));
    expect(limiter.limit).toBe(16);
    await round(limiter, () => 'throttled');
    expect(limiter.limit).toBe(8);
    // a storm is judged on a full window of two rounds at the new limit
    await round(limiter, () => 'throttled');
    expect(limiter.limit).toBe(8);
    await round(limiter, () => 'throttled');
    expect(limiter.limit).toBe(4);
  });

  test('only calls started after a decrease can cause the next one, so the calls in flight when a storm begins count once', async () => {
    const limiter = new AdaptiveLimiter(4);
    const take = (n: number) => Promise.all(Array.from({ length: n }, () => limiter.acquire(false)));
    for (const t of await take(4)) limiter.release('throttled', t!);
    const [b1, b2, b3, b4] = await take(4);
    for (const t of [b1, b2, b3]) limiter.release('throttled', t!);
    const [c1, c2, c3] = await take(3);
    limiter.release('throttled', c1!);
    expect(limiter.limit).toBe(2);
    for (const t of [b4, c2, c3]) limiter.release('throttled', t!);
    expect(limiter.limit).toBe(2);
  });

  test('grows back by about one per round of successes, up to the configured maximum', async () => {
    const limiter = new AdaptiveLimiter(8);
    await round(limiter, () => 'throttled');
    await round(limiter, () => 'throttled');
    expect(limiter.limit).toBe(4);
    await round(limiter, () => 'ok');
    expect(limiter.limit).toBe(5);
    for (let r = 0; r < 20; r++) await round(limiter, () => 'ok');
    expect(limiter.limit).toBe(8);
  });

  test('a paused limiter starts nothing until the pause ends', async () => {
    const limiter = new AdaptiveLimiter(4);
    limiter.pause(150);
    const started = performance.now();
    await limiter.acquire(false);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  test('a waiting acquire gives up when the run stops', async () => {
    const limiter = new AdaptiveLimiter(1);
    await limiter.acquire(false);
    const control = new RunControl();
    const waiting = limiter.acquire(false, control);
    control.stop('the circuit breaker opened');
    expect(await waiting).toBeNull();
  });
});

describe('backoff and server-requested waits', () => {
  test('full jitter: a uniform draw below base·2^attempt, capped', () => {
    expect(backoffMs(0, () => 0.5)).toBe(250);
    expect(backoffMs(3, () => 1)).toBe(4000);
    expect(backoffMs(10, () => 1)).toBe(20_000);
  });

  test('a server-requested wait is honoured, with up to 10% added', () => {
    expect(retryDelayMs(0, 1000, () => 0)).toBe(1000);
    expect(retryDelayMs(0, 1000, () => 1)).toBe(1100);
  });

  test('reads retry-after-ms, Retry-After seconds and Retry-After HTTP dates (RFC 9110 §10.2.3)', () => {
    const headers = (h: Record<string, string>) => (name: string) => h[name] ?? null;
    expect(parseRetryAfter(headers({ 'retry-after-ms': '250', 'retry-after': '9' }))).toBe(250);
    expect(parseRetryAfter(headers({ 'retry-after': '2' }))).toBe(2000);
    expect(
      parseRetryAfter(
        headers({ 'retry-after': 'Wed, 21 Oct 2015 07:28:05 GMT' }),
        Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'),
      ),
    ).toBe(5000);
    expect(parseRetryAfter(headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(parseRetryAfter(headers({}))).toBeUndefined();
  });

  test("reads OpenAI's rate-limit reset durations", () => {
    expect(parseDuration('6ms')).toBe(6);
    expect(parseDuration('1s')).toBe(1000);
    expect(parseDuration('6m0s')).toBe(360_000);
    expect(parseDuration('1h2m3.5s')).toBe(3_723_500);
    expect(parseDuration('later')).toBeUndefined();
  });
});
