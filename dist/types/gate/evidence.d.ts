import { type MetricRef } from '../config/metric-name.js';
import type { RuleConfig } from '../config/schema.js';
import type { CaseRecord, MetricValue } from '../results/run-schema.js';
import type { SuiteStatistic } from '../scorers/suite-metrics.js';
import type { Pair } from './pairing.js';
import { type RegressionEvidence } from './regression-test.js';
export interface EvidenceInput {
    ref: MetricRef;
    rule: RuleConfig;
    /** Records of this target (suite or slice) that pair with the baseline. */
    pairs: readonly Pair[];
    /** All records of this target, both sides, for the unpaired fallback. */
    current: readonly CaseRecord[];
    baseline: readonly CaseRecord[];
    seed: number;
    resamples: number;
    /** For a suite metric (`<scorer>.corpus`, `<scorer>.macro_f1`…): how it is computed from a sample's score records. */
    statistic?: SuiteStatistic;
}
/**
 * Turns a target's records into the test the metric calls for. The unit is the case: with
 * repeats, a case's outcomes are first combined per the rule's `aggregate`, so repeats of one
 * case never count as independent evidence.
 */
export declare function regressionEvidence(input: EvidenceInput): RegressionEvidence | null;
/**
 * An absolute rule's metric with the case as the unit, when cases were repeated: a case's
 * repeats are combined per the rule's `aggregate` first, as for regression rules (README,
 * "repeats never count as independent evidence"). Undefined for metrics that are not per case.
 */
export declare function caseLevelMetric(ref: MetricRef, rule: RuleConfig, records: readonly CaseRecord[], confidence?: number): MetricValue | undefined;
/** How a case's repeats combine for this metric: pass rates by the rule's aggregate, means and error rates by their mean. */
export declare function caseAggregate(ref: MetricRef, rule: RuleConfig): RuleConfig['aggregate'];
