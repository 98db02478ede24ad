import type { Comparison, ContaminationManifest } from '../results/run-schema.js';
type Changes = NonNullable<Comparison['dataset_changes']>;
/** "2 added, 1 edited" — the kinds that have any. */
export declare function changeCounts(changes: Changes): string;
/** Per kind, the first `most` ids and how many more there are. */
export declare function changeLists(changes: Changes, most?: number): {
    kind: string;
    ids: string[];
    more: number;
}[];
/** "2 of 120 cases flagged (1.7%): 13-grams, flagged at ≥ 70% overlap, against prompt.md and 2 corpus files". */
export declare function contaminationSummary(c: ContaminationManifest): string;
export {};
