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
export declare function mcnemar(b: number, c: number, options?: McNemarOptions): McNemarResult;
