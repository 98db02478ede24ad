import { setMaxListeners } from 'node:events';
import {
  ProviderError,
  type CallPolicy,
  type Provider,
  type ProviderRequest,
  type ProviderResponse,
} from '../providers/provider.js';
import { MAX_RETRY_AFTER_MS, retryDelayMs, sleep } from '../providers/backoff.js';
import { ResponseCache } from './cache.js';
import { sha256 } from '../core/hash.js';
import { AdaptiveLimiter, type Stoppable } from './limiter.js';
import { costUsd } from '../providers/prices.js';
import type { Incomplete } from '../results/run-schema.js';
import type { BudgetMeter } from './budget.js';

export const DEFAULT_POLICY: CallPolicy = { timeoutMs: 60_000, maxRetries: 5, breakerThreshold: 10 };

/** What a call came to: an answer, an infrastructure failure (recorded, never scored), or nothing because the run stopped. */
export type CallOutcome =
  | {
      ok: true;
      response: ProviderResponse;
      latencyMs: number;
      costUsd: number | null;
      cached: boolean;
      /** Answered through a batch API: no latency of its own. */
      batched?: true;
    }
  | { ok: false; aborted: false; message: string }
  | { ok: false; aborted: true };

/** Why a run stopped early; see run.json's `incomplete`. */
export type StopKind = Incomplete['kind'];

/**
 * Stops the whole run. Stopping ends every wait for a slot or a retry at once, so no new call
 * starts; the calls in flight are abandoned at once too, unless the stop grants them a grace
 * period to finish (an interrupt: what they answer is kept).
 */
export class RunControl implements Stoppable {
  private readonly controller = new AbortController();
  private readonly listeners = new Set<() => void>();
  private reason: string | null = null;
  private why: StopKind | null = null;
  private graceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    // scorers' judge calls may listen to the signal too
    setMaxListeners(0, this.controller.signal);
  }

  /** Calls `listener` when the run stops; returns the way to stop listening. */
  onStop(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Aborted when the calls in flight are abandoned: at the stop, or when its grace period ends. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Why the run stopped, or null while it runs. */
  get stopped(): string | null {
    return this.reason;
  }

  get kind(): StopKind | null {
    return this.why;
  }

  /** Stops the run; a second stop without grace abandons the calls still in flight. */
  stop(reason: string, kind: StopKind = 'circuit_breaker', graceMs = 0): void {
    if (this.reason === null) {
      this.reason = reason;
      this.why = kind;
      for (const listener of [...this.listeners]) listener();
      this.listeners.clear();
    }
    if (graceMs > 0 && !this.controller.signal.aborted) {
      this.graceTimer ??= setTimeout(() => this.abandon(), graceMs);
      return;
    }
    this.abandon();
  }

  /** Ends the grace timer once the run is over, so it does not hold the process open. */
  dispose(): void {
    clearTimeout(this.graceTimer);
  }

  private abandon(): void {
    clearTimeout(this.graceTimer);
    if (!this.controller.signal.aborted) this.controller.abort(new Error(this.reason ?? 'stopped'));
  }
}

/** A provider behind the runner's machinery: cache, adaptive concurrency, timeouts, retries, circuit breaker, cost. */
export interface Caller {
  readonly provider: Provider;
  readonly limiter: AdaptiveLimiter;
  call(request: ProviderRequest, options?: CallOptions): Promise<CallOutcome>;
  /** The request's response-cache key; undefined when the provider's answers are never cached. */
  keyOf(request: ProviderRequest): string | undefined;
  /** Whether the response cache holds a usable answer for this key. */
  cachedAnswer(key: string): Promise<boolean>;
  /**
   * Answers a batch API gave, by cache key: `call` returns them instead of calling. They are
   * cached like any answer and count toward the budget; a failed one is the call's failure.
   */
  supply(answers: ReadonlyMap<string, ProviderResponse | ProviderError>): Promise<void>;
  /** Embeddings of `texts` by `model`, from the disk cache where it has them, through the same limits and retries as calls. */
  embed(texts: string[], model: string): Promise<EmbedOutcome>;
}

export type EmbedOutcome =
  { ok: true; vectors: number[][] } | { ok: false; aborted: false; message: string } | { ok: false; aborted: true };

/** One text's embedding as the run used it: what `--record` keeps so that replay can embed offline. */
export interface EmbeddingUse {
  model: string;
  text: string;
  vector: number[];
}

export interface CallOptions {
  /** Says what is wrong with an answer that cannot be used (a judge's malformed verdict); such an answer is retried and never cached. */
  validate?(response: ProviderResponse): string | undefined;
}

