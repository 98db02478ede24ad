import type { EvalCase } from '../dataset/case.js';
import { SequentialGate, type SequentialJudge } from '../gate/sequential.js';
import type { AdaptiveSummary, CaseRecord, Decision } from '../results/run-schema.js';
export interface AdaptivePlan {
    suite: string;
    /** The tier's sample, already run. */
    initial: readonly EvalCase[];
    /** The rest of the dataset in the tier's seeded order. */
    remaining: readonly EvalCase[];
    /** Cases the baseline has with the same content (so they pair). */
    pairable: (c: EvalCase) => boolean;
    /** The most cases the tier runs. */
    max: number;
    /** Cases added per look. */
    batch: number;
}
export interface AdaptiveSteps {
    /** Runs cases and returns their records. */
    run(cases: EvalCase[]): Promise<CaseRecord[]>;
    /** The suite's decision on these records, its regression tests judged sequentially. */
    decide(records: readonly CaseRecord[], judge: SequentialJudge): Decision;
    /** The run was stopped (circuit breaker): no more cases. */
    stopped(): boolean;
}
/**
 * An adaptive tier (README "Adaptive tiers"): look at the tier's sample, and while a
 * regression test is open run the next batch — the rest of the dataset in the same seeded
 * order, from the slices still open, only cases the baseline has — and look again, until every
 * test is decided, `max` is reached or no pairable case is left.
 */
export declare function runAdaptive(plan: AdaptivePlan, initialRecords: readonly CaseRecord[], steps: AdaptiveSteps): Promise<{
    records: CaseRecord[];
    gate: SequentialGate;
    summary: AdaptiveSummary;
}>;
