// McNemar's test for paired binary outcomes, on the discordant counts only.
import { binomialCdf, binomialPmf, chi2Sf1 } from './distributions.js';
import { formatSignature } from './signature.js';
import { checkCount, checkOneOf } from './validation.js';

export type McNemarMethod = 'exact' | 'mid-p' | 'chi2' | 'chi2-corrected';

export interface McNemarOptions {
  method?: McNemarMethod;
}

export interface McNemarResult {
  /** min(b, c) for the exact and mid-p tests; the chi-squared statistic otherwise. */
  statistic: number;
  /** Two-sided p-value. */
  pvalue: number;
  signature: string;
}

/**
 * McNemar's test of marginal homogeneity from the discordant pair counts b (pass→fail, or
 * yes/no) and c (the other way), reproducing statsmodels
 * `statsmodels.stats.contingency_tables.mcnemar(table, exact, correction)`:
 *
 * - `'exact'` (default): 2·P(X <= min(b, c)) for X ~ Binomial(b + c, 1/2), capped at 1
 *   (`exact=True`).
 * - `'mid-p'`: the exact p-value minus P(X = min(b, c)) (Fagerland, Lydersen & Laake 2013,
 *   BMC Medical Research Methodology 13:91, recommend it over the exact test).
 * - `'chi2'`: (b - c)² / (b + c) on 1 df (`exact=False, correction=False`).
 * - `'chi2-corrected'`: (|b - c| - 1)² / (b + c) on 1 df (Edwards' continuity correction,
 *   `exact=False, correction=True`).
 *
 * With no discordant pairs (b = c = 0) there is no evidence of a difference: p = 1 and the
 * statistic is 0 for every method (statsmodels returns nan for the chi-squared forms).
 */
export function mcnemar(b: number, c: number, options: McNemarOptions = {}): McNemarResult {
  checkCount(b, 'b');
  checkCount(c, 'c');
  const method = checkOneOf(options.method ?? 'exact', ['exact', 'mid-p', 'chi2', 'chi2-corrected'], 'method');
  const signature = formatSignature('mcnemar', { method });
  const n = b + c;
  if (n === 0) return { statistic: 0, pvalue: 1, signature };
  if (method === 'exact' || method === 'mid-p') {
    const k = Math.min(b, c);
    const exact = 2 * binomialCdf(k, n, 0.5);
    const pvalue = method === 'exact' ? exact : exact - binomialPmf(k, n, 0.5);
    return { statistic: k, pvalue: Math.min(1, pvalue), signature };
  }
  const correction = method === 'chi2-corrected' ? 1 : 0;
  const statistic = (Math.abs(b - c) - correction) ** 2 / n;
  return { statistic, pvalue: chi2Sf1(statistic), signature };
}
