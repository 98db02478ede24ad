import type { ScoreRecord } from '../results/run-schema.js';
import type { SuiteStatistic } from '../scorers/suite-metrics.js';
import type { RegressionEvidence } from './regression-test.js';
/**
 * What sorted bootstrap replicates of the worsening say against a margin: the percentile
 * interval at the rule's one-sided confidence, and the p-values as the share of replicates on
 * the null side of the margin (+1 smoothing).
 */
export declare function replicateDecision(worsening: Float64Array, threshold: number, confidence: number): Pick<RegressionEvidence, 'interval' | 'pFail' | 'pPass'>;
/** One case's score records (one per repeat) on one side. */
export type CaseScores = readonly ScoreRecord[];
interface SuiteBootstrapOptions {
    higherIsBetter: boolean;
    /** The margin as a difference in the metric's units (a % margin already multiplied by the baseline). */
    threshold: number;
    confidence: number;
    /** current[i] and baseline[i] are the same case. */
    paired: boolean;
    seed: number;
    resamples: number;
}
/**
 * A suite metric (corpus BLEU, macro-F1, ECE…) compared with the baseline by bootstrap
 * resampling of cases: paired, as sacreBLEU's `--paired-bs` (Koehn 2004, "Statistical
 * Significance Tests for Machine Translation Evaluation"), drawing the same cases for both
 * systems; unpaired when cases did not pair. The percentile interval of the worsening and
 * the share of replicates on each side of the margin decide the rule.
 */
export declare function suiteBootstrapEvidence(current: readonly CaseScores[], baseline: readonly CaseScores[], statistic: SuiteStatistic, o: SuiteBootstrapOptions): RegressionEvidence | null;
export {};
