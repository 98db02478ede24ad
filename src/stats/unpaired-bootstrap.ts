// The two-sample percentile bootstrap for samples that do not pair: each sample is resampled
// on its own (Efron & Tibshirani 1993, "An Introduction to the Bootstrap", §8.3), and the
// interval of statistic(a) − statistic(b) (or their ratio) is read off the percentiles of
// the replicates, with NumPy's default 'linear' rule as scipy.stats.bootstrap uses.
import {
  comparison,
  plainStatistic,
  statisticName,
  type PairedBootstrapOptions,
  type PairedBootstrapResult,
} from './bootstrap.js';
import { quantileOfSorted } from './quantile.js';
import { createRandom, RANDOM_ALGORITHM } from './random.js';
import { formatSignature, makeInterval } from './signature.js';
import { checkConfidence, checkFiniteSample, checkOneOf } from './validation.js';

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
  checkFiniteSample(a, 'a');
  checkFiniteSample(b, 'b');
  const statistic = options.statistic ?? 'mean';
  const compare = checkOneOf(options.compare ?? 'diff', ['diff', 'ratio'], 'compare');
  const resamples = options.resamples ?? 2000;
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  const confidence = checkConfidence(options.confidence);
  const seed = options.seed ?? 0;
  if (typeof statistic === 'object' && !(statistic.quantile >= 0 && statistic.quantile <= 1))
    throw new RangeError(`quantile must lie in [0, 1], got ${statistic.quantile}`);
  const signature = formatSignature('unpaired-bootstrap', {
    stat: statisticName(statistic),
    compare,
    resamples,
    conf: confidence,
    seed,
    rng: RANDOM_ALGORITHM,
    ci: 'percentile',
  });
  const none = {
    estimate: undefined,
    interval: undefined,
    replicates: new Float64Array(0),
    resamples,
    seed,
    signature,
  };
  if (!a.length || !b.length) return none;

  const stat = plainStatistic(statistic);
  const combine = comparison(compare);
  const estimate = combine(stat(Float64Array.from(a)), stat(Float64Array.from(b)));
  if (!Number.isFinite(estimate)) return none;
  const random = createRandom(seed);
  const bufferA = new Float64Array(a.length);
  const bufferB = new Float64Array(b.length);
  const replicates = new Float64Array(resamples);
  let defined = true;
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < a.length; i++) bufferA[i] = a[Math.floor(random() * a.length)] as number;
    for (let i = 0; i < b.length; i++) bufferB[i] = b[Math.floor(random() * b.length)] as number;
    const value = combine(stat(bufferA), stat(bufferB));
    if (!Number.isFinite(value)) defined = false;
    replicates[r] = value;
  }
  replicates.sort();
  if (!defined) return { ...none, estimate, replicates };
  const tail = (1 - confidence) / 2;
  const interval = makeInterval(quantileOfSorted(replicates, tail), quantileOfSorted(replicates, 1 - tail), signature);
  return { estimate, interval, replicates, resamples, seed, signature };
}
