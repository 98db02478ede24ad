import type { CaseRecord, MetricValue, SuiteManifest } from '../results/run-schema.js';
import type { LlmJudgeScorer } from '../config/schema.js';
import { type JudgeScale } from './llm-judge-scale.js';
import type { LoadedSuite } from '../config/load.js';
export type JudgeScaleConfig = LlmJudgeScorer['scale'];
export interface Estimate {
    value: number | undefined;
    /** Percentile bootstrap interval over cases; null when too few resamples were defined. */
    interval: [number, number] | null;
}
export interface JudgeAgreement {
    n: number;
    spearman: Estimate & {
        pvalue: number | undefined;
    };
    /** Cohen's kappa, quadratic weights (unweighted on pass-fail, where they coincide). */
    kappa: Estimate;
    /** Krippendorff's alpha, ordinal on a rating scale, nominal on pass-fail. */
    alpha: Estimate;
    /** Share of cases where the (rounded) judge rating equals the human one. */
    exact: number;
    /** Mean judge rating minus mean human rating: a judge that is lenient (> 0) or harsh (< 0). */
    bias: number;
    signature: string;
}
export interface AgreementOptions {
    resamples?: number;
    confidence?: number;
    seed?: number;
}
/**
 * How well a judge agrees with human labels of the same outputs. The judge's rating is
 * rounded to the scale for κ and α (several judges averaged can fall between points);
 * Spearman's ρ uses it as is. Intervals are percentile bootstraps over cases with a seeded
 * generator, so the same labels always give the same numbers.
 */
export declare function judgeAgreement(pairs: readonly {
    human: number;
    judge: number;
}[], scale: JudgeScale, options?: AgreementOptions): JudgeAgreement;
/**
 * `judge.<id>.agreement` for every llm-judge scorer whose cases carried human labels on rated
 * outputs, else measured on its preset's bundled calibration set (docs/metrics.md, "Preset judges").
 */
export declare function judgeAgreementMetrics(scorers: readonly {
    id: string;
    type?: string;
    scale?: JudgeScaleConfig;
}[], records: readonly CaseRecord[], bundled?: SuiteManifest['calibration']): MetricValue[];
/**
 * `judge.<scorer>.agreement`: Krippendorff's α between the judge and the human labels
 * recorded on the run's case records (repeat 0 of cases whose dataset line carries
 * `human: {<scorer>: label, output: "…"}`). A pure function of the records, so `compare`
 * and `merge` recompute it from run.json.
 */
export declare function judgeAgreementMetric(scorerId: string, scale: JudgeScale, records: readonly CaseRecord[]): MetricValue;
/**
 * What the report says of a suite's judge agreement: that a metric came from the bundled
 * calibration set (only where it did: an adaptive extension or another shard may have brought
 * labels), and why a gated rating-scale preset judge has no data (docs/metrics.md, "Preset judges").
 */
export declare function agreementNotes(suite: Pick<LoadedSuite, 'rules' | 'scorers'>, manifest: Pick<SuiteManifest, 'calibration'>, metrics: readonly MetricValue[]): string[];
