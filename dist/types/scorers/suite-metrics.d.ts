import type { ScorerConfig } from '../config/schema.js';
import { type SuiteStat } from '../config/metric-name.js';
import type { MetricValue, ScoreRecord } from '../results/run-schema.js';
/** The method of the classification metrics, computed as scikit-learn does (src/metrics/classification.ts). */
export declare const SKLEARN = "scikit-learn semantics";
/** A suite metric over the score records of the cases in a sample; null where it is undefined. */
export type SuiteStatistic = (scores: readonly ScoreRecord[]) => number | null;
type Config = {
    id: string;
    type?: string;
} | ScorerConfig;
/** The suite metrics a scorer type has, without the per-class ones. */
export declare function suiteStatsOf(config: Config): SuiteStat[];
/** The classes a classify scorer names in `labels`, else none (then the cases' labels are the classes). */
export declare const declaredClasses: (config: Config) => readonly string[] | undefined;
/** The statistic behind `<scorer>.<stat>[.<class>]`, or undefined when this scorer has no such metric. */
export declare function suiteStatistic(config: Config, stat: SuiteStat, cls?: string): SuiteStatistic | undefined;
/** Every suite metric of a scorer over these records, and its confusion matrix when it classifies. */
export declare function suiteMetricValues(config: Config, scores: readonly ScoreRecord[]): {
    metrics: MetricValue[];
    confusion?: {
        labels: string[];
        matrix: number[][];
    };
};
export {};
