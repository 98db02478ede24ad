// Fisher's exact test for a 2×2 table (scipy.stats.fisher_exact).
import { formatSignature } from './signature.js';
import { checkCount, normalizeAlternative } from './validation.js';
import type { Alternative } from './validation.js';

export type Table2x2 = readonly [readonly [number, number], readonly [number, number]];

export interface FisherExactOptions {
  alternative?: Alternative;
}

export interface FisherExactResult {
  /** The sample (unconditional) odds ratio a·d / (b·c), as SciPy reports it: Infinity when
   * b·c = 0 < a·d, `undefined` when a row or a column is empty (SciPy: nan). */
  oddsRatio: number | undefined;
  pvalue: number;
  signature: string;
}

// Probabilities within this relative distance of the observed table's count as "equally
// extreme" in the two-sided test: R's fisher.test uses 1 + 1e-7 for the same purpose (SciPy
// uses 1 + 1e-14 with exactly computed probabilities; ours come from a recurrence).
const RELATIVE_TOLERANCE = 1 + 1e-7;

/**
 * Fisher's exact test on `[[a, b], [c, d]]`, conditional on the margins: the count `a` is
 * hypergeometric. 'less' / 'greater' test an odds ratio below / above 1; 'two-sided' sums the
 * probabilities of all tables no more likely than the observed one (SciPy, R).
 * A table with an empty row or column gives p = 1, as in SciPy.
 */
export function fisherExact(table: Table2x2, options: FisherExactOptions = {}): FisherExactResult {
  const [[a, b], [c, d]] = table;
  [a, b, c, d].forEach((v, i) => checkCount(v, `table cell ${i}`));
  const side = normalizeAlternative(options.alternative);
  const signature = formatSignature('fisher-exact', { alt: side });
  if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) {
    return { oddsRatio: undefined, pvalue: 1, signature };
  }
  const oddsRatio = c > 0 && b > 0 ? (a * d) / (c * b) : Infinity;

  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const lo = Math.max(0, col1 - row2);
  const hi = Math.min(col1, row1);
  const weights = hypergeometricWeights(lo, hi, row1, row2, col1);
  let total = 0;
  for (const w of weights) total += w;
  const observed = weights[a - lo] as number;

  let tail = 0;
  for (let x = lo; x <= hi; x++) {
    const w = weights[x - lo] as number;
    const include = side === 'less' ? x <= a : side === 'greater' ? x >= a : w <= observed * RELATIVE_TOLERANCE;
    if (include) tail += w;
  }
  return { oddsRatio, pvalue: Math.min(1, tail / total), signature };
}

/** Unnormalised hypergeometric probabilities of x = lo..hi (x successes among `draws` from
 * `good` successes and `bad` failures), built outwards from the mode with the ratio
 * P(x+1)/P(x) = (good - x)(draws - x) / ((x + 1)(bad - draws + x + 1)), so no factorials
 * overflow and the largest weight is 1. */
function hypergeometricWeights(lo: number, hi: number, good: number, bad: number, draws: number): Float64Array {
  const weights = new Float64Array(hi - lo + 1);
  const mode = Math.min(hi, Math.max(lo, Math.floor(((draws + 1) * (good + 1)) / (good + bad + 2))));
  weights[mode - lo] = 1;
  for (let x = mode; x < hi; x++) {
    const ratio = ((good - x) * (draws - x)) / ((x + 1) * (bad - draws + x + 1));
    weights[x + 1 - lo] = (weights[x - lo] as number) * ratio;
  }
  for (let x = mode; x > lo; x--) {
    // P(x-1)/P(x) is the reciprocal of the ratio above taken at x - 1.
    const ratio = (x * (bad - draws + x)) / ((good - x + 1) * (draws - x + 1));
    weights[x - 1 - lo] = (weights[x - lo] as number) * ratio;
  }
  return weights;
}
