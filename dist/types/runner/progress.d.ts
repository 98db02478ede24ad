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
export declare class Progress {
    private readonly total;
    private readonly options;
    private done;
    private errors;
    private cost;
    private judgeCost;
    private cached;
    private readonly started;
    private lastDraw;
    private timer;
    private readonly now;
    constructor(total: number, options: ProgressOptions);
    record(record: CaseRecord): void;
    finish(): void;
    line(final?: boolean): string;
}
