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

export class AdaptiveLimiter {
  private limitValue: number;
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly retrying: (() => void)[] = [];
  private readonly recent: boolean[] = [];
  private epoch = 0;
  private pausedUntil = 0;
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly max: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.limitValue = max;
  }

  /** The current bound on calls in flight. */
  get limit(): number {
    return Math.max(1, Math.floor(this.limitValue));
  }

  get active(): number {
    return this.inFlight;
  }

  /**
   * Waits for a slot; retries go ahead of first attempts so a throttled case does not wait
   * for the whole queue. Resolves to a ticket to hand back to `release`, or null when
   * the run stopped first.
   */
  acquire(retry: boolean, stop?: Stoppable): Promise<number | null> {
    if (stop && stop.stopped !== null) return Promise.resolve(null);
    if (this.canStart() && !this.waiting.length && !this.retrying.length) {
      this.inFlight++;
      return Promise.resolve(this.epoch);
    }
    return new Promise((resolve) => {
      const queue = retry ? this.retrying : this.waiting;
      const unsubscribe = stop?.onStop(() => {
        const i = queue.indexOf(start);
        if (i >= 0) queue.splice(i, 1);
        resolve(null);
      });
      const start = () => {
        unsubscribe?.();
        this.inFlight++;
        resolve(this.epoch);
      };
      queue.push(start);
    });
  }

  /** Returns a slot with the ticket `acquire` gave. `throttled`: the server answered 429. */
  release(outcome: 'ok' | 'throttled' | 'error', ticket: number = this.epoch): void {
    this.inFlight--;
    // a storm is judged on a full window of two rounds, so that 429s scattered at random
    // (a shared quota, another tenant) never look like one
    const window = Math.max(8, 2 * this.limit);
    if (ticket === this.epoch) {
      this.recent.push(outcome === 'throttled');
      while (this.recent.length > window) this.recent.shift();
    }
    if (outcome === 'throttled') {
      const throttled = this.recent.filter(Boolean).length;
      if (ticket === this.epoch && this.recent.length >= window && throttled * 2 >= this.recent.length) {
        this.limitValue = Math.max(1, this.limit / 2);
        this.epoch++;
        this.recent.length = 0;
      }
    } else if (outcome === 'ok') {
      this.limitValue = Math.min(this.max, this.limitValue + 1 / this.limit);
    }
    this.dispatch();
  }

  /** No new calls for `ms` (the server said its request window is used up). */
  pause(ms: number): void {
    const until = this.now() + ms;
    if (until <= this.pausedUntil) return;
    this.pausedUntil = until;
    clearTimeout(this.pauseTimer);
    // timers may fire a little early by the monotonic clock, so the timer itself ends the pause
    this.pauseTimer = setTimeout(() => {
      this.pausedUntil = 0;
      this.dispatch();
    }, ms);
  }

  private canStart(): boolean {
    return this.inFlight < this.limit && this.now() >= this.pausedUntil;
  }

  private dispatch(): void {
    while (this.canStart()) {
      const next = this.retrying.shift() ?? this.waiting.shift();
      if (!next) return;
      next();
    }
  }
}
