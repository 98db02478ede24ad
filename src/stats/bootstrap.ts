// The paired percentile bootstrap: resample case indices with replacement (the same indices for
// both arms, which keeps the pairing), recompute the statistic on each arm, and read the
// interval of the comparison off the percentiles of the replicates (Efron & Tibshirani 1993,
// "An Introduction to the Bootstrap", §13.3). The percentiles use NumPy's default 'linear'
// rule, as scipy.stats.bootstrap(method='percentile') does.
import { lerp, quantileInPlace, quantileOfSorted, quantilePosition } from './quantile.js';
import type { QuantileMethod } from './quantile.js';
import { Mulberry32, RANDOM_ALGORITHM } from './random.js';
import { formatSignature, makeInterval } from './signature.js';
import type { Interval } from './signature.js';
import { checkConfidence, checkFiniteSample, checkOneOf, checkSameLength } from './validation.js';

/**
 * What to compute on each arm: a named statistic, a quantile (e.g. `{ quantile: 0.95 }` for
 * p95 latency, NumPy's 'linear' method unless another is named), or a function of the
 * resampled values. A function receives a reused buffer: it must not keep a reference to it,
 * and may reorder it.
 */
export type BootstrapStatistic =
  'mean' | 'sum' | 'median' | { quantile: number; method?: QuantileMethod } | ((values: Float64Array) => number);

export interface PairedBootstrapOptions {
  statistic?: BootstrapStatistic;
  /** 'diff' (default): statistic(a) - statistic(b), in SciPy's order (first minus second);
   * 'ratio': statistic(a) / statistic(b), e.g. the p95 latency or total cost of a candidate
   * (a) relative to its baseline (b). */
  compare?: 'diff' | 'ratio';
  resamples?: number;
  confidence?: number;
  /** Integer seed of the generator (default 0). */
  seed?: number;
}

export interface PairedBootstrapResult {
  /** The comparison on the original data; `undefined` for no pairs, or a ratio whose
   * statistic(b) is 0. */
  estimate: number | undefined;
  /** Percentile interval of the comparison; `undefined` when the estimate is, or when the
   * ratio is undefined in some resample (its statistic(b) was 0). */
  interval: Interval | undefined;
  /** The bootstrap replicates of the comparison, sorted ascending (empty when the estimate is
   * undefined), for one-sided p-values or other percentiles. */
  replicates: Float64Array;
  resamples: number;
  seed: number;
  signature: string;
}

/** Computes statistic(a) and statistic(b) of one resample, given the multiplicity of each
 * original case in it. */
type ResampleStatistic = (counts: Uint32Array) => readonly [number, number];

/** Draws one resample and returns its statistic on both arms. */
type Resampler = () => readonly [number, number];

/** Mean or sum: accumulate the drawn cases directly, with no copying and no counts. */
function additive(a: Float64Array, b: Float64Array, mean: boolean, generator: Mulberry32): Resampler {
  const n = a.length;
  const divisor = mean ? n : 1;
  return () => {
    let sa = 0;
    let sb = 0;
    for (let i = 0; i < n; i++) {
      const k = generator.index(n);
      sa += a[k] as number;
      sb += b[k] as number;
    }
    return [sa / divisor, sb / divisor];
  };
}

/** Other statistics see the resample as the multiplicity of each case. */
function counted(n: number, generator: Mulberry32, statistic: ResampleStatistic): Resampler {
  const counts = new Uint32Array(n);
  return () => {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const k = generator.index(n);
      counts[k] = (counts[k] as number) + 1;
    }
    return statistic(counts);
  };
}

/** statistic(a) − statistic(b), or their ratio (undefined when statistic(b) is 0). */
function comparison(compare: 'diff' | 'ratio'): (sa: number, sb: number) => number {
  return compare === 'diff' ? (sa, sb) => sa - sb : (sa, sb) => (sb === 0 ? NaN : sa / sb);
}

