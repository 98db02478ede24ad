// Multiple-comparison adjustment of p-values (statsmodels.stats.multitest.multipletests).
import { formatSignature } from './signature.js';
import { checkConfidence, checkOneOf, checkProbability } from './validation.js';

export type PAdjustMethod = 'holm' | 'bh' | 'bonferroni';

export interface AdjustPValuesOptions {
  method?: PAdjustMethod;
  /** Family-wise error rate (holm, bonferroni) or false discovery rate (bh). */
  alpha?: number;
}

export interface AdjustPValuesResult {
  /** Adjusted p-values in input order, capped at 1. */
  adjusted: number[];
  /** Which hypotheses are rejected at `alpha`, in input order. */
  reject: boolean[];
  signature: string;
}

/**
 * Adjusts p-values for multiple comparisons, reproducing statsmodels
 * `multipletests(p, alpha, method)` with method 'holm', 'fdr_bh' or 'bonferroni':
 *
 * - `'holm'` (default): Holm's step-down procedure (Holm 1979), controls the family-wise
 *   error rate; adjusted p(i) = max over j <= i of (m - j + 1)·p(j) in ascending order.
 * - `'bh'`: Benjamini–Hochberg step-up (1995), controls the false discovery rate for
 *   independent or positively dependent tests; adjusted p(i) = min over j >= i of m·p(j)/j.
 * - `'bonferroni'`: m·p.
 *
 * `reject` follows statsmodels' own rule for each method (it compares raw p-values with the
 * step thresholds), which agrees with `adjusted <= alpha` up to rounding.
 */
export function adjustPValues(pvalues: readonly number[], options: AdjustPValuesOptions = {}): AdjustPValuesResult {
  const method = checkOneOf(options.method ?? 'holm', ['holm', 'bh', 'bonferroni'], 'method');
  const alpha = checkConfidence(options.alpha ?? 0.05, 'alpha');
  pvalues.forEach((p, i) => checkProbability(p, `p[${i}]`));
  const signature = formatSignature('p-adjust', { method, alpha });
  const m = pvalues.length;
  const adjusted = new Array<number>(m).fill(0);
  const reject = new Array<boolean>(m).fill(false);
  if (m === 0) return { adjusted, reject, signature };

  if (method === 'bonferroni') {
    pvalues.forEach((p, i) => {
      adjusted[i] = Math.min(1, p * m);
      reject[i] = p <= alpha / m;
    });
    return { adjusted, reject, signature };
  }

  const order = pvalues.map((_, i) => i).sort((i, j) => (pvalues[i] as number) - (pvalues[j] as number));
  const sorted = order.map((i) => pvalues[i] as number);
  const adjustedSorted = new Array<number>(m).fill(0);
  const rejectSorted = new Array<boolean>(m).fill(false);

  if (method === 'holm') {
    // Reject the hypotheses before the first p(k) > alpha / (m - k) (k zero-based).
    let firstKept = m;
    for (let k = 0; k < m; k++) {
      if ((sorted[k] as number) > alpha / (m - k)) {
        firstKept = k;
        break;
      }
    }
    let running = 0;
    for (let k = 0; k < m; k++) {
      running = Math.max(running, (sorted[k] as number) * (m - k));
      adjustedSorted[k] = Math.min(1, running);
      rejectSorted[k] = k < firstKept;
    }
  } else {
    // Reject every hypothesis up to the largest k with p(k) <= (k + 1)/m · alpha.
    let lastRejected = -1;
    for (let k = 0; k < m; k++) {
      if ((sorted[k] as number) <= ((k + 1) / m) * alpha) lastRejected = k;
    }
    let running = Infinity;
    for (let k = m - 1; k >= 0; k--) {
      running = Math.min(running, (sorted[k] as number) / ((k + 1) / m));
      adjustedSorted[k] = Math.min(1, running);
      rejectSorted[k] = k <= lastRejected;
    }
  }
  order.forEach((original, k) => {
    adjusted[original] = adjustedSorted[k] as number;
    reject[original] = rejectSorted[k] as boolean;
  });
  return { adjusted, reject, signature };
}
