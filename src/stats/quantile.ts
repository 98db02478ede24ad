// Sample quantiles with NumPy's nine Hyndman & Fan methods (numpy.quantile(a, q, method=...),
// NumPy 2.x; Hyndman & Fan 1996, "Sample quantiles in statistical packages", The American
// Statistician 50:361). The arithmetic follows NumPy's expression by expression so that the
// discrete methods make the same choices at the same floating-point boundaries.

export type QuantileMethod =
  | 'inverted_cdf'
  | 'averaged_inverted_cdf'
  | 'closest_observation'
  | 'interpolated_inverted_cdf'
  | 'hazen'
  | 'weibull'
  | 'linear'
  | 'median_unbiased'
  | 'normal_unbiased';

export const QUANTILE_METHODS: readonly QuantileMethod[] = [
  'inverted_cdf',
  'averaged_inverted_cdf',
  'closest_observation',
  'interpolated_inverted_cdf',
  'hazen',
  'weibull',
  'linear',
  'median_unbiased',
  'normal_unbiased',
];

export interface QuantileOptions {
  /** Default 'linear' (Hyndman & Fan type 7, NumPy's and R's default). */
  method?: QuantileMethod;
}

/** Where a quantile lies in the sorted sample: the value is
 * lerp(sorted[lower], sorted[lower + 1 or lower], weight). */
export interface QuantilePosition {
  lower: number;
  upper: number;
  weight: number;
}

// (alpha, beta) plotting positions of the continuous methods (NumPy `_compute_virtual_index`).
const CONTINUOUS: Partial<Record<QuantileMethod, readonly [number, number]>> = {
  interpolated_inverted_cdf: [0, 1],
  hazen: [0.5, 0.5],
  weibull: [0, 0],
  median_unbiased: [1 / 3.0, 1 / 3.0],
  normal_unbiased: [3 / 8.0, 3 / 8.0],
};

/** NumPy `_discrete_interpolation_to_boundaries`: floor or floor + 1, clipped at 0. */
function discreteIndex(index: number, chooseFloor: (gamma: number, index: number) => boolean): number {
  const previous = Math.floor(index);
  const gamma = index - previous;
  const chosen = chooseFloor(gamma, index) ? previous : previous + 1;
  return Math.max(0, chosen);
}

/** The order statistics (0-based) and weight that give the q-th quantile of n sorted values. */
export function quantilePosition(n: number, q: number, method: QuantileMethod): QuantilePosition {
  if (method === 'inverted_cdf') {
    const k = discreteIndex(n * q - 1, (gamma) => gamma === 0);
    return { lower: k, upper: k, weight: 0 };
  }
  if (method === 'closest_observation') {
    // "The nearest even order statistic at g = 0" (H&F p. 362): an odd zero-based index.
    const k = discreteIndex(n * q - 1 - 0.5, (gamma, index) => gamma === 0 && Math.floor(index) % 2 === 1);
    return { lower: k, upper: k, weight: 0 };
  }
  let virtual: number;
  if (method === 'linear') virtual = (n - 1) * q;
  else if (method === 'averaged_inverted_cdf') virtual = n * q - 1;
  else {
    const pair = CONTINUOUS[method];
    if (pair === undefined) throw new RangeError(`unknown quantile method '${String(method)}'`);
    const [alpha, beta] = pair;
    virtual = n * q + (alpha + q * (1 - alpha - beta)) - 1;
  }
  // NumPy `_get_indexes`: clamp to the first or last value outside the sample.
  if (virtual >= n - 1) return { lower: n - 1, upper: n - 1, weight: 0 };
  if (virtual < 0) return { lower: 0, upper: 0, weight: 0 };
  const lower = Math.floor(virtual);
  let weight = virtual - lower;
  if (method === 'averaged_inverted_cdf') weight = weight === 0 ? 0.5 : 1;
  return { lower, upper: lower + 1, weight };
}

