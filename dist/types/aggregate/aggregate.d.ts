import type { CaseRecord, CriticalFailure, Flakiness, SuiteAggregate, SuiteManifest } from '../results/run-schema.js';
import { type JudgeScaleConfig } from '../scorers/llm-judge-agreement.js';
export interface AggregateSpec {
    suite: string;
    /** `type` and `scale` let llm-judge scorers report their agreement with human labels. */
    scorers: readonly {
        id: string;
        critical: boolean;
        type?: string;
        scale?: JudgeScaleConfig;
    }[];
    slices: readonly string[];
    /** Report critical.pass_rate and critical.failure_rate: a rule (or the critical risk tier) gates them. */
    criticalRates?: boolean;
    /** Preset judges measured on their bundled calibration set (the suite manifest's `calibration`). */
    calibration?: SuiteManifest['calibration'];
}
/** Per suite and per slice: n, pass rates with Wilson intervals, means, tails, critical failures, cost. */
export declare function aggregateSuite(spec: AggregateSpec, records: readonly CaseRecord[]): SuiteAggregate;
/**
 * Per scorer, the cases whose pass/fail changed between repeats, and the flip rate: for a case
 * with s passes in k repeats, the chance that two distinct repeats disagree is 2s(k−s)/(k(k−1)).
 */
export declare function flakiness(spec: Pick<AggregateSpec, 'scorers'>, records: readonly CaseRecord[]): Flakiness[];
/**
 * A critical case that failed a critical scorer, or that could not be evaluated (its call
 * failed, or a critical scorer's judge did): a critical case is never passed unseen.
 */
export declare function criticalFailure(spec: Pick<AggregateSpec, 'suite' | 'scorers'>, r: CaseRecord): CriticalFailure | undefined;
