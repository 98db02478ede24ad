// Intervals and tests for one proportion and for two independent proportions, reproducing
// statsmodels (proportion_confint, proportions_ztest, confint_proportions_2indep).
import { betaPpf, normalCdf, normalIsf, normalSf } from './distributions.js';
import { formatSignature, makeInterval } from './signature.js';
import type { Interval } from './signature.js';
import { checkConfidence, checkCountOutOf, checkOneOf, normalizeAlternative } from './validation.js';
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
export function proportionInterval(
  count: number,
  n: number,
  options: ProportionIntervalOptions = {},
): Interval | undefined {
  checkCountOutOf(count, n, 'count', 'n');
  const method = checkOneOf(options.method ?? 'wilson', ['wilson', 'clopper-pearson'], 'method');
  const confidence = checkConfidence(options.confidence);
  if (n === 0) return undefined;
  const signature = formatSignature(method, { conf: confidence });
  const alpha = 1 - confidence;
  if (method === 'clopper-pearson') {
    const lo = count === 0 ? 0 : betaPpf(alpha / 2, count, n - count + 1);
    const hi = count === n ? 1 : betaPpf(1 - alpha / 2, count + 1, n - count);
    return makeInterval(lo, hi, signature);
  }
  const [lo, hi] = wilsonBounds(count, n, alpha);
  return makeInterval(lo, hi, signature);
}

/** Wilson's score interval, in statsmodels' arrangement of the formula (n > 0). */
export function wilsonBounds(count: number, n: number, alpha: number): [number, number] {
  const p = count / n;
  const crit = normalIsf(alpha / 2);
  const crit2 = crit * crit;
  const denom = 1 + crit2 / n;
  const center = (p + crit2 / (2 * n)) / denom;
  const dist = (crit * Math.sqrt((p * (1 - p)) / n + crit2 / (4 * n * n))) / denom;
  // The bounds lie in [0, 1] mathematically; clamp the last-bit rounding at p = 0 or 1.
  return [Math.max(0, center - dist), Math.min(1, center + dist)];
}

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
export function twoProportionZTest(
  c1: number,
  n1: number,
  c2: number,
  n2: number,
  options: TwoProportionZTestOptions = {},
): ZTestResult {
  checkCountOutOf(c1, n1, 'c1', 'n1');
  checkCountOutOf(c2, n2, 'c2', 'n2');
  const side = normalizeAlternative(options.alternative);
  const signature = formatSignature('two-proportion-z', { pooled: true, alt: side });
  if (n1 === 0 || n2 === 0) return { z: undefined, pvalue: undefined, signature };
  const diff = c1 / n1 - c2 / n2;
  const pooled = (c1 + c2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return { z: undefined, pvalue: undefined, signature };
  const z = diff / se;
  return { z, pvalue: zPValue(z, side), signature };
}

/** The p-value of a standard normal statistic (statsmodels `_zstat_generic2`). */
export function zPValue(z: number, side: 'two-sided' | 'less' | 'greater'): number {
  if (side === 'greater') return normalSf(z);
  if (side === 'less') return normalCdf(z);
  return Math.min(1, 2 * normalSf(Math.abs(z)));
}

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
export function proportionDiffInterval(
  c1: number,
  n1: number,
  c2: number,
  n2: number,
  options: ProportionDiffIntervalOptions = {},
): Interval | undefined {
  checkCountOutOf(c1, n1, 'c1', 'n1');
  checkCountOutOf(c2, n2, 'c2', 'n2');
  const method = checkOneOf(options.method ?? 'newcombe', ['newcombe', 'wald', 'agresti-caffo'], 'method');
  const confidence = checkConfidence(options.confidence);
  if (n1 === 0 || n2 === 0) return undefined;
  const signature = formatSignature(`diff-${method}`, { conf: confidence });
  const alpha = 1 - confidence;
  const p1 = c1 / n1;
  const p2 = c2 / n2;
  if (method === 'newcombe') {
    const [lo1, hi1] = wilsonBounds(c1, n1, alpha);
    const [lo2, hi2] = wilsonBounds(c2, n2, alpha);
    const diff = p1 - p2;
    const dLow = Math.sqrt((p1 - lo1) ** 2 + (hi2 - p2) ** 2);
    const dUpp = Math.sqrt((p2 - lo2) ** 2 + (hi1 - p1) ** 2);
    return makeInterval(diff - dLow, diff + dUpp, signature);
  }
  const add = method === 'agresti-caffo' ? 1 : 0;
  const q1 = (c1 + add) / (n1 + 2 * add);
  const q2 = (c2 + add) / (n2 + 2 * add);
  const se = Math.sqrt((q1 * (1 - q1)) / (n1 + 2 * add) + (q2 * (1 - q2)) / (n2 + 2 * add));
  const half = normalIsf(alpha / 2) * se;
  return makeInterval(q1 - q2 - half, q1 - q2 + half, signature);
}