export interface CallerOptions {
  control: RunControl;
  /** Absent: no caching (`--no-cache`). */
  cache?: ResponseCache;
  /** Overrides the provider's own concurrency (`--concurrency`). */
  concurrency?: number;
  policy?: Partial<CallPolicy>;
  random?: () => number;
  /** Every embedding the run used, cached or not (`--record`). */
  onEmbedding?(use: EmbeddingUse): void;
  /** Counts spend and stops the run at the budget. */
  meter?: BudgetMeter;
}

export function createCaller(provider: Provider, options: CallerOptions): Caller {
  const policy: CallPolicy = { ...DEFAULT_POLICY, ...provider.policy, ...options.policy };
  const limiter = new AdaptiveLimiter(Math.max(1, options.concurrency ?? provider.concurrency));
  const random = options.random ?? Math.random;
  const { control, meter } = options;
  const cache = provider.cacheIdentity === undefined ? undefined : options.cache;
  const supplied = new Map<string, CallOutcome>();
  const costOf = (r: ProviderResponse) => r.costUsd ?? costUsd(r.tokens, provider.price);
  let consecutiveFailures = 0;
  const keyOf = (request: ProviderRequest) =>
    provider.cacheIdentity === undefined
      ? undefined
      : ResponseCache.key({
          provider: provider.cacheIdentity,
          messages: request.messages,
          repeat: request.repeat,
          ...(request.responseFormat ? { format: request.responseFormat } : {}),
          ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
          ...(provider.type === 'command' || provider.type === 'http' ? { vars: request.vars ?? {} } : {}),
        });

  const failed = (message: string): { ok: false; aborted: false; message: string } => {
    if (++consecutiveFailures >= policy.breakerThreshold) {
      control.stop(
        `provider "${provider.name}": ${consecutiveFailures} calls in a row failed after retries (circuit breaker); last error: ${message}`,
      );
    }
    return { ok: false, aborted: false, message };
  };

  type Attempt<T> = { value: T; latencyMs: number } | { error: ProviderError };

  async function attempt<T>(
    op: (signal: AbortSignal) => Promise<T>,
    reported?: (value: T) => number | undefined,
  ): Promise<Attempt<T>> {
    const controller = new AbortController();
    // a call in flight is abandoned when the run's signal aborts, which an interrupt delays by its grace period
    const abandon = () => controller.abort(new Error(control.stopped ?? 'stopped'));
    control.signal.addEventListener('abort', abandon, { once: true });
    if (control.signal.aborted) abandon();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error('timeout'));
    }, policy.timeoutMs);
    const started = performance.now();
    try {
      const value = await op(controller.signal);
      return { value, latencyMs: reported?.(value) ?? performance.now() - started };
    } catch (error) {
      if (timedOut) return { error: new ProviderError(`no answer within ${policy.timeoutMs} ms (timeout_ms)`, true) };
      if (error instanceof ProviderError) return { error };
      // a provider's own code failing (not the service) is still this call's failure, not the run's
      return { error: new ProviderError(`${(error as Error).name ?? 'Error'}: ${(error as Error).message}`, false) };
    } finally {
      clearTimeout(timer);
      control.signal.removeEventListener('abort', abandon);
    }
  }

  type Retried<T> =
    | { ok: true; value: T; latencyMs: number }
    | { ok: false; aborted: false; message: string }
    | { ok: false; aborted: true };

  /** One request through the limiter with timeouts, retries and the circuit breaker: chat calls and embeddings alike. */
  async function retrying<T>(
    op: (signal: AbortSignal) => Promise<T>,
    validate?: (value: T) => string | undefined,
    reported?: (value: T) => number | undefined,
    billed?: (value: T) => number | null,
  ): Promise<Retried<T>> {
    let last: ProviderError | undefined;
    for (let n = 0; n <= policy.maxRetries; n++) {
      const ticket = await limiter.acquire(n > 0, control);
      if (ticket === null) return { ok: false, aborted: true };
      // admitted when it is about to be sent, so calls still queued when the budget runs out are not counted
      if (n === 0 && meter && !meter.admit()) {
        limiter.release('error', ticket);
        return { ok: false, aborted: true };
      }
      const result = await attempt(op, reported);
      // an answer that arrived after the stop (within an interrupt's grace) is kept
      if (control.stopped !== null && !('value' in result)) {
        limiter.release('error', ticket);
        return { ok: false, aborted: true };
      }
      const invalid = 'value' in result ? validate?.(result.value) : undefined;
      if ('value' in result && invalid !== undefined) {
        limiter.release('ok', ticket);
        // an unusable answer is still billed
        if (billed) meter?.spend(billed(result.value));
        last = new ProviderError(invalid, true);
        if (n === policy.maxRetries) break;
        continue;
      }
      if ('value' in result) {
        limiter.release('ok', ticket);
        consecutiveFailures = 0;
        // counted before this await chain yields, so a call admitted next sees the spend
        if (billed) meter?.spend(billed(result.value));
        return { ok: true, ...result };
      }
      last = result.error;
      limiter.release(last.status === 429 ? 'throttled' : 'error', ticket);
      if (!last.retryable || n === policy.maxRetries) break;
      if (last.retryAfterMs !== undefined && last.retryAfterMs > MAX_RETRY_AFTER_MS) {
        return failed(
          `${last.message} (the server asked to wait ${Math.round(last.retryAfterMs / 1000)} s, longer than evalgate waits)`,
        );
      }
      await sleep(retryDelayMs(n, last.retryAfterMs, random), control);
      if (control.stopped !== null) return { ok: false, aborted: true };
    }
    const tries = !last?.retryable
      ? ''
      : policy.maxRetries === 0
        ? ' (no retries)'
        : ` (after ${policy.maxRetries + 1} attempts)`;
    return failed(`${last?.message ?? 'failed'}${tries}`);
  }

  return {
    provider,
    limiter,
    keyOf,
    async cachedAnswer(key) {
      return cache !== undefined && (await cache.get(key)) !== undefined;
    },
    async supply(answers) {
      let usd = 0;
      let answered = 0;
      for (const [key, answer] of answers) {
        if (answer instanceof ProviderError) {
          supplied.set(key, { ok: false, aborted: false, message: answer.message });
          continue;
        }
        const cost = costOf(answer);
        usd += cost ?? 0;
        answered++;
        cache?.put(key, { ...answer, latencyMs: 0, ...(cost !== null ? { costUsd: cost } : {}) });
        supplied.set(key, { ok: true, response: answer, latencyMs: 0, costUsd: cost, cached: false, batched: true });
      }
      meter?.spendBatch(answered, usd);
      // on disk before the batch id is forgotten, so a crash now still finds the answers
      await cache?.flush();
    },
    async call(request, options = {}) {
      const key = cache || supplied.size ? keyOf(request) : undefined;
      const batched = key === undefined ? undefined : supplied.get(key);
      // kept after use: two cases that render the same request share one answer, as they share a cache entry
      if (batched) return batched;
      if (cache && key) {
        const hit = await cache.get(key);
        if (hit && !options.validate?.(hit)) {
          meter?.hit();
          return {
            ok: true,
            response: hit,
            latencyMs: hit.latencyMs ?? 0,
            costUsd: costOf(hit),
            cached: true,
          };
        }
      }
      const result = await retrying(
        (signal) => provider.call(Object.assign({}, request, { signal })),
        options.validate,
        (response) => response.latencyMs,
        costOf,
      );
      if (!result.ok) return result;
      const { value: response, latencyMs } = result;
      if (response.rateLimit && response.rateLimit.remaining <= 0)
        limiter.pause(Math.min(response.rateLimit.resetMs, MAX_RETRY_AFTER_MS));
      const cost = costOf(response);
      if (cache && key)
        cache.put(key, {
          ...response,
          latencyMs,
          ...(cost !== null ? { costUsd: cost } : {}),
          rateLimit: undefined,
        });
      return { ok: true, response, latencyMs, costUsd: cost, cached: false };
    },

    async embed(texts, model) {
      const embed = provider.embed?.bind(provider);
      if (!embed) return { ok: false, aborted: false, message: `provider "${provider.name}" cannot embed text` };
      const embeddingCache = provider.embeddingIdentity === undefined ? undefined : options.cache;
      const embeddingKey = (text: string) =>
        ResponseCache.key({ embedding: provider.embeddingIdentity, model, text: sha256(text) });
      const vectors = await Promise.all(texts.map((t) => embeddingCache?.getEmbedding(embeddingKey(t))));
      const missing = texts.filter((_, i) => vectors[i] === undefined);
      if (missing.length) {
        const result = await retrying(
          (signal) => embed({ texts: missing, model, signal }),
          (r) =>
            r.vectors.length === missing.length && r.vectors.every((v) => v.length > 0)
              ? undefined
              : `expected ${missing.length} embeddings, got ${r.vectors.length}`,
        );
        if (!result.ok) return result;
        let next = 0;
        for (let i = 0; i < texts.length; i++) {
          if (vectors[i] !== undefined) continue;
          const vector = result.value.vectors[next++]!;
          vectors[i] = vector;
          embeddingCache?.putEmbedding(embeddingKey(texts[i]!), vector);
        }
      }
      texts.forEach((text, i) => options.onEmbedding?.({ model, text, vector: vectors[i]! }));
      return { ok: true, vectors: vectors as number[][] };
    },
  };
}
