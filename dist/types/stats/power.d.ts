import type { Alternative } from './validation.js';
/** Cohen's h = 2·asin(√p1) - 2·asin(√p2) (Cohen 1988, §6.2; statsmodels
 * proportion_effectsize(p1, p2)). */
export declare function cohensH(p1: number, p2: number): number;
export interface PowerTwoProportionsOptions {
    /** Cohen's h of p1 versus p2 (see `cohensH`). */
    effectSize: number;
    /** Size of the first sample. */
    n1: number;
    alpha?: number;
    /** n2 / n1 (default 1); 0 means a one-sample test, as in statsmodels. */
    ratio?: number;
    /** 'larger' is the power to detect p1 > p2. */
    alternative?: Alternative;
}
/** The power of the two-sample z-test for proportions at effect size h
 * (statsmodels NormalIndPower().power(effect_size, nobs1, alpha, ratio, alternative)). */
export declare function powerTwoProportions(options: PowerTwoProportionsOptions): number;
export interface SampleSizeTwoProportionsOptions {
    effectSize: number;
    /** Target power, in (0, 1). */
    power: number;
    alpha?: number;
    ratio?: number;
    alternative?: Alternative;
}
/**
 * The size of the first sample (a real number; round it up to plan) at which the z-test
 * reaches the target power (statsmodels NormalIndPower().solve_power(effect_size,
 * nobs1=None, alpha, power, ratio, alternative)). `undefined` when no sample size reaches it:
 * a zero effect, an effect in the direction the one-sided test ignores, or a target power
 * not above alpha.
 */
export declare function sampleSizeTwoProportions(options: SampleSizeTwoProportionsOptions): number | undefined;
export interface MinimumDetectableDropOptions {
    /** The baseline pass rate p. */
    baselineRate: number;
    /** Cases per arm (unpaired) or paired cases. */
    n: number;
    alpha?: number;
    power?: number;
    /** A regression gate asks about a drop only: 'one-sided' (default). */
    sides?: 'one-sided' | 'two-sided';
    /** Set when the same cases are run in both arms. `discordantRate` ψ is the expected share
     * of cases whose outcome differs between the arms. By default it is its value when the two
     * runs are independent, ψ = p(1 - q) + q(1 - p) with q = p - δ; runs that agree more than
     * chance have fewer discordant pairs and detect smaller drops. */
    paired?: {
        discordantRate?: number;
    };
}
/**
 * The smallest drop δ in a pass rate (from p to p - δ) that the comparison detects with the
 * given power at level alpha; `undefined` when no drop up to p itself is detectable.
 *
 * - Unpaired: the δ at which the two-sample z-test on Cohen's h has that power
 *   (`powerTwoProportions` with equal arms), found by bisection.
 * - Paired: Connor's (1987, Biometrics 43:207) normal approximation for McNemar's test with
 *   discordant rate ψ: power = Φ((δ√n - z_α·√ψ) / √(ψ - δ²)), solved for δ in (0, min(ψ, p)]
 *   by bisection. The two-sided version uses z_{α/2} and ignores the far tail.
 */
export declare function minimumDetectableDrop(options: MinimumDetectableDropOptions): number | undefined;
export interface NonInferiorityPowerOptions {
    /** Paired cases. */
    n: number;
    /** The baseline pass rate p; with no `discordantRate`, ψ = 2p(1 − p), its value for independent runs. */
    baselineRate: number;
    /** Share of cases whose outcome differs between the two runs. */
    discordantRate?: number;
    /** The non-inferiority margin m: the test fails a drop only when it is shown to exceed m. */
    margin: number;
    /** One-sided level (default 0.05). */
    alpha?: number;
    /** Tests corrected for: the level is α/tests (Bonferroni, Holm's first step). Default 1. */
    tests?: number;
    power?: number;
}
/**
 * The smallest true drop δ in a paired pass rate that a one-sided non-inferiority test with
 * margin m shows beyond the margin with the given power: δ = m + (z_α + z_power)·SE(δ), with
 * SE(δ) = √((ψ − δ²)/n) (Connor 1987, Biometrics 43:207, the variance of a paired difference
 * of proportions) and ψ ≥ δ, since a drop of δ moves at least δ of the cases. Solved by
 * fixed-point iteration; at most 1. The gate reports it beside each pass-rate rule and
 * `evalgate plan` before a run.
 */
export declare function nonInferiorityDetectableDrop(options: NonInferiorityPowerOptions): number;
/** The paired cases at which `nonInferiorityDetectableDrop` reaches `drop`; `undefined` when the drop is within the margin or needs more than a million cases. */
export declare function nonInferioritySampleSize(options: Omit<NonInferiorityPowerOptions, 'n'> & {
    drop: number;
}): number | undefined;
/**
 * The smallest true shift a one-sided test against margin m detects with the given power,
 * for an estimate with standard error `standardError` (normal approximation):
 * m + (z_α + z_power)·SE.
 */
export declare function detectableShift(options: {
    margin: number;
    standardError: number;
    alpha?: number;
    tests?: number;
    power?: number;
}): number;
/**
 * For planning: the smallest margin a paired pass-rate rule proves (passes) with the given
 * power when nothing changed, at n paired cases: under no change the worsening is 0 with
 * SE = √(ψ/n), and the gate passes when the upper bound falls below the margin, so it needs
 * m ≥ (z_α + z_power)·√(ψ/n). A pass needs every slice to pass on its own (an intersection–union
 * test), so α is not divided across slices here.
 */
export declare function provableMargin(options: Omit<NonInferiorityPowerOptions, 'margin' | 'tests'>): number;
/** For planning: the paired cases at which `provableMargin` falls to `margin`. */
export declare function casesToProve(options: Omit<NonInferiorityPowerOptions, 'n' | 'tests'>): number;
export interface MeanPowerOptions {
    /** Paired cases. */
    n: number;
    /**
     * Standard deviation of the per-case difference between the two runs. Planned from one run
     * (no pairs yet), it is √2·σ for a per-case standard deviation σ: the difference of two
     * independent runs, an upper bound for a paired rerun whose cases move together.
     */
    sdDifference: number;
    /** The margin m in the metric's units. */
    margin: number;
    /** One-sided level (default 0.05). */
    alpha?: number;
    /** Tests corrected for (Bonferroni, Holm's first step). Default 1. */
    tests?: number;
    power?: number;
}
/**
 * The smallest true worsening of a mean over n paired cases that the gate's one-sided paired
 * test with margin m shows beyond the margin with the given power, in the normal
 * approximation of the paired t test: m + (z_α + z_power)·σ_d/√n.
 */
export declare function meanDetectableShift(options: MeanPowerOptions): number;
/** The paired cases at which `meanDetectableShift` reaches `shift` (at least 2, which a t test needs); `undefined` when the shift is within the margin or needs more than a million cases. */
export declare function meanSampleSize(options: Omit<MeanPowerOptions, 'n'> & {
    shift: number;
}): number | undefined;
/**
 * The bootstrap standard error of a statistic of n units (Efron & Tibshirani 1993, ch. 6): the
 * standard deviation of the statistic over `resamples` resamples of the units with replacement,
 * skipping resamples where it is undefined (null). For planning a suite-metric rule from a
 * baseline; seeded, so a plan is reproducible. `undefined` when fewer than two resamples give a
 * value.
 */
export declare function bootstrapStandardError<T>(units: readonly T[], statistic: (sample: readonly T[]) => number | null, options?: {
    resamples?: number;
    seed?: number;
}): number | undefined;
