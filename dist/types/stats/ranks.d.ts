export interface Ranking {
    /** 1-based ranks in input order; tied values share the mean of their ranks. */
    ranks: Float64Array;
    /** Sizes of the groups of tied values (every group, including singletons). */
    tieSizes: number[];
}
export declare function averageRanks(values: ArrayLike<number>): Ranking;
/** Σ (t³ - t) over tie groups: the tie correction of the rank tests' variance. */
export declare function tieTerm(tieSizes: readonly number[]): number;
