// The Wilcoxon signed-rank test on paired samples (scipy.stats.wilcoxon, SciPy 1.17).
import { normalCdf, normalSf } from './distributions.js';
import { zPValue } from './proportions.js';
import { averageRanks, tieTerm } from './ranks.js';
import { formatSignature } from './signature.js';
import { checkFiniteSample, checkOneOf, checkSameLength, normalizeAlternative } from './validation.js';
import type { Alternative, Side } from './validation.js';

export type WilcoxonMethod = 'auto' | 'exact' | 'approx' | 'asymptotic';
export type WilcoxonZeroMethod = 'wilcox' | 'pratt' | 'zsplit';

export interface WilcoxonOptions {
  /** 'auto' (default, as SciPy): exact when n <= 50 and there are no ties or zeros; an exact
   * sign-flip permutation test when there are ties or zeros and n <= 13; otherwise the normal
   * approximation. 'approx' is SciPy's 'asymptotic' (both spellings accepted). */
  method?: WilcoxonMethod;
  zeroMethod?: WilcoxonZeroMethod;
  /** Continuity correction of the normal approximation (default false, as SciPy). */
  correction?: boolean;
  /** 'greater' tests that x - y is shifted above 0. */
  alternative?: Alternative;
}

export interface WilcoxonResult {
  /** min(R+, R-) for the two-sided test, R+ for one-sided ones (SciPy's convention);
   * `undefined` for empty input. */
  statistic: number | undefined;
  /** `undefined` when no difference is left to rank under the normal approximation. */
  pvalue: number | undefined;
  /** The standardized statistic, present when the normal approximation was used
   * (two-sided: -|z|, as SciPy). */
  z?: number;
  signature: string;
}

interface SignedRankStatistic {
  rPlus: number;
  rMinus: number;
  /** Number of differences ranked (non-zero ones under 'wilcox'). */
  count: number;
  mean: number;
  se: number;
  hasTies: boolean;
}

/** R+, R- and the null mean and standard error of R+ (SciPy `_wilcoxon_statistic`). */
function signedRankStatistic(d: Float64Array, zeroMethod: WilcoxonZeroMethod): SignedRankStatistic {
  const kept = zeroMethod === 'wilcox' ? d.filter((v) => v !== 0) : d;
  const count = kept.length;
  const { ranks, tieSizes } = averageRanks(kept.map(Math.abs));
  let rPlus = 0;
  let rMinus = 0;
  let rZero = 0;
  let nZero = 0;
  for (let i = 0; i < count; i++) {
    const v = kept[i] as number;
    const r = ranks[i] as number;
    if (v > 0) rPlus += r;
    else if (v < 0) rMinus += r;
    else {
      rZero += r;
      nZero++;
    }
  }
  if (zeroMethod === 'zsplit') {
    rPlus += rZero / 2;
    rMinus += rZero / 2;
  }
  let mean = (count * (count + 1)) / 4;
  let variance24 = count * (count + 1) * (2 * count + 1);
  let ties = tieSizes;
  if (zeroMethod === 'pratt' && nZero > 0) {
    // Cureton (1967): the zeros keep their ranks but do not contribute, and their own tie
    // group (the smallest absolute values) leaves the tie correction.
    mean -= (nZero * (nZero + 1)) / 4;
    variance24 -= nZero * (nZero + 1) * (2 * nZero + 1);
    ties = tieSizes.slice(1);
  }
  const se = Math.sqrt((variance24 - tieTerm(ties) / 2) / 24);
  return { rPlus, rMinus, count, mean, se, hasTies: tieSizes.some((t) => t > 1) };
}

/**
 * P(R+ <= j) for j = 0..limit under the null hypothesis with n untied, non-zero differences:
 * P(R+ = k) by the recursion over adding rank i with a fair sign, kept only up to `limit`
 * (mass never moves down, so the truncated entries are exact). O(n · limit).
 */
function signedRankLowerCdf(n: number, limit: number): Float64Array {
  const pmf = new Float64Array(limit + 1);
  pmf[0] = 1;
  for (let i = 1; i <= n; i++) {
    for (let k = limit; k >= 0; k--) {
      pmf[k] = 0.5 * (pmf[k] as number) + (k >= i ? 0.5 * (pmf[k - i] as number) : 0);
    }
  }
  for (let k = 1; k <= limit; k++) pmf[k] = (pmf[k] as number) + (pmf[k - 1] as number);
  return pmf;
}

/** The exact p-value from P(R+ <= k) and P(R+ >= k), each summed on its short side using the
 * symmetry of the null distribution about n(n + 1)/4, as SciPy's WilcoxonDistribution does. */
