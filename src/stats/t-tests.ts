// Student's t-tests on two samples, with the confidence interval of the mean difference,
// reproducing scipy.stats.ttest_rel and ttest_ind (equal_var True / False) and their
// `.confidence_interval(confidence_level)`.
import { tPpf, tSf } from './distributions.js';
import { formatSignature, makeInterval } from './signature.js';
import type { Interval } from './signature.js';
import { checkConfidence, checkFiniteSample, checkSameLength, normalizeAlternative } from './validation.js';
import type { Alternative, Side } from './validation.js';

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

function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum / values.length;
}

/** Sum of squared deviations from the mean (two passes, for accuracy). */
function sumSquares(values: ArrayLike<number>, m: number): number {
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const d = (values[i] as number) - m;
    ss += d * d;
  }
  return ss;
}

function finish(
  estimate: number,
  se: number,
  df: number | undefined,
  side: Side,
  confidence: number,
  signature: string,
  nullDifference: number,
): TTestResult {
  let statistic: number | undefined;
  let pvalue: number | undefined;
  const shift = estimate - nullDifference;
  if (se === 0) {
    statistic = shift === 0 ? undefined : shift > 0 ? Infinity : -Infinity;
  } else {
    statistic = shift / se;
  }
  if (statistic !== undefined && df !== undefined) {
    pvalue =
      side === 'greater'
        ? tSf(statistic, df)
        : side === 'less'
          ? tSf(-statistic, df)
          : Math.min(1, 2 * tSf(Math.abs(statistic), df));
  } else if (statistic !== undefined && se === 0) {
    // A constant, non-zero difference: the statistic is infinite whatever df is.
    pvalue = side === 'two-sided' ? 0 : (side === 'greater') === statistic > 0 ? 0 : 1;
  }
  let interval: Interval | undefined;
  if (se === 0) {
    interval = makeInterval(estimate, estimate, signature);
  } else if (df !== undefined) {
    if (side === 'two-sided') {
      const half = tPpf(1 - (1 - confidence) / 2, df) * se;
      interval = makeInterval(estimate - half, estimate + half, signature);
    } else if (side === 'greater') {
      interval = makeInterval(estimate - tPpf(confidence, df) * se, Infinity, signature);
    } else {
      interval = makeInterval(-Infinity, estimate + tPpf(confidence, df) * se, signature);
    }
  }
  return { statistic, df, pvalue, meanDiff: estimate, standardError: se, interval, signature };
}

function prepare(x: ArrayLike<number>, y: ArrayLike<number>, options: TTestOptions) {
  checkFiniteSample(x, 'x');
  checkFiniteSample(y, 'y');
  const nullDifference = options.nullDifference ?? 0;
  if (!Number.isFinite(nullDifference)) throw new RangeError(`nullDifference must be finite, got ${nullDifference}`);
  return {
    side: normalizeAlternative(options.alternative),
    confidence: checkConfidence(options.confidence),
    nullDifference,
  };
}

/** The signature names the null difference only when it is not 0, so existing signatures stay. */
function signatureOf(name: string, side: Side, confidence: number, nullDifference: number): string {
  return formatSignature(name, {
    alt: side,
    conf: confidence,
    ...(nullDifference !== 0 ? { null: nullDifference } : {}),
  });
}

function undefinedResult(meanDiff: number | undefined, df: number | undefined, signature: string): TTestResult {
  return {
    statistic: undefined,
    df,
    pvalue: undefined,
    meanDiff,
    standardError: undefined,
    interval: undefined,
    signature,
  };
}

/**
 * The paired t-test on the differences x[i] - y[i] (scipy.stats.ttest_rel): df = n - 1,
 * se = sd(x - y) / √n. Needs n >= 2; with n = 1 only `meanDiff` is defined.
 */
export function pairedTTest(x: ArrayLike<number>, y: ArrayLike<number>, options: TTestOptions = {}): TTestResult {
  checkSameLength(x, y, 'pairedTTest');
  const { side, confidence, nullDifference } = prepare(x, y, options);
  const signature = signatureOf('paired-t', side, confidence, nullDifference);
  const n = x.length;
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) d[i] = (x[i] as number) - (y[i] as number);
  if (n === 0) return undefinedResult(undefined, undefined, signature);
  const m = mean(d);
  if (n < 2) return undefinedResult(m, undefined, signature);
  const se = Math.sqrt(sumSquares(d, m) / (n - 1) / n);
  return finish(m, se, n - 1, side, confidence, signature, nullDifference);
}

/**
 * Welch's unequal-variance t-test (scipy.stats.ttest_ind(x, y, equal_var=False)) with the
 * Welch–Satterthwaite degrees of freedom. Needs at least 2 values in each sample.
 */
export function welchTTest(x: ArrayLike<number>, y: ArrayLike<number>, options: TTestOptions = {}): TTestResult {
  const { side, confidence, nullDifference } = prepare(x, y, options);
  const signature = signatureOf('welch-t', side, confidence, nullDifference);
  const n1 = x.length;
  const n2 = y.length;
  const meanDiff = n1 > 0 && n2 > 0 ? mean(x) - mean(y) : undefined;
  if (meanDiff === undefined || n1 < 2 || n2 < 2) return undefinedResult(meanDiff, undefined, signature);
  const vn1 = sumSquares(x, mean(x)) / (n1 - 1) / n1;
  const vn2 = sumSquares(y, mean(y)) / (n2 - 1) / n2;
  const denominator = (vn1 * vn1) / (n1 - 1) + (vn2 * vn2) / (n2 - 1);
  // Both samples constant: the Welch df is 0/0 (SciPy substitutes 1; we report none).
  const df = denominator > 0 ? (vn1 + vn2) ** 2 / denominator : undefined;
  return finish(meanDiff, Math.sqrt(vn1 + vn2), df, side, confidence, signature, nullDifference);
}

/**
 * Student's two-sample t-test with pooled variance (scipy.stats.ttest_ind(x, y,
 * equal_var=True)): df = n1 + n2 - 2. Needs both samples non-empty and n1 + n2 >= 3.
 */
export function studentTTest(x: ArrayLike<number>, y: ArrayLike<number>, options: TTestOptions = {}): TTestResult {
  const { side, confidence, nullDifference } = prepare(x, y, options);
  const signature = signatureOf('student-t', side, confidence, nullDifference);
  const n1 = x.length;
  const n2 = y.length;
  const meanDiff = n1 > 0 && n2 > 0 ? mean(x) - mean(y) : undefined;
  const df = n1 + n2 - 2;
  if (meanDiff === undefined || df < 1) return undefinedResult(meanDiff, undefined, signature);
  const pooled = (sumSquares(x, mean(x)) + sumSquares(y, mean(y))) / df;
  return finish(meanDiff, Math.sqrt(pooled * (1 / n1 + 1 / n2)), df, side, confidence, signature, nullDifference);
}
