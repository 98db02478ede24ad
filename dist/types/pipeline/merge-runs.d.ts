import type { Result } from '../core/result.js';
import type { CaseRecord, Incomplete, Manifest, Run } from '../results/run-schema.js';
export interface ShardFile {
    file: string;
    run: Run;
}
/**
 * Combines shard runs of one configuration into one: the same config, tier and per-suite
 * definitions, no case recorded twice. What the shards disagree on is an input error naming
 * the file, never a silent mix.
 */
export declare function mergeRuns(shards: readonly ShardFile[]): Result<{
    manifest: Manifest;
    records: CaseRecord[];
    incomplete?: Incomplete;
}>;
