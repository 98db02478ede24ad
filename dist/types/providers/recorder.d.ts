import type { CaseRecord } from '../results/run-schema.js';
import type { EmbeddingUse } from '../runner/caller.js';
/**
 * `--record FILE`: writes what a live run produced, one JSON line per finished case, in
 * the replay provider's format, so the run can be replayed offline (tests, the demo, a
 * PR from a fork without secrets), with the embeddings similarity scorers used. Lines are written as cases finish, so a run stopped by
 * the circuit breaker keeps what it did. Infrastructure errors are not recordings.
 */
export declare class Recorder {
    readonly path: string;
    private readonly stream;
    private failure;
    private readonly embedded;
    constructor(path: string);
    write(record: CaseRecord): void;
    /** An embedding the run used (similarity), once per model and text, so that replay can embed offline too. */
    writeEmbedding({ model, text, vector }: EmbeddingUse): void;
    /** Flushes and closes; rejects when the file could not be written. */
    close(): Promise<void>;
}