/** NumPy `_lerp`: a + (b - a)·t, computed from the nearer end for t >= 0.5. */
export function lerp(a: number, b: number, t: number): number {
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** The q-th quantile of values already sorted ascending (n >= 1). */
export function quantileOfSorted(sorted: ArrayLike<number>, q: number, method: QuantileMethod = 'linear'): number {
  const { lower, upper, weight } = quantilePosition(sorted.length, q, method);
  return lerp(sorted[lower] as number, sorted[upper] as number, weight);
}

function checkLevel(q: number): void {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile level must lie in [0, 1], got ${q}`);
}

function sortedCopy(values: ArrayLike<number>): Float64Array {
  const sorted = Float64Array.from(values);
  for (let i = 0; i < sorted.length; i++) {
    if (Number.isNaN(sorted[i])) throw new RangeError(`values[${i}] is NaN`);
  }
  return sorted.sort();
}

/**
 * The q-th sample quantile (numpy.quantile(values, q, method=...)), or one per level when q is
 * an array. `undefined` for an empty sample. Levels must lie in [0, 1]; NaN values are
 * rejected (NumPy would propagate them).
 */
export function quantile(values: ArrayLike<number>, q: number, options?: QuantileOptions): number | undefined;
export function quantile(
  values: ArrayLike<number>,
  q: readonly number[],
  options?: QuantileOptions,
): number[] | undefined;
export function quantile(
  values: ArrayLike<number>,
  q: number | readonly number[],
  options: QuantileOptions = {},
): number | number[] | undefined {
  const method = options.method ?? 'linear';
  if (!QUANTILE_METHODS.includes(method)) throw new RangeError(`unknown quantile method '${String(method)}'`);
  const levels = typeof q === 'number' ? [q] : q;
  levels.forEach(checkLevel);
  if (values.length === 0) return undefined;
  const sorted = sortedCopy(values);
  const results = levels.map((level) => quantileOfSorted(sorted, level, method));
  return typeof q === 'number' ? results[0] : results;
}

/**
 * The q-th quantile of an unsorted buffer in expected linear time, by Hoare's selection
 * (quickselect with a median-of-three pivot) of the one or two order statistics needed. The
 * buffer is reordered in place; the bootstrap uses this to avoid sorting every resample.
 */
export function quantileInPlace(buffer: Float64Array, q: number, method: QuantileMethod = 'linear'): number {
  const n = buffer.length;
  const { lower, upper, weight } = quantilePosition(n, q, method);
  const a = select(buffer, lower);
  if (upper === lower) return a;
  // After selecting `lower`, everything to its right is >= it: the next order statistic is
  // their minimum.
  let b = Infinity;
  for (let i = lower + 1; i < n; i++) {
    const v = buffer[i] as number;
    if (v < b) b = v;
  }
  return lerp(a, b, weight);
}

/** Places the k-th smallest value (0-based) at index k, smaller ones before, larger after. */
function select(buffer: Float64Array, k: number): number {
  let left = 0;
  let right = buffer.length - 1;
  while (right > left) {
    const mid = (left + right) >>> 1;
    // Median of three as the pivot, moved to `left`.
    const x = buffer[left] as number;
    const y = buffer[mid] as number;
    const z = buffer[right] as number;
    const pivotIndex = x < y ? (y < z ? mid : x < z ? right : left) : x < z ? left : y < z ? right : mid;
    swap(buffer, left, pivotIndex);
    const pivot = buffer[left] as number;
    let i = left;
    let j = right + 1;
    for (;;) {
      do i++;
      while (i <= right && (buffer[i] as number) < pivot);
      do j--;
      while ((buffer[j] as number) > pivot);
      if (i >= j) break;
      swap(buffer, i, j);
    }
    swap(buffer, left, j);
    if (j === k) return buffer[k] as number;
    if (j > k) right = j - 1;
    else left = j + 1;
  }
  return buffer[k] as number;
}

function swap(buffer: Float64Array, i: number, j: number): void {
  const t = buffer[i] as number;
  buffer[i] = buffer[j] as number;
  buffer[j] = t;
}
