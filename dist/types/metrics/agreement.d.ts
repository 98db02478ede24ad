import type { Label } from './classification.js';
export type KappaWeights = 'none' | 'linear' | 'quadratic';
export interface CohenKappaOptions {
    /**
     * Disagreement weight of categories i, j by their position in `labels`:
     * none = [i ≠ j], linear = |i − j|, quadratic = (i − j)². Default none.
     */
    weights?: KappaWeights;
    /** Categories in order (sklearn `labels`); default the sorted union of both raters. */
    labels?: readonly Label[];
}
/**
 * Cohen's kappa of two raters (sklearn `cohen_kappa_score`):
 * κ = 1 − Σ w_ij O_ij / Σ w_ij E_ij, with O the confusion matrix and E the outer product
 * of its margins over n. Throws RangeError on empty or unequal-length input.
 */
export declare function cohenKappa(a: readonly Label[], b: readonly Label[], options?: CohenKappaOptions): number | undefined;
export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';
export interface KrippendorffOptions {
    level?: MeasurementLevel;
    /**
     * Ordered value domain, needed for ordinal string values (the package's
     * `value_domain`). Default: the sorted distinct values present.
     */
    valueDomain?: readonly Label[];
}
/** A rating, or null/undefined/NaN for "this rater did not rate this unit". */
export type Rating = Label | null | undefined;
/**
 * Krippendorff's alpha, α = 1 − D_o / D_e, for `data[rater][unit]` with missing ratings
 * as null. Built from the coincidence matrix o_ck = Σ_u Σ_{i≠j} [c,k pair in u]/(m_u − 1)
 * over units rated by m_u ≥ 2 raters (units with fewer, including all-missing ones, are
 * not pairable and drop out), expected coincidences e_ck = n_c(n_k − [c=k])/(n − 1),
 * and D = Σ δ²·o (resp. e). Returns `undefined` when no unit is pairable or when D_e
 * is 0 (one value only). Throws RangeError when raters rate different numbers of units
 * or there are no raters or units; TypeError for non-numeric interval/ratio data or
 * a value outside `valueDomain`.
 */
export declare function krippendorffAlpha(data: readonly (readonly Rating[])[], options?: KrippendorffOptions): number | undefined;
export type FleissMethod = 'fleiss' | 'randolph';
export interface FleissKappaOptions {
    /** `fleiss`: chance agreement from the category margins; `randolph`: 1/categories (free-marginal). */
    method?: FleissMethod;
}
/**
 * Fleiss' kappa (statsmodels `fleiss_kappa`) from `table[unit][category]` = how many
 * raters put the unit in the category; every unit must have the same number (≥ 2) of
 * ratings. κ = (P̄ − P̄ₑ)/(1 − P̄ₑ) with P̄ the mean per-unit agreement
 * (Σ_j n_ij² − r)/(r(r − 1)) and P̄ₑ = Σ_j p_j² (Fleiss 1971) or 1/k (Randolph 2005).
 * `undefined` when P̄ₑ = 1. Throws RangeError on an empty table, ragged rows,
 * negative or fractional counts, or unequal rater counts.
 */
export declare function fleissKappa(table: readonly (readonly number[])[], options?: FleissKappaOptions): number | undefined;
