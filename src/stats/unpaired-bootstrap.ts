// The two-sample percentile bootstrap for samples that do not pair: each sample is resampled
// on its own (Efron & Tibshirani 1993, "An Introduction to the Bootstrap", §8.3), and the
// interval of statistic(a) − statistic(b) (or their ratio) is read off the percentiles of
// the replicates, with NumPy's default 'linear' rule as scipy.stats.bootstrap uses.
import {
  percentileBootstrap,
  plainStatistic,
  type PairedBootstrapOptions,
  type PairedBootstrapResult,
} from './bootstrap.js';
import { createRandom } from './random.js';

export type UnpairedBootstrapOptions = PairedBootstrapOptions;
export type UnpairedBootstrapResult = PairedBootstrapResult;

/**
 * A bootstrap confidence interval for statistic(a) − statistic(b) (SciPy's order, as in
 * `welchTTest`) or their ratio, when a and b are independent samples of any sizes: each
 * resample draws len(a) values from a and len(b) from b with replacement, from one seeded
 * generator (`RANDOM_ALGORITHM`), a's draws first. Deterministic for a given seed and input.
 */
export function unpairedBootstrap(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  options: UnpairedBootstrapOptions = {},
): UnpairedBootstrapResult {
  return percentileBootstrap('unpaired-bootstrap', a, b, options, (statistic, seed) => {
    const random = createRandom(seed);
    const stat = plainStatistic(statistic);
    const bufferA = new Float64Array(a.length);
    const bufferB = new Float64Array(b.length);
    return () => {
      for (let i = 0; i < a.length; i++) bufferA[i] = a[Math.floor(random() * a.length)] as number;
      for (let i = 0; i < b.length; i++) bufferB[i] = b[Math.floor(random() * b.length)] as number;
      return [stat(bufferA), stat(bufferB)] as const;
    };
  });
}
