import { type LoadedConfig } from '../config/load.js';
import type { PlannedSuite } from './plan-suites.js';
/**
 * Before the first model call: each suite with a `contamination:` corpus has the cases it may run
 * checked against it (docs/governance.md, "Contamination and lineage"), so that every record
 * carries its overlap for the `contamination.rate` metric and the manifest says what was read.
 * An unreadable corpus stops the run as bad input.
 */
export declare function checkContamination(loaded: LoadedConfig, planned: PlannedSuite[]): Promise<PlannedSuite[]>;
/** A suite's `contamination.corpus` files, resolved against the config's folder. */
export declare const configuredCorpus: (dir: string, paths: readonly string[]) => {
    path: string;
    display: string;
}[];
