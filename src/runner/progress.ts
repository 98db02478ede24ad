import type { CaseRecord } from '../results/run-schema.js';

export interface ProgressOptions {
  write(text: string): void;
  /** A live line redrawn in place (a terminal); otherwise plain lines every `intervalMs` (CI logs). */
  tty: boolean;
  intervalMs?: number;
  now?: () => number;
}

/**
 * What a run is doing, for the person waiting: done/total, rate, ETA, errors, cost so far
 * (the judge's apart). On a terminal one line redraws at most ten times a second; in CI a
 * plain line every 10 s, so logs stay readable; `--quiet` creates none.
 */
export class Progress {
  private done = 0;
  private errors = 0;
  private cost = 0;
  private judgeCost = 0;
  private cached = 0;
  private readonly started: number;
  private lastDraw = -Infinity;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly now: () => number;

  constructor(
    private readonly total: number,
    private readonly options: ProgressOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    if (!options.tty) {
      this.timer = setInterval(() => this.options.write(`${this.line()}\n`), options.intervalMs ?? 10_000);
      this.timer.unref?.();
    }
  }

  record(record: CaseRecord): void {
    this.done++;
    if (record.error) this.errors++;
    if (record.cached) this.cached++;
    this.cost += record.cost_usd ?? 0;
    this.judgeCost += record.judge_cost_usd ?? 0;
    if (this.options.tty && this.now() - this.lastDraw >= 100) {
      this.lastDraw = this.now();
      this.options.write(`\r\x1b[K${this.line()}`);
    }
  }

  finish(): void {
    clearInterval(this.timer);
    this.options.write(`${this.options.tty ? '\r\x1b[K' : ''}${this.line(true)}\n`);
  }

  line(final = false): string {
    const seconds = (this.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const parts = [
      `evalgate: ${this.done}/${this.total} cases${this.total ? ` (${Math.floor((100 * this.done) / this.total)}%)` : ''}`,
    ];
    if (final) parts.push(`in ${formatSeconds(seconds)}`);
    if (rate > 0) parts.push(`${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s`);
    if (!final && rate > 0 && this.done < this.total)
      parts.push(`ETA ${formatSeconds((this.total - this.done) / rate)}`);
    if (this.cached) parts.push(`${this.cached} cached`);
    parts.push(`${this.errors} error${this.errors === 1 ? '' : 's'}`);
    if (this.cost || this.judgeCost)
      parts.push(`$${this.cost.toFixed(4)}${this.judgeCost ? ` + judge $${this.judgeCost.toFixed(4)}` : ''}`);
    return parts.join(' · ');
  }
}

function formatSeconds(s: number): string {
  if (s < 60) return `${s < 10 ? s.toFixed(1) : Math.round(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60
    ? `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s`
    : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
