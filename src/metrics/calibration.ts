// Probabilistic-forecast metrics for a binary outcome: Brier score and log loss as in
// scikit-learn, and the expected calibration error of Guo et al. (2017), "On
// Calibration of Modern Neural Networks", ICML, eq. (3).
//
// Throughout, `prob[i]` is the forecast probability that `yTrue[i]` is 1 (true). For an
// LLM gate that is typically "how sure the model (or judge) was that its answer is
// right" with `yTrue` = "the answer was right".

import { checkFinite, checkPaired, toBinaryTruth } from './classification.js';

type Truth = readonly (number | boolean)[];

function prepare(yTrue: Truth, prob: readonly number[], name: string): number[] {
  checkPaired(yTrue, prob, name);
  checkFinite(prob, name, true);
  return toBinaryTruth(yTrue, name);
}

/**
 * Brier score (sklearn `brier_score_loss`): mean of (prob − y)². Throws RangeError on
 * empty or unequal-length input or on a probability outside [0, 1].
 */
export function brierScore(yTrue: Truth, prob: readonly number[]): number {
  const y = prepare(yTrue, prob, 'brierScore');
  return y.reduce((s, yi, i) => s + ((prob[i] ?? 0) - yi) ** 2, 0) / y.length;
}

export interface LogLossOptions {
  /**
   * Probabilities are clipped to [eps, 1 − eps] before taking logs, so that a confident
   * mistake costs −log(eps) instead of infinity. Default: 2⁻⁵² (float64 machine
   * epsilon), the value sklearn ≥ 1.5 uses (`eps="auto"`); older sklearn used 1e-15.
   */
  eps?: number;
}

/**
 * Log loss / binary cross-entropy (sklearn `log_loss` with a 1-d `y_pred` of positive-
 * class probabilities): −mean(y·ln p + (1 − y)·ln(1 − p)) after clipping p to
 * [eps, 1 − eps]. Unlike sklearn, a `yTrue` with one class only is accepted (the loss
 * is still defined). Throws RangeError on empty or unequal-length input, on a
 * probability outside [0, 1], or on eps outside (0, 0.5).
 */
export function logLoss(yTrue: Truth, prob: readonly number[], options: LogLossOptions = {}): number {
  const eps = options.eps ?? Number.EPSILON;
  if (!(eps > 0 && eps < 0.5)) throw new RangeError(`logLoss: eps must be in (0, 0.5), got ${eps}`);
  const y = prepare(yTrue, prob, 'logLoss');
  const total = y.reduce((s, yi, i) => {
    const p = Math.min(Math.max(prob[i] ?? 0, eps), 1 - eps);
    return s + (yi === 1 ? Math.log(p) : Math.log1p(-p));
  }, 0);
  return -total / y.length;
}

/**
 * How the [0, 1] probability range is cut: `equal-width` = M intervals of width 1/M
 * (Guo et al.; sklearn `calibration_curve(strategy="uniform")`), `equal-mass` = edges at
 * the 0, 1/M, …, 1 quantiles of `prob` (sklearn `strategy="quantile"`, linear
 * interpolation). `uniform` and `quantile` are accepted as sklearn's names for them.
 */
export type BinningStrategy = 'equal-width' | 'equal-mass' | 'uniform' | 'quantile';

export interface CalibrationOptions {
  /** Number of bins M (default 10). */
  bins?: number;
  strategy?: BinningStrategy;
}

export interface CalibrationBin {
  lo: number;
  hi: number;
  count: number;
  /** Mean forecast probability in the bin; `undefined` for an empty bin. */
  meanConfidence: number | undefined;
  /** Observed frequency of y = 1 in the bin; `undefined` for an empty bin. */
  accuracy: number | undefined;
}

export interface CalibrationResult {
  ece: number;
  bins: CalibrationBin[];
  signature: string;
}

/** numpy.linspace(0, 1, m + 1): i·(1/m), last edge exactly 1. */
function unitLinspace(m: number): number[] {
  const step = 1 / m;
  return Array.from({ length: m + 1 }, (_, i) => (i === m ? 1 : i * step));
}

