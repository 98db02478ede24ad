/**
 * Bounds the calls in flight to one provider and adapts the bound to the server. A 429 on
 * its own only delays that call (it waits its Retry-After outside the limiter, so its slot
 * keeps working); a *storm* — at least half of the recent calls throttled — halves the
 * limit, and each success then adds 1/limit back (additive increase, multiplicative
 * decrease, as TCP congestion control: Jacobson, "Congestion Avoidance and Control", 1988).
 * A server that reports no requests left in its window pauses new calls until it resets.
 */
export class AdaptiveLimiter {
  private limitValue: number;
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly retrying: (() => void)[] = [];
  private readonly recent: boolean[] = [];
  private lastDecrease = -Infinity;
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

  /** Waits for a slot; retries go ahead of first attempts so a throttled case does not wait for the whole queue. Resolves false when `signal` aborted first. */
  acquire(retry: boolean, signal?: AbortSignal): Promise<boolean> {
    if (signal?.aborted) return Promise.resolve(false);
    if (this.canStart() && !this.waiting.length && !this.retrying.length) {
      this.inFlight++;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const queue = retry ? this.retrying : this.waiting;
      const onAbort = () => {
        const i = queue.indexOf(start);
        if (i >= 0) queue.splice(i, 1);
        resolve(false);
      };
      const start = () => {
        signal?.removeEventListener('abort', onAbort);
        this.inFlight++;
        resolve(true);
      };
      queue.push(start);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Returns a slot. `throttled`: the server answered 429. */
  release(outcome: 'ok' | 'throttled' | 'error'): void {
    this.inFlight--;
    this.recent.push(outcome === 'throttled');
    const window = Math.max(8, 2 * this.limit);
    while (this.recent.length > window) this.recent.shift();
    if (outcome === 'throttled') {
      const throttled = this.recent.filter(Boolean).length;
      const t = this.now();
      // at most one decrease per second, so the calls already in flight when the storm began don't cut the limit to 1
      if (this.recent.length >= 4 && throttled * 2 >= this.recent.length && t - this.lastDecrease >= 1000) {
        this.limitValue = Math.max(1, this.limit / 2);
        this.lastDecrease = t;
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
    this.pauseTimer = setTimeout(() => this.dispatch(), ms);
    this.pauseTimer.unref?.();
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