function exactPValue(rPlus: number, count: number, side: Side): number {
  const max = (count * (count + 1)) / 2;
  const mean = max / 2;
  // With ties or zeros R+ can be fractional while the exact distribution lives on integers;
  // SciPy rounds conservatively (up for the CDF, down for the SF; gh-19872).
  const up = Math.ceil(rPlus);
  const down = Math.floor(rPlus);
  const limit = Math.min(Math.floor(mean) + 1, Math.max(Math.min(up, max - up), Math.min(down, max - down)) + 1);
  const lower = signedRankLowerCdf(count, Math.max(0, limit));
  // P(R+ <= j) for j <= limit.
  const below = (j: number): number => (j < 0 ? 0 : (lower[j] as number));
  const cdf = (k: number): number => (k <= mean ? below(k) : 1 - below(max - k - 1));
  const sf = (k: number): number => (k <= mean ? 1 - below(k - 1) : below(max - k));
  if (side === 'less') return cdf(up);
  if (side === 'greater') return sf(down);
  return Math.min(1, 2 * Math.min(sf(down), cdf(up)));
}

/** The exact permutation p-value: R+ over all 2^n sign flips of the differences, as
 * scipy.stats.permutation_test(permutation_type='samples') computes it when it can enumerate. */
function permutationPValue(d: Float64Array, zeroMethod: WilcoxonZeroMethod, observed: number, side: Side): number {
  const n = d.length;
  const total = 2 ** n;
  const flipped = new Float64Array(n);
  // SciPy compares with a relative tolerance so that equal statistics computed in a different
  // order still count as ties with the observed one.
  const gamma = Math.abs(observed) * 1e-14;
  let atMost = 0;
  let atLeast = 0;
  for (let mask = 0; mask < total; mask++) {
    for (let i = 0; i < n; i++) flipped[i] = mask & (1 << i) ? -(d[i] as number) : (d[i] as number);
    const r = signedRankStatistic(flipped, zeroMethod).rPlus;
    if (r <= observed + gamma) atMost++;
    if (r >= observed - gamma) atLeast++;
  }
  const less = atMost / total;
  const greater = atLeast / total;
  if (side === 'less') return less;
  if (side === 'greater') return greater;
  return Math.min(1, 2 * Math.min(less, greater));
}

/**
 * The Wilcoxon signed-rank test of x - y, or of x itself when y is omitted
 * (scipy.stats.wilcoxon(x, y, zero_method, correction, alternative, method)). Zero
 * differences are dropped ('wilcox'), ranked but not counted ('pratt', with Cureton's
 * adjustment of the normal approximation), or split half to each sign ('zsplit'). The normal
 * approximation uses the tie-corrected variance.
 */
export function wilcoxonSignedRank(
  x: ArrayLike<number>,
  y?: ArrayLike<number>,
  options: WilcoxonOptions = {},
): WilcoxonResult {
  if (y !== undefined) {
    checkSameLength(x, y, 'wilcoxonSignedRank');
    checkFiniteSample(y, 'y');
  }
  checkFiniteSample(x, 'x');
  const requested = checkOneOf(options.method ?? 'auto', ['auto', 'exact', 'approx', 'asymptotic'], 'method');
  const zeroMethod = checkOneOf(options.zeroMethod ?? 'wilcox', ['wilcox', 'pratt', 'zsplit'], 'zeroMethod');
  const correction = options.correction ?? false;
  const side = normalizeAlternative(options.alternative);
  const n = x.length;
  const d = new Float64Array(n);
  let nZero = 0;
  for (let i = 0; i < n; i++) {
    d[i] = (x[i] as number) - (y === undefined ? 0 : (y[i] as number));
    if (d[i] === 0) nZero++;
  }

  const stat = signedRankStatistic(d, zeroMethod);
  // SciPy's 'auto': exact for n <= 50 without ties or zeros; with them, an exact permutation
  // test while 2^n sign flips are few (n <= 13); otherwise the normal approximation.
  const untied = !stat.hasTies && nZero === 0;
  const method: 'exact' | 'approx' | 'permutation' =
    requested === 'exact'
      ? 'exact'
      : requested !== 'auto' || n > 50
        ? 'approx'
        : untied
          ? 'exact'
          : n <= 13
            ? 'permutation'
            : 'approx';
  const signature = formatSignature('wilcoxon', {
    method: requested === 'auto' ? `auto->${method}` : method,
    zero: zeroMethod,
    correction,
    alt: side,
  });
  const statistic = side === 'two-sided' ? Math.min(stat.rPlus, stat.rMinus) : stat.rPlus;
  if (n === 0) return { statistic: undefined, pvalue: undefined, signature };

  if (method === 'exact') {
    return { statistic, pvalue: exactPValue(stat.rPlus, stat.count, side), signature };
  }
  if (method === 'permutation') {
    return { statistic, pvalue: permutationPValue(d, zeroMethod, stat.rPlus, side), signature };
  }
  if (stat.se === 0) return { statistic, pvalue: undefined, signature };
  let z = (stat.rPlus - stat.mean) / stat.se;
  if (correction) {
    const sign = side === 'greater' ? 1 : side === 'less' ? -1 : Math.sign(z);
    z -= (sign * 0.5) / stat.se;
  }
  const pvalue = side === 'two-sided' ? zPValue(z, side) : side === 'greater' ? normalSf(z) : normalCdf(z);
  return { statistic, pvalue, z: side === 'two-sided' ? -Math.abs(z) : z, signature };
}
