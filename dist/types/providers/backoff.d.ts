/** How long to wait before retrying a failed call, and what the server asked for. */
import type { Stoppable } from '../runner/limiter.js';
/** Longest server-requested wait we honour; a longer Retry-After fails the call instead of stalling the run. */
export declare const MAX_RETRY_AFTER_MS = 60000;
/**
 * Full-jitter exponential backoff: a uniform draw from [0, min(cap, base·2^attempt)]
 * (Brooks, "Exponential Backoff And Jitter", AWS Architecture Blog, 2015), which spreads
 * retries of calls that failed together instead of sending them back together.
 */
export declare function backoffMs(attempt: number, random: () => number, baseMs?: number, capMs?: number): number;
/** The server's wait when it named one (plus up to 10% so a burst of 429s does not come back at once), else backoff. */
export declare function retryDelayMs(attempt: number, retryAfterMs: number | undefined, random: () => number): number;
/**
 * `retry-after-ms` (OpenAI, milliseconds) or `Retry-After` (RFC 9110 §10.2.3: seconds or an
 * HTTP date). Undefined when neither is present or parseable.
 */
export declare function parseRetryAfter(header: (name: string) => string | null | undefined, now?: number): number | undefined;
/** OpenAI's `x-ratelimit-reset-requests` durations: `1s`, `6m0s`, `20ms`, `1h2m3.5s`. */
export declare function parseDuration(text: string | null | undefined): number | undefined;
/** Resolves after `ms`, or at once when the run stops. */
export declare function sleep(ms: number, stop?: Stoppable): Promise<void>;
