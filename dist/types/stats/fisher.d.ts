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
/**
 * Fisher's exact test on `[[a, b], [c, d]]`, conditional on the margins: the count `a` is
 * hypergeometric. 'less' / 'greater' test an odds ratio below / above 1; 'two-sided' sums the
 * probabilities of all tables no more likely than the observed one (SciPy, R).
 * A table with an empty row or column gives p = 1, as in SciPy.
 */
export declare function fisherExact(table: Table2x2, options?: FisherExactOptions): FisherExactResult;
