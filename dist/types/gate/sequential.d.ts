import type { EvalCase } from '../dataset/case.js';
import type { AdaptiveSummary, RuleOutcome, SequentialLook } from '../results/run-schema.js';
import type { RegressionEvidence } from './regression-test.js';
/** How an adaptive tier keeps its error rates under repeated looks (README "Adaptive tiers"). */
export declare const SEQUENTIAL_METHOD = "group-sequential test, Lan\u2013DeMets \u03B1-spending: Kim\u2013DeMets power (\u03C1 = 2) to show the margin holds, O'Brien\u2013Fleming-type to show it is exceeded";
/** One gated regression test: a rule, over the whole suite or one slice. */
export interface Target {
    suite: string;
    rule: number;
    slice: RuleOutcome['slice'];
}
/** What decide() asks of an adaptive tier for one gated regression test. */
export interface SequentialQuery extends Target {
    evidence: RegressionEvidence;
    /** One-sided α of the rule. */
    alpha: number;
    /** Slices the rule is corrected over (the fail test spends α/tests: Holm's first step, i.e. Bonferroni). */
    tests: number;
}
export type SequentialAnswer = {
    frozen: RuleOutcome;
} | {
    status: 'pass' | 'fail' | 'inconclusive';
    sequential: SequentialLook;
    explanation: string | null;
};
/** Null leaves the test to the fixed-sample rule (a suite whose tier is not adaptive). */
export type SequentialJudge = (query: SequentialQuery) => SequentialAnswer | null;
export declare const targetKey: (t: Target) => string;
/**
 * The z statistics of a regression test against its margin: positive `fail` means worse
 * than the margin. The standard error is the test's own, or read off its interval.
 */
export declare function marginZ(e: RegressionEvidence, alpha: number): {
    fail: number;
    pass: number;
};
/**
 * The state of an adaptive tier's group-sequential tests across looks. Each gated regression
 * test runs two one-sided tests against its margin — "worse than the margin" (fail) and
 * "within the margin" (pass) — each with its own α-spending boundary over the looks it has
 * had, at information fraction t = cases / the most cases it could get. A test that crosses
 * a boundary is decided and frozen; the rest go on while cases remain. Stopping one test for
 * the other's reason only lowers its error, so each keeps its α.
 */
export declare class SequentialGate {
    /** The most cases a test could use (its share of `max`). */
    private readonly capacity;
    /** Whether the test can get more cases after this look. */
    private canGrow;
    private readonly tests;
    private readonly frozen;
    private readonly boundaries;
    private look;
    readonly looks: {
        cases: number;
        open: number;
    }[];
    constructor(
    /** The most cases a test could use (its share of `max`). */
    capacity: (target: Target) => number, 
    /** Whether the test can get more cases after this look. */
    canGrow: (target: Target) => boolean);
    /** Starts a look: which tests may still grow. */
    beginLook(canGrow: (target: Target) => boolean): void;
    readonly judge: (q: SequentialQuery) => SequentialAnswer;
    /** Ends a look: decided tests are frozen with the outcome of the look that decided them. */
    endLook(outcomes: readonly RuleOutcome[], cases: number): void;
    /** The tests still open after the last look. */
    open(outcomes: readonly RuleOutcome[]): Target[];
    summary(suite: string, max: number, cases: number, stop: AdaptiveSummary['stop']): AdaptiveSummary;
    private boundary;
}
/**
 * The next cases an adaptive tier runs: the rest of the dataset in the tier's seeded order,
 * only cases the baseline has (so they pair), and only from slices with an open test — all
 * slices while a whole-suite test is open.
 */
export declare function nextCases(remaining: readonly EvalCase[], pairable: (c: EvalCase) => boolean, open: readonly Target[], size: number): EvalCase[];
/** "conclusive after 600 of 1000 cases". */
export declare function describeStop(a: AdaptiveSummary): string;
/**
 * For planning: the expected cases an adaptive tier uses on one paired pass-rate test, under
 * a true worsening `drop`, by the normal approximation (the z of a test drifts as θ·√t). Looks
 * at `start`, `start + batch`, … up to `max`; ψ is the share of discordant cases.
 */
export declare function expectedCases(p: {
    start: number;
    batch: number;
    max: number;
    psi: number;
    margin: number;
    drop: number;
    alpha: number;
    tests: number;
}): number;
