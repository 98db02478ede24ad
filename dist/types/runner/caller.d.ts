import { ProviderError, type CallPolicy, type Provider, type ProviderRequest, type ProviderResponse } from '../providers/provider.js';
import { ResponseCache } from './cache.js';
import { AdaptiveLimiter, type Stoppable } from './limiter.js';
import type { Incomplete } from '../results/run-schema.js';
import type { BudgetMeter } from './budget.js';
export declare const DEFAULT_POLICY: CallPolicy;
/** What a call came to: an answer, an infrastructure failure (recorded, never scored), or nothing because the run stopped. */
export type CallOutcome = {
    ok: true;
    response: ProviderResponse;
    latencyMs: number;
    costUsd: number | null;
    cached: boolean;
    /** Answered through a batch API: no latency of its own. */
    batched?: true;
} | {
    ok: false;
    aborted: false;
    message: string;
} | {
    ok: false;
    aborted: true;
};
/** Why a run stopped early; see run.json's `incomplete`. */
export type StopKind = Incomplete['kind'];
/**
 * Stops the whole run. Stopping ends every wait for a slot or a retry at once, so no new call
 * starts; the calls in flight are abandoned at once too, unless the stop grants them a grace
 * period to finish (an interrupt: what they answer is kept).
 */
export declare class RunControl implements Stoppable {
    private readonly controller;
    private readonly listeners;
    private reason;
    private why;
    private graceTimer;
    constructor();
    /** Calls `listener` when the run stops; returns the way to stop listening. */
    onStop(listener: () => void): () => void;
    /** Aborted when the calls in flight are abandoned: at the stop, or when its grace period ends. */
    get signal(): AbortSignal;
    /** Why the run stopped, or null while it runs. */
    get stopped(): string | null;
    get kind(): StopKind | null;
    /** Stops the run; a second stop without grace abandons the calls still in flight. */
    stop(reason: string, kind?: StopKind, graceMs?: number): void;
    /** Ends the grace timer once the run is over, so it does not hold the process open. */
    dispose(): void;
    private abandon;
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
export type EmbedOutcome = {
    ok: true;
    vectors: number[][];
} | {
    ok: false;
    aborted: false;
    message: string;
} | {
    ok: false;
    aborted: true;
};
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
export declare function createCaller(provider: Provider, options: CallerOptions): Caller;
