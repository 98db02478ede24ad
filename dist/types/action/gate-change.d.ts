import type { GateConfig } from '../config/schema.js';
import type { OverrideDecision } from '../gate/decide.js';
import type { Run } from '../results/run-schema.js';
/** What a pull request changes in the gate, in plain sentences: what loosens it blocks, what tightens it is reported. */
export interface GateChange {
    loosened: string[];
    tightened: string[];
}
/**
 * Compares the gate on the base branch with the one a pull request proposes. Anything that
 * makes a failing change easier to pass is a loosening: a suite removed or renamed (its
 * baseline no longer pairs), a rule removed or relaxed, a sample or repeats shrunk, a scorer
 * removed or redefined (evalgate cannot tell whether a new definition is stricter), the
 * override permission lowered or the baseline's source moved.
 */
export declare function diffGates(base: GateConfig, proposed: GateConfig): GateChange;
/**
 * The verdict once the gate change counts: a loosening fails a run that would pass (or warn)
 * until a maintainer's override applies; a failing or erroring run keeps its verdict.
 */
export declare function withGateChange(run: Run, change: GateChange, override: OverrideDecision): Run;
