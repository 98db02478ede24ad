import { type CallPolicy, type Provider, type ProviderRequest, type ProviderResponse } from '../providers/provider.js';
import { ResponseCache } from './cache.js';
import { AdaptiveLimiter, type Stoppable } from './limiter.js';
import type { Incomplete } from '../results/run-schema.js';
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
