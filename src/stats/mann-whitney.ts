// The Mann–Whitney U test on two independent samples (scipy.stats.mannwhitneyu, SciPy 1.17).
import { normalSf } from './distributions.js';
import { averageRanks, tieTerm } from './ranks.js';
import { formatSignature } from './signature.js';
import { checkFiniteSample, checkOneOf, normalizeAlternative } from './validation.js';
import type { Alternative } from './validation.js';

export type MannWhitneyMethod = 'auto' | 'exact' | 'asymptotic';

export interface MannWhitneyOptions {
  /** 'auto' (default, as SciPy): exact when one sample has at most 8 values and there are no
   * ties, otherwise the normal approximation. */
  method?: MannWhitneyMethod;
  /** Continuity correction of the normal approximation (default true, as SciPy). */
  continuity?: boolean;
  /** 'greater' tests that x is stochastically greater than y. */
  alternative?: Alternative;
}

export interface MannWhitneyResult {
  /** U of the first sample: R1 - n1(n1 + 1)/2; `undefined` when a sample is empty. */
  u1: number | undefined;
  pvalue: number | undefined;
  signature: string;
}

/**
 * P(U >= k) under the null hypothesis with sample sizes n1, n2 and no ties. The number of
 * arrangements with U = u is the coefficient of q^u in the Gaussian binomial coefficient
 * [m + n choose m]_q = Π_{i=1..m} (1 - q^(n+i)) / (1 - q^i) (Andrews, "The Theory of
 * Partitions", 1976, Thm 3.1; the generating function of Mann & Whitney 1947), with m the
 * smaller size. Each factor is applied to the coefficients up to the one needed: dividing by
 * (1 - q^i) is a running sum with stride i, multiplying by (1 - q^(n+i)) a shifted
 * difference; coefficients below n + i involve no subtraction, so small tails stay exact.
 * Cost O(m · min(k, mn - k)) time and O(min(k, mn - k)) memory; the distribution's symmetry
 * about mn/2 picks the shorter side.
 */
function exactUpperTail(k: number, n1: number, n2: number): number {
  const m = Math.min(n1, n2);
  const n = Math.max(n1, n2);
  const total = m * n;
  if (k <= 0) return 1;
  if (k > total) return 0;
  // P(U >= k) = P(U <= mn - k) by symmetry, or 1 - P(U <= k - 1): sum the shorter side.
  const complement = k - 1 < total - k;
  const limit = complement ? k - 1 : total - k;
  const coefficients = new Float64Array(limit + 1);
  coefficients[0] = 1;
  let logScale = 0;
  let logTotal = 0; // log C(m + n, m), accumulated factor by factor
  for (let i = 1; i <= m; i++) {
    for (let u = i; u <= limit; u++) coefficients[u] = (coefficients[u] as number) + (coefficients[u - i] as number);
    for (let u = limit; u >= n + i; u--) {
      coefficients[u] = (coefficients[u] as number) - (coefficients[u - n - i] as number);
    }
    logTotal += Math.log((n + i) / i);
    // The recurrences are linear, so the coefficients may be rescaled at will to stay finite.
    let largest = 0;
    for (let u = 0; u <= limit; u++) largest = Math.max(largest, coefficients[u] as number);
    if (largest > 1e200) {
      for (let u = 0; u <= limit; u++) coefficients[u] = (coefficients[u] as number) / largest;
      logScale += Math.log(largest);
    }
  }
  let sum = 0;
  for (let u = 0; u <= limit; u++) sum += coefficients[u] as number;
  const cdf = Math.exp(Math.log(sum) + logScale - logTotal);
  return complement ? 1 - cdf : cdf;
}

/**
 * The Mann–Whitney U test (scipy.stats.mannwhitneyu(x, y, use_continuity, alternative,
 * method)). U1 counts the pairs (x_i, y_j) with x_i > y_j, ties counting 1/2. The normal
 * approximation uses the tie-corrected variance mn/12·((N + 1) - Σ(t³ - t)/(N(N - 1))).
 * With ties the exact test, if requested, is SciPy's: the tail of the untied distribution at
 * floor(U).
 */
export function mannWhitneyU(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: MannWhitneyOptions = {},
): MannWhitneyResult {
  checkFiniteSample(x, 'x');
  checkFiniteSample(y, 'y');
  const requested = checkOneOf(options.method ?? 'auto', ['auto', 'exact', 'asymptotic'], 'method');
  const continuity = options.continuity ?? true;
  const side = normalizeAlternative(options.alternative);
  const n1 = x.length;
  const n2 = y.length;
  const pooled = new Float64Array(n1 + n2);
  for (let i = 0; i < n1; i++) pooled[i] = x[i] as number;
  for (let j = 0; j < n2; j++) pooled[n1 + j] = y[j] as number;
  const { ranks, tieSizes } = averageRanks(pooled);
  const hasTies = tieSizes.some((t) => t > 1);
  const method = requested !== 'auto' ? requested : (n1 > 8 && n2 > 8) || hasTies ? 'asymptotic' : 'exact';
  const signature = formatSignature('mann-whitney', {
    method: requested === 'auto' ? `auto->${method}` : method,
    continuity,
    alt: side,
  });
  if (n1 === 0 || n2 === 0) return { u1: undefined, pvalue: undefined, signature };

  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i] as number;
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  // SciPy always takes an upper tail: of U1 for 'greater', of U2 for 'less', of the larger
  // one (doubled) for 'two-sided'.
  const u = side === 'greater' ? u1 : side === 'less' ? u2 : Math.max(u1, u2);
  const factor = side === 'two-sided' ? 2 : 1;

  let p: number;
  if (method === 'exact') {
    p = exactUpperTail(Math.floor(u), n1, n2);
  } else {
    const n = n1 + n2;
    const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm(tieSizes) / (n * (n - 1))));
    const numerator = u - (n1 * n2) / 2 - (continuity ? 0.5 : 0);
    // All values tied gives s = 0: with the continuity correction z = -∞ and p = 1 (as SciPy);
    // without it z is 0/0 and the p-value is undefined.
    const z = numerator / s;
    if (Number.isNaN(z)) return { u1, pvalue: undefined, signature };
    p = normalSf(z);
  }
  return { u1, pvalue: Math.min(1, Math.max(0, p * factor)), signature };
}
