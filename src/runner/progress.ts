import type { CaseRecord } from '../results/run-schema.js';

export interface ProgressOptions {
  write(text: string): void;
  /** A live line redrawn in place (a terminal); otherwise plain lines every `intervalMs` (CI logs). */
  tty: boolean;
  /** Plain lines in CI: every 10 s (docs/providers.md, "Progress"). */
  intervalMs?: number;
  /** The terminal redraws its line this often even when nothing finished, so a hung provider shows. */
  redrawMs?: number;
  /** The first line waits this long, so that it can count the calls the run has just sent. */
  firstMs?: number;
  /** Model calls in flight now. */
  inFlight?: () => number;
  /** The terminal's width: a redrawn line longer than it would wrap and leave lines behind. */
  columns?: () => number | undefined;
  now?: () => number;
}

/**
 * What a run is doing, for the person waiting: done/total, rate, ETA, calls in flight, errors,
 * cost so far (the judge's apart). The first line comes at once, before any case finishes. On
 * a terminal one line, cut to the terminal's width, redraws at most ten times a second and at
 * least every second; in CI a plain line every 10 s, so logs stay readable; `--quiet` creates none.
 */
export class Progress {
  private done = 0;
  private errors = 0;
  private judgeErrors = 0;
  private cost = 0;
  private judgeCost = 0;
  private cached = 0;
  private readonly started: number;
  private lastDraw = -Infinity;
  private timer: ReturnType<typeof setInterval> | undefined;
  private first: ReturnType<typeof setTimeout> | undefined;
  private readonly now: () => number;

  constructor(
    private readonly total: number,
    private readonly options: ProgressOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    const tick = () => (options.tty ? this.draw() : options.write(`${this.line()}\n`));
    this.first = setTimeout(tick, options.firstMs ?? 250);
    this.first.unref?.();
    this.timer = setInterval(tick, options.tty ? (options.redrawMs ?? 1_000) : (options.intervalMs ?? 10_000));
    this.timer.unref?.();
  }

  record(record: CaseRecord): void {
    this.done++;
    if (record.error) this.errors++;
    if (record.scorer_errors) this.judgeErrors++;
    if (record.cached) this.cached++;
    this.cost += record.cost_usd ?? 0;
    this.judgeCost += record.judge_cost_usd ?? 0;
    if (this.options.tty && this.now() - this.lastDraw >= 100) this.draw();
  }

  finish(): void {
    clearTimeout(this.first);
    clearInterval(this.timer);
    this.options.write(`${this.options.tty ? '\r\x1b[K' : ''}${this.fit(this.line(true))}\n`);
  }

  private draw(): void {
    clearTimeout(this.first);
    this.lastDraw = this.now();
    this.options.write(`\r\x1b[K${this.fit(this.line())}`);
  }

  /** On a terminal, a line one column short of its width: a full line would wrap on some terminals. */
  private fit(line: string): string {
    const columns = this.options.tty ? this.options.columns?.() : undefined;
    if (!columns || line.length < columns) return line;
    return `${line.slice(0, Math.max(1, columns - 2))}…`;
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
    const inFlight = final ? 0 : (this.options.inFlight?.() ?? 0);
    if (inFlight) parts.push(`${inFlight} in flight`);
    if (this.cached) parts.push(`${this.cached} cached`);
    parts.push(`${this.errors} error${this.errors === 1 ? '' : 's'}`);
    if (this.judgeErrors) parts.push(`${this.judgeErrors} judge error${this.judgeErrors === 1 ? '' : 's'}`);
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