function statisticName(statistic: BootstrapStatistic): string {
  if (typeof statistic === 'function') return statistic.name ? `fn:${statistic.name}` : 'fn';
  if (typeof statistic === 'string') return statistic;
  const method = statistic.method && statistic.method !== 'linear' ? `/${statistic.method}` : '';
  return `q${statistic.quantile}${method}`;
}

function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i] as number;
  return s;
}

/**
 * A quantile of each arm from the multiplicities: with each arm sorted once, the k-th order
 * statistic of a resample is found by walking the sorted cases and adding up how often each
 * was drawn, from whichever end is nearer. O(n) per resample with no sorting or swapping.
 */
function orderStatistic(a: Float64Array, b: Float64Array, q: number, method: QuantileMethod): ResampleStatistic {
  const n = a.length;
  const { lower, upper, weight } = quantilePosition(n, q, method);
  const arm = (values: Float64Array) => {
    // filled by loops: an iterator over 100,000 keys allocates a result object per key
    const order = new Uint32Array(values.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort((i, j) => (values[i] as number) - (values[j] as number));
    const sorted = new Float64Array(order.length);
    for (let i = 0; i < order.length; i++) sorted[i] = values[order[i]!] as number;
    return { order, sorted };
  };
  const arms = [arm(a), arm(b)] as const;
  // The value at 0-based position `position` of the resample, and the one after it.
  const at = (counts: Uint32Array, order: Uint32Array, sorted: Float64Array, position: number): [number, number] => {
    if (position < n / 2) {
      let seen = 0;
      for (let j = 0; j < n; j++) {
        seen += counts[order[j] as number] as number;
        if (seen > position) {
          if (seen > position + 1) return [sorted[j] as number, sorted[j] as number];
          for (let k = j + 1; k < n; k++) {
            if ((counts[order[k] as number] as number) > 0) return [sorted[j] as number, sorted[k] as number];
          }
          return [sorted[j] as number, sorted[j] as number];
        }
      }
    } else {
      // Count from the top: position p is preceded by n - 1 - p values above it.
      const above = n - 1 - position;
      let seen = 0;
      let next = NaN;
      for (let j = n - 1; j >= 0; j--) {
        const c = counts[order[j] as number] as number;
        if (c === 0) continue;
        if (seen + c > above) {
          // Positions n-1-seen-c+1 .. n-1-seen hold sorted[j]; the one after `position` is
          // sorted[j] again unless `position` is the last of them.
          const after = seen === above ? next : (sorted[j] as number);
          return [sorted[j] as number, after];
        }
        seen += c;
        next = sorted[j] as number;
      }
    }
    return [NaN, NaN];
  };
  const value = (counts: Uint32Array, side: (typeof arms)[number]): number => {
    const [x, y] = at(counts, side.order, side.sorted, lower);
    return upper === lower ? x : lerp(x, y, weight);
  };
  return (counts) => [value(counts, arms[0]), value(counts, arms[1])];
}

/** Any other statistic: materialise each resample into two reused buffers. */
function materialised(
  a: Float64Array,
  b: Float64Array,
  statistic: (values: Float64Array) => number,
): ResampleStatistic {
  const n = a.length;
  const bufferA = new Float64Array(n);
  const bufferB = new Float64Array(n);
  return (counts) => {
    let k = 0;
    for (let i = 0; i < n; i++) {
      for (let c = counts[i] as number; c > 0; c--) {
        bufferA[k] = a[i] as number;
        bufferB[k] = b[i] as number;
        k++;
      }
    }
    return [statistic(bufferA), statistic(bufferB)];
  };
}

export function plainStatistic(statistic: BootstrapStatistic): (values: Float64Array) => number {
  if (typeof statistic === 'function') return statistic;
  if (statistic === 'mean') return (values) => sum(values) / values.length;
  if (statistic === 'sum') return sum;
  const [q, method] =
    statistic === 'median' ? [0.5, 'linear' as const] : [statistic.quantile, statistic.method ?? 'linear'];
  return (values) => quantileInPlace(values, q, method);
}

/**
 * A paired bootstrap confidence interval for statistic(a) - statistic(b) (or their ratio),
 * where a[i] and b[i] are two arms' values on case i (say the candidate's and the baseline's;
 * the order is SciPy's, as in `pairedTTest`): resample the
 * n cases with replacement `resamples` times with a seeded Mulberry32 generator
 * (`RANDOM_ALGORITHM`), and take the (1 - confidence)/2 and (1 + confidence)/2 percentiles of
 * the replicates (the percentile interval, not bias-corrected).
 * Deterministic for a given seed and input.
 */
export function pairedBootstrap(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  options: PairedBootstrapOptions = {},
): PairedBootstrapResult {
  checkSameLength(a, b, 'pairedBootstrap');
  return percentileBootstrap('paired-bootstrap', a, b, options, (statistic, seed) => {
    const generator = new Mulberry32(seed);
    const valuesA = Float64Array.from(a);
    const valuesB = Float64Array.from(b);
    if (statistic === 'mean' || statistic === 'sum') return additive(valuesA, valuesB, statistic === 'mean', generator);
    return counted(
      a.length,
      generator,
      typeof statistic === 'function'
        ? materialised(valuesA, valuesB, statistic)
        : statistic === 'median'
          ? orderStatistic(valuesA, valuesB, 0.5, 'linear')
          : orderStatistic(valuesA, valuesB, statistic.quantile, statistic.method ?? 'linear'),
    );
  });
}

/**
 * What the paired and unpaired bootstraps share: checking the options, the signature, the
 * comparison on the original data, and the percentile interval read off the sorted
 * replicates. `sampler` draws one resample and returns the statistic of each arm.
 */
export function percentileBootstrap(
  name: string,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  options: PairedBootstrapOptions,
  sampler: (statistic: BootstrapStatistic, seed: number) => () => readonly [number, number],
): PairedBootstrapResult {
  checkFiniteSample(a, 'a');
  checkFiniteSample(b, 'b');
  const statistic = options.statistic ?? 'mean';
  const compare = checkOneOf(options.compare ?? 'diff', ['diff', 'ratio'], 'compare');
  const resamples = options.resamples ?? 2000;
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  }
  const confidence = checkConfidence(options.confidence);
  const seed = options.seed ?? 0;
  if (typeof statistic === 'object' && !(statistic.quantile >= 0 && statistic.quantile <= 1)) {
    throw new RangeError(`quantile must lie in [0, 1], got ${statistic.quantile}`);
  }
  const signature = formatSignature(name, {
    stat: statisticName(statistic),
    compare,
    resamples,
    conf: confidence,
    seed,
    rng: RANDOM_ALGORITHM,
    ci: 'percentile',
  });
  const combine = comparison(compare);
  const none = {
    estimate: undefined,
    interval: undefined,
    replicates: new Float64Array(0),
    resamples,
    seed,
    signature,
  };
  if (a.length === 0 || b.length === 0) return none;

  const plain = plainStatistic(statistic);
  const estimate = combine(plain(Float64Array.from(a)), plain(Float64Array.from(b)));
  if (!Number.isFinite(estimate)) return none;

  const draw = sampler(statistic, seed);
  const replicates = new Float64Array(resamples);
  let defined = true;
  for (let r = 0; r < resamples; r++) {
    const [sa, sb] = draw();
    const value = combine(sa, sb);
    if (!Number.isFinite(value)) defined = false;
    replicates[r] = value;
  }
  replicates.sort();
  if (!defined) return { ...none, estimate, replicates };
  const tail = (1 - confidence) / 2;
  const interval = makeInterval(quantileOfSorted(replicates, tail), quantileOfSorted(replicates, 1 - tail), signature);
  return { estimate, interval, replicates, resamples, seed, signature };
}
