import type { LoadedSuite } from '../config/load.js';
import type { Result } from '../core/result.js';
import type { CaseRecord, Manifest } from '../results/run-schema.js';
/**
 * Results of other eval tools as evalgate's run records, so `evalgate compare` can gate them:
 * a promptfoo results JSON (`promptfoo eval -o results.json`) or an Inspect eval log in JSON
 * (`inspect eval --log-format json`, or `inspect log dump FILE.eval`). docs/migrating.md lists
 * every field read. Pure: the caller reads the file and aggregates the records.
 */
export interface ForeignRun {
    tool: 'promptfoo' | 'inspect';
    manifest: Manifest;
    records: CaseRecord[];
}
/** Which tool wrote `json`, by the shape of its top level; undefined for evalgate's own run.json or anything else. */
export declare function foreignFormat(json: unknown): ForeignRun['tool'] | undefined;
export declare function convertForeignRun(json: unknown, file: string, suites: readonly LoadedSuite[]): Result<ForeignRun>;
