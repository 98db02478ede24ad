// Confidence intervals for the difference between two proportions measured on the same cases
// (paired binary outcomes), e.g. a candidate's and the baseline's pass rate on one dataset.
import { normalIsf } from './distributions.js';
import { wilsonBounds } from './proportions.js';
import { bisect } from './root-finding.js';
import { formatSignature, makeInterval } from './signature.js';
import type { Interval } from './signature.js';
import { checkConfidence, checkCount, checkOneOf } from './validation.js';

export type PairedProportionDiffMethod = 'newcombe' | 'tango';

export interface PairedProportionDiffIntervalOptions {
  method?: PairedProportionDiffMethod;
  confidence?: number;
}

/**
 * A confidence interval for p1 - p2, where p1 = (n11 + n10) / n is the success rate under the
 * first condition and p2 = (n11 + n01) / n under the second, from the paired 2×2 table
 *
 * |              | 2nd success | 2nd failure |
 * |--------------|-------------|-------------|
 * | 1st success  | n11         | n10         |
 * | 1st failure  | n01         | n00         |
 *
 * - `'newcombe'` (default): Newcombe's hybrid score ("square-and-add") interval for paired
 *   data, method 10 of Newcombe (1998), Statistics in Medicine 17:2635–2650. It combines the
 *   Wilson intervals of p1 and p2 with the phi correlation of the table, whose numerator
 *   n11·n00 - n10·n01 is shrunk by n/2 towards zero when positive (Newcombe's correction), as
 *   in Fagerland, Lydersen & Laake, "Statistical Analysis of Contingency Tables" (2017), §8.5.
 * - `'tango'`: Tango's asymptotic score interval (Tango 1998, Statistics in Medicine
 *   17:891–908): the δ whose restricted-ML score statistic equals ±z, found by bisection.
 *
 * `undefined` when n = 0.
 */
export function pairedProportionDiffInterval(
  n11: number,
  n10: number,
  n01: number,
  n00: number,
  options: PairedProportionDiffIntervalOptions = {},
): Interval | undefined {
  checkCount(n11, 'n11');
  checkCount(n10, 'n10');
  checkCount(n01, 'n01');
  checkCount(n00, 'n00');
  const method = checkOneOf(options.method ?? 'newcombe', ['newcombe', 'tango'], 'method');
  const confidence = checkConfidence(options.confidence);
  const n = n11 + n10 + n01 + n00;
  if (n === 0) return undefined;
  const signature = formatSignature(`paired-diff-${method}`, { conf: confidence });
  const alpha = 1 - confidence;
  const [lo, hi] = method === 'newcombe' ? newcombeBounds(n11, n10, n01, n00, alpha) : tangoBounds(n10, n01, n, alpha);
  return makeInterval(lo, hi, signature);
}

function newcombeBounds(n11: number, n10: number, n01: number, n00: number, alpha: number): [number, number] {
  const n = n11 + n10 + n01 + n00;
  const row1 = n11 + n10;
  const row2 = n01 + n00;
  const col1 = n11 + n01;
  const col2 = n10 + n00;
  const p1 = row1 / n;
  const p2 = col1 / n;
  const [l1, u1] = wilsonBounds(row1, n, alpha);
  const [l2, u2] = wilsonBounds(col1, n, alpha);

  let phi = 0;
  if (row1 > 0 && row2 > 0 && col1 > 0 && col2 > 0) {
    const a = n11 * n00 - n10 * n01;
    const numerator = a > n / 2 ? a - n / 2 : a >= 0 ? 0 : a;
    phi = numerator / Math.sqrt(row1 * row2 * col1 * col2);
  }
  const d = p1 - p2;
  const lower = d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2));
  const upper = d + Math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2 - 2 * phi * (p2 - l2) * (u1 - p1));
  return [lower, upper];
}

function tangoBounds(b: number, c: number, n: number, alpha: number): [number, number] {
  const z = normalIsf(alpha / 2);
  // Tango's score statistic for H0: p1 - p2 = delta, with the restricted maximum-likelihood
  // estimate of the discordant cell probability p01 (Tango 1998, eq. 3 and its quadratic).
  const score = (delta: number): number => {
    const numerator = b - c - n * delta;
    const qa = 2 * n;
    const qb = -b - c + (2 * n - b + c) * delta;
    const qc = -c * delta * (1 - delta);
    const p01 = (Math.sqrt(qb * qb - 4 * qa * qc) - qb) / (2 * qa);
    const variance = n * (2 * p01 + delta * (1 - delta));
    if (variance <= 0) return numerator === 0 ? 0 : numerator > 0 ? Infinity : -Infinity;
    return numerator / Math.sqrt(variance);
  };
  const estimate = (b - c) / n;
  // The score decreases in delta, from +∞ near -1 to -∞ near 1.
  const lower = estimate === -1 ? -1 : (bisect((d) => score(d) - z, -1, estimate) ?? -1);
  const upper = estimate === 1 ? 1 : (bisect((d) => score(d) + z, estimate, 1) ?? 1);
  return [lower, upper];
}
