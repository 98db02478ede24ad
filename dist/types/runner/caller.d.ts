import { type CallPolicy, type Provider, type ProviderRequest, type ProviderResponse } from '../providers/provider.js';
import { ResponseCache } from './cache.js';
import { AdaptiveLimiter, type Stoppable } from './limiter.js';
export declare const DEFAULT_POLICY: CallPolicy;
/** What a call came to: an answer, an infrastructure failure (recorded, never scored), or nothing because the run stopped. */
export type CallOutcome = {
    ok: true;
    response: ProviderResponse;
    latencyMs: number;
    costUsd: number | null;
    cached: boolean;
} | {
    ok: false;
    aborted: false;
    message: string;
} | {
    ok: false;
    aborted: true;
};
/** Stops the whole run: the circuit breaker of any provider trips it, and every call in flight is abandoned. */
export declare class RunControl implements Stoppable {
    private readonly controller;
    private readonly listeners;
    private reason;
    constructor();
    /** Calls `listener` when the run stops; returns the way to stop listening. */
    onStop(listener: () => void): () => void;
    get signal(): AbortSignal;
    /** Why the run stopped, or null while it runs. */
    get stopped(): string | null;
    stop(reason: string): void;
}
/** A provider behind the runner's machinery: cache, adaptive concurrency, timeouts, retries, circuit breaker, cost. */
export interface Caller {
    readonly provider: Provider;
    readonly limiter: AdaptiveLimiter;
    call(request: ProviderRequest, options?: CallOptions): Promise<CallOutcome>;
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
}
export declare function createCaller(provider: Provider, options: CallerOptions): Caller;
