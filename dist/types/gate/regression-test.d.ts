/**
 * The evidence one regression rule weighs: how much worse the current run is than the
 * baseline (`worsening`: positive = worse), with an interval and the two one-sided
 * p-values that decide the outcome against the margin.
 */
export interface RegressionEvidence {
    /** Point estimate of the worsening (a difference, or a ratio when `ratio` is set). */
    worsening: number;
    /** Two-sided interval at 1 − 2α, i.e. the one-sided bounds at the rule's confidence. */
    interval: [number, number];
    /** The margin the worsening is compared with: a difference, or 1 + relative margin for ratios. */
    threshold: number;
    ratio: boolean;
    /** p of H0 "worsening ≤ threshold": small means a real regression beyond the margin. */
    pFail: number;
    /** p of H0 "worsening ≥ threshold": small means non-inferiority is shown. */
    pPass: number;
    /** A p-value for "any change at all" (McNemar mid-p for paired binary outcomes), for the report. */
    pChange: number | null;
    method: string;
    /** Cases on each side (equal when paired). */
    arms: {
        current: number;
        baseline: number;
    };
    /** Units compared: paired cases, or the smaller arm when unpaired. */
    n: number;
    paired: boolean;
    /** The statistic on each side. */
    currentValue: number;
    baselineValue: number;
    /** Standard error of the worsening where the test has one, for the power line. */
    standardError: number | null;
    /** Paired binary outcomes: the share of discordant cases. */
    discordantRate: number | null;
}
interface Orientation {
    higherIsBetter: boolean;
    threshold: number;
    /** One-sided confidence, e.g. 0.95. */
    confidence: number;
}
/** Paired binary outcomes (pass/fail per case): Newcombe's hybrid score interval for paired proportions. */
export declare function pairedBinaryEvidence(current: readonly boolean[], baseline: readonly boolean[], o: Orientation): RegressionEvidence;
/** Independent binary outcomes (cases do not pair): Newcombe's hybrid score interval for two proportions. */
export declare function unpairedBinaryEvidence(current: readonly boolean[], baseline: readonly boolean[], o: Orientation): RegressionEvidence;
/**
 * Means of per-case values (scores, or pass shares over repeats): the paired t test, or
 * Welch's when unpaired, of the worsening against the margin (stats/t-tests.ts with a null
 * difference, checked against SciPy).
 */
export declare function meanEvidence(current: readonly number[], baseline: readonly number[], o: Orientation & {
    paired: boolean;
}): RegressionEvidence;
type BootstrapStatistic = 'sum' | {
    quantile: number;
};
/** A quantile or total (latency p95, cost): a seeded percentile bootstrap of the difference, or the ratio for % margins. */
export declare function bootstrapEvidence(current: readonly number[], baseline: readonly number[], o: Orientation & {
    paired: boolean;
    ratio: boolean;
    statistic: BootstrapStatistic;
    seed: number;
    resamples: number;
}): RegressionEvidence | null;
/**
 * The smallest true worsening this test fails with the given power, at one-sided level α
 * (α/k for k corrected slices, Holm's first step), from stats/power.ts: paired pass rates by
 * their discordance, other tests by their standard error, a bootstrap by the standard error
 * its interval implies. `null` when the test has no usable spread.
 */
export declare function detectableWorsening(e: RegressionEvidence, options: {
    alpha: number;
    tests: number;
    power?: number;
}): number | null;
export {};
