import { createRandom } from '../stats/random.js';
import { quantileInPlace } from '../stats/quantile.js';

export interface ReplicateOptions {
  /** `mean`, `sum`, or a quantile in (0, 1) (NumPy's linear method). */
  statistic: 'mean' | 'sum' | number;
  compare: 'diff' | 'ratio';
  resamples: number;
  seed: number;
}

/**
 * The paired bootstrap distribution of statistic(b) − statistic(a) (or the ratio): cases are
 * resampled together so the pairing is kept. The gate needs the replicates themselves to
 * read one-sided p-values at the margin, not only an interval.
 */
export function bootstrapReplicates(a: readonly number[], b: readonly number[], options: ReplicateOptions): { estimate: number; baselineValue: number; currentValue: number; replicates: Float64Array } {
  const n = a.length;
  const stat = statisticOf(options.statistic);
  const bufA = new Float64Array(n);
  const bufB = new Float64Array(n);
  const compare = options.compare === 'ratio' ? (x: number, y: number) => y / x : (x: number, y: number) => y - x;
  bufA.set(a);
  bufB.set(b);
  const baselineValue = stat(bufA);
  const currentValue = stat(bufB);
  const estimate = compare(baselineValue, currentValue);
  const random = createRandom(options.seed);
  const replicates = new Float64Array(options.resamples);
  for (let r = 0; r < options.resamples; r++) {
    for (let i = 0; i < n; i++) {
      const j = Math.floor(random() * n);
      bufA[i] = a[j]!;
      bufB[i] = b[j]!;
    }
    replicates[r] = compare(stat(bufA), stat(bufB));
  }
  return { estimate, baselineValue, currentValue, replicates };
}

function statisticOf(statistic: ReplicateOptions['statistic']): (xs: Float64Array) => number {
  if (statistic === 'mean' || statistic === 'sum') {
    return (xs) => {
      let total = 0;
      for (let i = 0; i < xs.length; i++) total += xs[i]!;
      return statistic === 'sum' ? total : total / xs.length;
    };
  }
  return (xs) => quantileInPlace(xs, statistic, 'linear');
}
