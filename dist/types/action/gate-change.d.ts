import type { GateConfig, ScorerConfig } from '../config/schema.js';
import type { EvalCase } from '../dataset/case.js';
import type { ChangedFiles } from '../github/changed-files.js';
import type { OverrideDecision } from '../gate/decide.js';
import type { Run } from '../results/run-schema.js';
/** What a pull request changes in the gate, in plain sentences: what loosens it blocks, what tightens it is reported. */
export interface GateChange {
    loosened: string[];
    tightened: string[];
}
/** One change list from several: the config's, the dataset's case scorers', the scorer files'. */
export declare const mergeChanges: (...changes: GateChange[]) => GateChange;
/** The providers scorers call (a judge, an embedder): part of how a suite is judged, so always the base branch's. */
export declare function scorerProviders(scorers: readonly ScorerConfig[]): Set<string>;
export declare const same: (a: unknown, b: unknown) => boolean;
/**
 * Compares the gate on the base branch with the one a pull request proposes
 * (docs/github-action.md, "What counts as a gate change"). Anything that makes a failing
 * change easier to pass is a loosening: a suite removed or renamed (its baseline no longer
 * pairs), a rule removed or relaxed, a sample or repeats shrunk, a scorer removed or
 * redefined (evalgate cannot tell whether a new definition is stricter), a suite pointed at
 * other prompt, dataset or provider, a provider a scorer calls redefined, the override
 * permission lowered, the baseline's source moved or a limit raised. Where evalgate cannot
 * tell the direction (a tier's seed, an adaptive tier), a change counts as a loosening.
 */
export declare function diffGates(base: GateConfig, proposed: GateConfig, caseProviders?: readonly string[]): GateChange;
/** A case's own scorers (its `assert:` list) and its human labels, by case id, with the dataset line. */
export type CaseScorers = ReadonlyMap<string, {
    assert: EvalCase['assert'];
    human: EvalCase['human'];
    line: number;
}>;
export declare const caseScorersOf: (cases: readonly EvalCase[]) => CaseScorers;
/**
 * A case's own scorers are part of the gate as much as the suite's: a case of the base branch
 * whose `assert:` list the pull request changes, adds or removes loosens it (evalgate cannot
 * tell whether a new definition is stricter). So does a new case with its own scorers: the
 * pull request chooses both the case and how it is scored, and a scorer that passes anything
 * raises a case scorer's pass rate. Human labels are the bar of a gated `judge.<id>.agreement`
 * (`judges`): labels the pull request writes, edits or removes could agree with whatever the
 * judge says, or switch the bundled calibration set off (docs/metrics.md, "Preset judges").
 * `base` null: the base branch's dataset could not be read, so any of them counts.
 */
export declare function diffCaseScorers(suite: string, base: CaseScorers | null, proposed: CaseScorers, judges?: readonly string[]): GateChange;
/** A file a suite is judged by (a scorer's module or schema, a file of a provider a scorer calls). */
export interface JudgingFile {
    suite: string;
    file: string;
    what: string;
}
/**
 * A change to a file a suite is judged by changes the gate, as a change to the config does:
 * the file is read from the checkout, and its content is not in the config.
 */
export declare function diffJudgingFiles(files: readonly JudgingFile[], changed: ChangedFiles): GateChange;
/**
 * The verdict once the gate change counts: a loosening fails a run that would pass (or warn)
 * until a maintainer's override applies; a failing or erroring run keeps its verdict.
 */
export declare function withGateChange(run: Run, change: GateChange, override: OverrideDecision): Run;
