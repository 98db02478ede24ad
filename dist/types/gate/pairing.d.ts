import type { CaseRecord, Demotion, Run, Severity, SuiteManifest } from '../results/run-schema.js';
import { type DatasetChanges } from './dataset-changes.js';
export interface Pair {
    current: CaseRecord;
    baseline: CaseRecord;
}
export interface SuitePairing {
    suite: string;
    /** The baseline has this suite at all. */
    hasBaseline: boolean;
    /** Cases present in both, unchanged in all that decides how they are gated (content and severity), by id and repeat. */
    pairs: Pair[];
    /** The baseline's records of this suite, for comparisons that cannot pair. */
    baselineRecords: CaseRecord[];
    /** Case ids this run has that the baseline does not. */
    added: number;
    /** Baseline case ids that are gone from the dataset. */
    removed: number;
    /** Same id, changed content or severity: left out of the comparison. */
    changed: number;
    /** Cases whose severity is lower than the baseline's, and critical cases gone from the dataset. */
    demoted: Demotion[];
    /** Scorer ids whose definition differs from the baseline's. */
    changedScorers: Set<string>;
    /** Rule definition hashes the baseline did not have. */
    newRules: Set<string>;
    /** How many of the baseline's rules this config no longer has. */
    removedRules: number;
    notes: string[];
    /** Model settings that differ from the baseline's, e.g. "temperature 0 → 0.2". */
    settingsChanged: string[];
    /** Dataset lineage: case ids added, removed and edited since the baseline. */
    datasetChanges: DatasetChanges;
}
/**
 * The records as the gate counts them: until a lowered severity is on the base branch, the
 * case is gated at the baseline's (README "Dataset lines"); a raised one counts at once.
 */
export declare function atBaselineSeverity(records: readonly CaseRecord[], pairings: readonly SuitePairing[]): CaseRecord[];
/**
 * Pairs this run's records with the baseline's by (case id, repeat). A case pairs only when
 * its content and severity are unchanged; a changed prompt is the point of a PR and never
 * voids pairing. `dataset` is every case of the run's dataset with its severity, when known
 * (a sampled tier runs only some of them).
 */
export declare function pairSuite(suite: SuiteManifest, records: readonly CaseRecord[], baseline: Run | null, dataset?: ReadonlyMap<string, Severity>): SuitePairing;
