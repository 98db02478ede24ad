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
export declare class Progress {
    private readonly total;
    private readonly options;
    private done;
    private errors;
    private judgeErrors;
    private cost;
    private judgeCost;
    private cached;
    private readonly started;
    private lastDraw;
    private timer;
    private first;
    private readonly now;
    constructor(total: number, options: ProgressOptions);
    record(record: CaseRecord): void;
    finish(): void;
    private draw;
    /** On a terminal, a line one column short of its width: a full line would wrap on some terminals. */
    private fit;
    line(final?: boolean): string;
}
