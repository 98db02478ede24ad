import type { CaseRecord } from '../results/run-schema.js';
/**
 * `--record FILE`: writes what a live run produced, one JSON line per finished case, in
 * the replay provider's format, so the run can be replayed offline (tests, the demo, a
 * PR from a fork without secrets). Lines are written as cases finish, so a run stopped by
 * the circuit breaker keeps what it did. Infrastructure errors are not recordings.
 */
export declare class Recorder {
    readonly path: string;
    private readonly stream;
    private failure;
    constructor(path: string);
    write(record: CaseRecord): void;
    /** Flushes and closes; rejects when the file could not be written. */
    close(): Promise<void>;
}
