// Average ranks with tie groups (scipy.stats.rankdata(method='average')), shared by the
// rank tests.

export interface Ranking {
  /** 1-based ranks in input order; tied values share the mean of their ranks. */
  ranks: Float64Array;
  /** Sizes of the groups of tied values (every group, including singletons). */
  tieSizes: number[];
}

export function averageRanks(values: ArrayLike<number>): Ranking {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => (values[i] as number) - (values[j] as number));
  const ranks = new Float64Array(n);
  const tieSizes: number[] = [];
  let start = 0;
  while (start < n) {
    let end = start + 1;
    const value = values[order[start] as number] as number;
    while (end < n && values[order[end] as number] === value) end++;
    // Positions start..end-1 hold ranks start+1..end; their mean is (start + 1 + end) / 2.
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k] as number] = rank;
    tieSizes.push(end - start);
    start = end;
  }
  return { ranks, tieSizes };
}

/** Σ (t³ - t) over tie groups: the tie correction of the rank tests' variance. */
export function tieTerm(tieSizes: readonly number[]): number {
  let sum = 0;
  for (const t of tieSizes) sum += t * t * t - t;
  return sum;
}
