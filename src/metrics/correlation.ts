// Pearson and Spearman correlation with two-sided p-values, as scipy.stats.pearsonr and
// scipy.stats.spearmanr (defaults: alternative="two-sided", average ranks for ties).

import { checkFinite, checkPaired } from './classification.js';
import { tSf } from '../stats/distributions.js';

export interface CorrelationResult {
  /** The coefficient; `undefined` when an input is constant (SciPy returns NaN). */
  r: number | undefined;
  /** Two-sided p-value for H0: no correlation; `undefined` with `r` (and see spearman). */
  pvalue: number | undefined;
}

function check(x: readonly number[], y: readonly number[], name: string): void {
  checkPaired(x, y, name);
  if (x.length < 2) throw new RangeError(`${name}: needs at least 2 pairs, got ${x.length}`);
  checkFinite(x, name);
  checkFinite(y, name);
}

function centred(v: readonly number[]): number[] {
  const mean = v.reduce((s, a) => s + a, 0) / v.length;
  return v.map((a) => a - mean);
}

/**
 * r = Σ dx·dy / sqrt(Σ dx² · Σ dy²) over deviations from the means, clipped to [−1, 1]
 * against rounding (as SciPy). One square root of the product keeps exact cases exact
 * (a perfect rank agreement gives r = 1, not 1 − 2⁻⁵²). Within a few ulps of |r| = 1
 * the p-value is ill-conditioned, and this and SciPy's rounding can give p = 0 vs ~1e-8.
 */
function coefficient(x: readonly number[], y: readonly number[]): number | undefined {
  const dx = centred(x);
  const dy = centred(y);
  const sxx = dx.reduce((s, a) => s + a * a, 0);
  const syy = dy.reduce((s, a) => s + a * a, 0);
  if (sxx === 0 || syy === 0) return undefined;
  const sxy = dx.reduce((s, a, i) => s + a * (dy[i] ?? 0), 0);
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/**
 * p-value of r under H0 from t = r·sqrt((n − 2)/(1 − r²)) with n − 2 degrees of
 * freedom (SciPy's pearsonr uses the equivalent Beta(n/2 − 1, n/2 − 1) on [−1, 1],
 * spearmanr this t form). Needs n ≥ 3: with n = 2, |r| is always 1.
 */
function tTestPValue(r: number, n: number): number {
  const df = n - 2;
  if (Math.abs(r) === 1) return 0;
  // two-sided p from Student's t with n − 2 degrees of freedom (scipy.stats.pearsonr)
  const t = r * Math.sqrt(df / ((1 - r) * (1 + r)));
  return Number.isFinite(t) ? Math.min(1, 2 * tSf(Math.abs(t), df)) : 0;
}

/**
 * Pearson's product-moment correlation and its two-sided p-value (scipy.stats.pearsonr).
 * With two pairs r = ±1 and p = 1, as SciPy.
 * Throws RangeError on unequal lengths, fewer than 2 pairs, or non-finite values.
 */
export function pearson(x: readonly number[], y: readonly number[]): CorrelationResult {
  check(x, y, 'pearson');
  const r = coefficient(x, y);
  if (r === undefined) return { r, pvalue: undefined };
  // Two points always lie on a line: SciPy sets r = sign(Δx·Δy) and p = 1 (the exact
  // permutation p-value).
  if (x.length === 2) return { r: Math.sign(r), pvalue: 1 };
  return { r, pvalue: tTestPValue(r, x.length) };
}

/** 1-based ranks, ties get the mean of the ranks they span (scipy.stats.rankdata "average"). */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
  const ranks = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1] ?? 0] === values[order[start] ?? 0]) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k] ?? 0] = rank;
    start = end + 1;
  }
  return ranks;
}

/**
 * Spearman's rank correlation (Pearson's r of the average ranks) and its two-sided
 * p-value from the t distribution with n − 2 df (scipy.stats.spearmanr). With two pairs
 * r = ±1 and the p-value is `undefined` (SciPy: NaN).
 * Throws RangeError on unequal lengths, fewer than 2 pairs, or non-finite values.
 */
export function spearman(x: readonly number[], y: readonly number[]): CorrelationResult {
  check(x, y, 'spearman');
  const r = coefficient(averageRanks(x), averageRanks(y));
  if (r === undefined) return { r, pvalue: undefined };
  // SciPy's t form has 0 df with two points and yields NaN there.
  return { r, pvalue: x.length === 2 ? undefined : tTestPValue(r, x.length) };
}