/**
 * numpy.percentile(sorted, 100·q) with its default linear method (Hyndman & Fan type 7),
 * step for step: q goes through ×100 and ÷100 as in sklearn's call, and the lerp
 * switches to b − (b − a)(1 − t) for t ≥ 0.5, as numpy's `_lerp` does, so that an edge
 * that lands on a data value does so exactly as in sklearn.
 */
function numpyPercentile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * ((q * 100) / 100);
  const lo = Math.floor(h);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  const t = h - lo;
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/**
 * Expected calibration error, ECE = Σₘ (|Bₘ| / n)·|acc(Bₘ) − conf(Bₘ)| (Guo et al.
 * 2017, eq. 3), where conf is the mean forecast and acc the observed frequency of
 * y = 1 in bin Bₘ. Bins are closed on the right, Bₘ = (loₘ, hiₘ], and the first one
 * also holds lo₀ (so a forecast of exactly 0 lands in the first bin and 1 in the
 * last), the convention of Guo et al. and of sklearn's `calibration_curve`. Equal-width
 * edges are numpy.linspace(0, 1, M + 1) as in sklearn, so an edge may read
 * 0.30000000000000004 where Guo et al. write 3/10. Every bin is returned, empty ones
 * with count 0. Per-bin `meanConfidence`/`accuracy` are exactly
 * sklearn `calibration_curve`'s `prob_pred`/`prob_true` for the non-empty bins.
 * Throws RangeError on empty or unequal-length input, a probability outside [0, 1], or
 * a bin count that is not a positive integer.
 */
export function expectedCalibrationError(
  yTrue: Truth,
  prob: readonly number[],
  options: CalibrationOptions = {},
): CalibrationResult {
  const m = options.bins ?? 10;
  if (!Number.isInteger(m) || m < 1) {
    throw new RangeError(`expectedCalibrationError: bins must be a positive integer, got ${m}`);
  }
  const strategy = options.strategy ?? 'equal-width';
  const equalMass = strategy === 'equal-mass' || strategy === 'quantile';
  if (!equalMass && strategy !== 'equal-width' && strategy !== 'uniform') {
    throw new RangeError(`expectedCalibrationError: unknown strategy ${String(strategy)}`);
  }
  const y = prepare(yTrue, prob, 'expectedCalibrationError');

  // Edges computed as sklearn's calibration_curve computes them, so that a forecast
  // lying on an edge falls in the same bin as there, to the last bit.
  const sorted = [...prob].sort((a, b) => a - b);
  const grid = unitLinspace(m);
  const edges = equalMass ? grid.map((q) => numpyPercentile(sorted, q)) : grid;

  const count = new Array<number>(m).fill(0);
  const sumProb = new Array<number>(m).fill(0);
  const sumTrue = new Array<number>(m).fill(0);
  prob.forEach((p, i) => {
    // First bin whose upper edge is ≥ p (numpy.searchsorted(edges[1:-1], p, 'left')).
    let lo = 0;
    let hi = m - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((edges[mid + 1] ?? 1) >= p) hi = mid;
      else lo = mid + 1;
    }
    count[lo] = (count[lo] ?? 0) + 1;
    sumProb[lo] = (sumProb[lo] ?? 0) + p;
    sumTrue[lo] = (sumTrue[lo] ?? 0) + (y[i] ?? 0);
  });

  let ece = 0;
  const bins: CalibrationBin[] = count.map((c, b) => {
    const meanConfidence = c === 0 ? undefined : (sumProb[b] ?? 0) / c;
    const accuracy = c === 0 ? undefined : (sumTrue[b] ?? 0) / c;
    if (meanConfidence !== undefined && accuracy !== undefined) {
      ece += (c / y.length) * Math.abs(accuracy - meanConfidence);
    }
    return { lo: edges[b] ?? 0, hi: edges[b + 1] ?? 1, count: c, meanConfidence, accuracy };
  });
  return {
    ece,
    bins,
    signature: `ece|bins:${m}|${equalMass ? 'equal-mass' : 'equal-width'}`,
  };
}
