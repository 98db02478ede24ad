/**
 * Bounds the calls in flight to one provider and adapts the bound to the server. A 429 on
 * its own only delays that call (it waits its Retry-After outside the limiter, so its slot
 * keeps working); a *storm* — at least half of the recent calls throttled — halves the
 * limit, and each success then adds 1/limit back (additive increase, multiplicative
 * decrease, as TCP congestion control: Jacobson, "Congestion Avoidance and Control", 1988).
 * Like TCP's once-per-round-trip rule, only calls started after the last decrease can
 * cause the next one, so the calls already in flight when a storm begins count once.
 * A server that reports no requests left in its window pauses new calls until it resets.
 */
/** Something that can end a wait early: the run's control. A Set of listeners, not an AbortSignal, because thousands of waiters would make each addEventListener a scan of the others. */
export interface Stoppable {
    readonly stopped: string | null;
    onStop(listener: () => void): () => void;
}
export declare class AdaptiveLimiter {
    readonly max: number;
    private readonly now;
    private limitValue;
    private inFlight;
    private readonly waiting;
    private readonly retrying;
    private readonly recent;
    private epoch;
    private pausedUntil;
    private pauseTimer;
    constructor(max: number, now?: () => number);
    /** The current bound on calls in flight. */
    get limit(): number;
    get active(): number;
    /**
     * Waits for a slot; retries go ahead of first attempts so a throttled case does not wait
     * for the whole queue. Resolves to a ticket to hand back to `release`, or null when
     * the run stopped first.
     */
    acquire(retry: boolean, stop?: Stoppable): Promise<number | null>;
    /** Returns a slot with the ticket `acquire` gave. `throttled`: the server answered 429. */
    release(outcome: 'ok' | 'throttled' | 'error', ticket?: number): void;
    /** No new calls for `ms` (the server said its request window is used up). */
    pause(ms: number): void;
    private canStart;
    private dispatch;
}
