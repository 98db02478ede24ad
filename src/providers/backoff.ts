/** How long to wait before retrying a failed call, and what the server asked for. */
import type { Stoppable } from '../runner/limiter.js';

/** Longest server-requested wait we honour; a longer Retry-After fails the call instead of stalling the run. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Full-jitter exponential backoff: a uniform draw from [0, min(cap, base·2^attempt)]
 * (Brooks, "Exponential Backoff And Jitter", AWS Architecture Blog, 2015), which spreads
 * retries of calls that failed together instead of sending them back together.
 */
export function backoffMs(attempt: number, random: () => number, baseMs = 500, capMs = 20_000): number {
  return random() * Math.min(capMs, baseMs * 2 ** attempt);
}

/** The server's wait when it named one (plus up to 10% so a burst of 429s does not come back at once), else backoff. */
export function retryDelayMs(attempt: number, retryAfterMs: number | undefined, random: () => number): number {
  if (retryAfterMs !== undefined) return retryAfterMs * (1 + 0.1 * random());
  return backoffMs(attempt, random);
}

/**
 * `retry-after-ms` (OpenAI, milliseconds) or `Retry-After` (RFC 9110 §10.2.3: seconds or an
 * HTTP date). Undefined when neither is present or parseable.
 */
export function parseRetryAfter(
  header: (name: string) => string | null | undefined,
  now = Date.now(),
): number | undefined {
  const ms = Number(header('retry-after-ms') ?? NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = header('retry-after')?.trim();
  if (!raw) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw) * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** OpenAI's `x-ratelimit-reset-requests` durations: `1s`, `6m0s`, `20ms`, `1h2m3.5s`. */
export function parseDuration(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const parts = [...text.trim().matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)];
  if (!parts.length || parts.map((p) => p[0]).join('') !== text.trim()) return undefined;
  const unit = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 } as const;
  return parts.reduce((sum, p) => sum + Number(p[1]) * unit[p[2] as keyof typeof unit], 0);
}

/** Resolves after `ms`, or at once when the run stops. */
export function sleep(ms: number, stop?: Stoppable): Promise<void> {
  return new Promise((done) => {
    if (stop && stop.stopped !== null) return done();
    const unsubscribe = stop?.onStop(() => {
      clearTimeout(timer);
      done();
    });
    const timer = setTimeout(() => {
      unsubscribe?.();
      done();
    }, ms);
  });
}
