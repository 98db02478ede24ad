import type { Interval } from './signature.js';
import type { Alternative } from './validation.js';
export interface TTestOptions {
    /** 'greater' tests mean(x) - mean(y) > nullDifference. */
    alternative?: Alternative;
    confidence?: number;
    /** The difference under the null hypothesis (R's `mu`; default 0): a non-inferiority margin
     * is tested as alternative 'less' or 'greater' against it. The interval does not depend on it. */
    nullDifference?: number;
}
export interface TTestResult {
    /** t = meanDiff / standard error; ±Infinity when the standard error is 0 but the means
     * differ (as SciPy), `undefined` when it is 0/0 or the sample is too small. */
    statistic: number | undefined;
    /** Degrees of freedom; `undefined` when they are (Welch with two constant samples) or the
     * sample is too small. */
    df: number | undefined;
    pvalue: number | undefined;
    /** mean(x - y) for the paired test, mean(x) - mean(y) for the others. */
    meanDiff: number | undefined;
    /** The standard error of meanDiff; `undefined` when the sample is too small. */
    standardError: number | undefined;
    /** Confidence interval for the mean difference; one-sided alternatives give an interval
     * with one infinite end, as SciPy's confidence_interval(). */
    interval: Interval | undefined;
    signature: string;
}
/**
 * The paired t-test on the differences x[i] - y[i] (scipy.stats.ttest_rel): df = n - 1,
 * se = sd(x - y) / √n. Needs n >= 2; with n = 1 only `meanDiff` is defined.
 */
export declare function pairedTTest(x: ArrayLike<number>, y: ArrayLike<number>, options?: TTestOptions): TTestResult;
/**
 * Welch's unequal-variance t-test (scipy.stats.ttest_ind(x, y, equal_var=False)) with the
 * Welch–Satterthwaite degrees of freedom. Needs at least 2 values in each sample.
 */
export declare function welchTTest(x: ArrayLike<number>, y: ArrayLike<number>, options?: TTestOptions): TTestResult;
/**
 * Student's two-sample t-test with pooled variance (scipy.stats.ttest_ind(x, y,
 * equal_var=True)): df = n1 + n2 - 2. Needs both samples non-empty and n1 + n2 >= 3.
 */
export declare function studentTTest(x: ArrayLike<number>, y: ArrayLike<number>, options?: TTestOptions): TTestResult;
