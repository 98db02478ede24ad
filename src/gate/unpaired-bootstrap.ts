import { createRandom } from '../stats/random.js';
import { quantileInPlace } from '../stats/quantile.js';
import type { BootstrapStatistic } from './regression-test.js';

/**
 * Bootstrap replicates of statistic(b) − statistic(a) (or the ratio) when the two samples do
 * not pair: each is resampled on its own. Replicates are sorted ascending, like pairedBootstrap's.
 */
export function unpairedBootstrapReplicates(
  a: readonly number[],
  b: readonly number[],
  options: { statistic: BootstrapStatistic; compare: 'diff' | 'ratio'; resamples: number; seed: number },
): { estimate: number | undefined; replicates: Float64Array } {
  if (!a.length || !b.length) return { estimate: undefined, replicates: new Float64Array() };
  const random = createRandom(options.seed);
  const stat = (xs: Float64Array) => {
    if (options.statistic === 'sum') return xs.reduce((s, x) => s + x, 0);
    return quantileInPlace(xs, options.statistic.quantile, 'linear');
  };
  const compare = (x: number, y: number) => (options.compare === 'ratio' ? y / x : y - x);
  const bufA = new Float64Array(a.length);
  const bufB = new Float64Array(b.length);
  bufA.set(a);
  bufB.set(b);
  const estimate = compare(stat(bufA), stat(bufB));
  const replicates = new Float64Array(options.resamples);
  for (let r = 0; r < options.resamples; r++) {
    for (let i = 0; i < a.length; i++) bufA[i] = a[Math.floor(random() * a.length)]!;
    for (let i = 0; i < b.length; i++) bufB[i] = b[Math.floor(random() * b.length)]!;
    replicates[r] = compare(stat(bufA), stat(bufB));
  }
  return {
    estimate: Number.isFinite(estimate) ? estimate : undefined,
    replicates: replicates.filter(Number.isFinite).sort(),
  };
}
