import type { Interval } from './signature.js';
import type { Alternative } from './validation.js';
export type ProportionIntervalMethod = 'wilson' | 'clopper-pearson';
export interface ProportionIntervalOptions {
    method?: ProportionIntervalMethod;
    confidence?: number;
}
/**
 * A two-sided confidence interval for a binomial proportion `count / n`
 * (statsmodels `proportion_confint(count, n, alpha=1-confidence, method=...)`).
 *
 * - `'wilson'` (default): Wilson's score interval (Wilson 1927; Newcombe 1998, method 3).
 * - `'clopper-pearson'`: the exact interval from beta quantiles (statsmodels `method='beta'`);
 *   the bound at 0 successes is 0 and at n successes is 1.
 *
 * `undefined` when n = 0: with no trials the proportion is not estimable.
 */
export declare function proportionInterval(count: number, n: number, options?: ProportionIntervalOptions): Interval | undefined;
/** Wilson's score interval, in statsmodels' arrangement of the formula (n > 0). */
export declare function wilsonBounds(count: number, n: number, alpha: number): [number, number];
export interface ZTestResult {
    /** The z statistic, `undefined` when it is 0/0 (n = 0 in an arm, or a pooled rate of 0 or 1). */
    z: number | undefined;
    pvalue: number | undefined;
    signature: string;
}
export interface TwoProportionZTestOptions {
    alternative?: Alternative;
}
/**
 * The two-sample z-test for equal proportions with the pooled variance
 * (statsmodels `proportions_ztest([c1, c2], [n1, n2], alternative=...)`):
 * z = (p1 - p2) / sqrt(p(1 - p)(1/n1 + 1/n2)) with p = (c1 + c2) / (n1 + n2).
 * 'larger' tests p1 > p2.
 *
 * When every trial in both arms succeeded (or every one failed) the pooled variance is 0 and
 * z is 0/0: the result is `undefined` (statsmodels returns nan).
 */
export declare function twoProportionZTest(c1: number, n1: number, c2: number, n2: number, options?: TwoProportionZTestOptions): ZTestResult;
/** The p-value of a standard normal statistic (statsmodels `_zstat_generic2`). */
export declare function zPValue(z: number, side: 'two-sided' | 'less' | 'greater'): number;
export type ProportionDiffMethod = 'newcombe' | 'wald' | 'agresti-caffo';
export interface ProportionDiffIntervalOptions {
    method?: ProportionDiffMethod;
    confidence?: number;
}
/**
 * A confidence interval for p1 - p2 from two independent samples
 * (statsmodels `confint_proportions_2indep(c1, n1, c2, n2, method=..., compare='diff')`).
 *
 * - `'newcombe'` (default): Newcombe's hybrid score interval (Newcombe 1998, Statistics in
 *   Medicine 17:873, method 10), built from the two Wilson intervals; statsmodels 'newcomb'.
 * - `'wald'`: the unpooled Wald interval. Like statsmodels it is not truncated to [-1, 1] and
 *   is [0, 0] when both arms are all-pass or all-fail.
 * - `'agresti-caffo'`: Wald after adding one success and one failure to each arm
 *   (Agresti & Caffo 2000).
 *
 * `undefined` when either arm is empty.
 */
export declare function proportionDiffInterval(c1: number, n1: number, c2: number, n2: number, options?: ProportionDiffIntervalOptions): Interval | undefined;
