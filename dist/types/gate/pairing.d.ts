import type { CaseRecord, Run, SuiteManifest } from '../results/run-schema.js';
export interface Pair {
    current: CaseRecord;
    baseline: CaseRecord;
}
export interface SuitePairing {
    suite: string;
    /** The baseline has this suite at all. */
    hasBaseline: boolean;
    /** Cases present in both with unchanged content (vars, expected, tags), by id and repeat. */
    pairs: Pair[];
    /** The baseline's records of this suite, for comparisons that cannot pair. */
    baselineRecords: CaseRecord[];
    /** Case ids this run has that the baseline does not. */
    added: number;
    /** Baseline case ids that are gone from the dataset. */
    removed: number;
    /** Same id, changed content: left out of the comparison. */
    changed: number;
    /** Scorer ids whose definition differs from the baseline's. */
    changedScorers: Set<string>;
    /** Rule definition hashes the baseline did not have. */
    newRules: Set<string>;
    /** How many of the baseline's rules this config no longer has. */
    removedRules: number;
    notes: string[];
}
/**
 * Pairs this run's records with the baseline's by (case id, repeat). A case pairs only when
 * its content is unchanged; a changed prompt is the point of a PR and never voids pairing.
 */
export declare function pairSuite(suite: SuiteManifest, records: readonly CaseRecord[], baseline: Run | null, datasetIds?: ReadonlySet<string>): SuitePairing;
