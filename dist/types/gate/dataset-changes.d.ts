import type { CaseRecord, Comparison, SuiteManifest } from '../results/run-schema.js';
export type DatasetChanges = NonNullable<Comparison['dataset_changes']>;
/**
 * Dataset lineage since the baseline (docs/governance.md, "Contamination and lineage"): case ids
 * added, removed, and edited (same id, another content hash). From both manifests' whole-dataset
 * `dataset_cases` when both runs recorded it, else from the cases each run ran, where `dataset`
 * (every id of the current dataset, when known) decides what was removed. Ids in dataset order.
 */
export declare function datasetChanges(base: SuiteManifest, current: SuiteManifest, baselineRecords: readonly CaseRecord[], records: readonly CaseRecord[], dataset?: ReadonlySet<string> | ReadonlyMap<string, unknown>): DatasetChanges;
export declare const hasChanges: (c: DatasetChanges) => boolean;
