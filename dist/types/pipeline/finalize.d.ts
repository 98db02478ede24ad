import type { LoadedConfig } from '../config/load.js';
import { type OverrideDecision } from '../gate/decide.js';
import type { SequentialJudge } from '../gate/sequential.js';
import { type AdaptiveSummary, type CaseRecord, type Comparison, type Incomplete, type Manifest, type Run, type Severity } from '../results/run-schema.js';
export interface FinalizeInput {
    loaded: LoadedConfig;
    manifest: Manifest;
    records: CaseRecord[];
    baseline: Run | null;
    baselineInfo: Comparison['baseline'];
    /** Every case id of each suite's dataset with its severity, when known. */
    datasetIds?: Map<string, ReadonlyMap<string, Severity>>;
    override?: OverrideDecision;
    /** A run of the base branch itself (see DecideInput.baseBranch). */
    baseBranch?: boolean;
    /** The run did not finish (or no call succeeded): the verdict is `error`. */
    incomplete?: Incomplete;
    /** Adaptive tiers: their group-sequential tests and looks (README "Adaptive tiers"). */
    sequential?: SequentialJudge;
    adaptive?: AdaptiveSummary[];
}
/** aggregate → compare → decide: the pure part shared by `run`, `compare` and `merge`. */
export declare function finalizeRun(input: FinalizeInput): Run;
