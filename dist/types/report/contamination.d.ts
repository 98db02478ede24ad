import type { CaseOverlap } from '../contamination/overlap.js';
import type { ContaminationManifest } from '../results/run-schema.js';
export declare const CONTAMINATION_SCHEMA = "evalgate/contamination@1";
export interface SuiteContamination {
    suite: string;
    dataset: string;
    check: ContaminationManifest;
    results: readonly CaseOverlap[];
}
export declare function contaminationJson(suites: readonly SuiteContamination[]): string;
export declare function contaminationTable(suites: readonly SuiteContamination[]): string;
