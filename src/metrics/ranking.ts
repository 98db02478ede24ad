// Threshold-free ranking metrics of a binary scorer, matching scikit-learn's
// roc_auc_score and average_precision_score.

import { checkFinite, checkPaired, toBinaryTruth } from './classification.js';

/** True/false positive counts at each distinct score, highest score first. */
interface CurvePoint {
  tp: number;
  fp: number;
}

/**
 * sklearn `_binary_clf_curve`: sort by score descending and take the cumulative
 * positive/negative counts at the last index of each run of equal scores, so that tied
 * scores move the curve together (one diagonal segment, never an order-dependent step).
 */
function binaryCurve(
  yTrue: readonly (number | boolean)[],
  yScore: readonly number[],
  name: string,
): { points: CurvePoint[]; positives: number; negatives: number } {
  checkPaired(yTrue, yScore, name);
  checkFinite(yScore, name);
  const truth = toBinaryTruth(yTrue, name);
  const order = truth.map((_, i) => i).sort((a, b) => (yScore[b] ?? 0) - (yScore[a] ?? 0));
  const points: CurvePoint[] = [];
  let tp = 0;
  let fp = 0;
  order.forEach((i, k) => {
    if (truth[i] === 1) tp += 1;
    else fp += 1;
    const next = order[k + 1];
    if (next === undefined || yScore[next] !== yScore[i]) points.push({ tp, fp });
  });
  return { points, positives: tp, negatives: fp };
}

/**
 * Area under the ROC curve (sklearn `roc_auc_score`, binary): the trapezoidal area of
 * the curve through the distinct thresholds, which equals P(score⁺ > score⁻) +
 * ½·P(score⁺ = score⁻). Counts stay integers until the final division.
 * `undefined` when `yTrue` holds only one class (sklearn raises there).
 * Throws RangeError on empty, unequal-length or non-finite input.
 */
export function rocAuc(yTrue: readonly (number | boolean)[], yScore: readonly number[]): number | undefined {
  const { points, positives, negatives } = binaryCurve(yTrue, yScore, 'rocAuc');
  if (positives === 0 || negatives === 0) return undefined;
  let twiceArea = 0;
  let prev: CurvePoint = { tp: 0, fp: 0 };
  for (const p of points) {
    twiceArea += (p.fp - prev.fp) * (p.tp + prev.tp);
    prev = p;
  }
  return twiceArea / (2 * positives * negatives);
}

/**
 * Average precision (sklearn `average_precision_score`): AP = Σₙ (Rₙ − Rₙ₋₁)·Pₙ over
 * the distinct thresholds, the step-wise sum without interpolation.
 * `undefined` when `yTrue` holds only one class: with no positives recall is 0/0, and
 * with no negatives AP is 1 whatever the scores, which says nothing about the ranking
 * (sklearn returns 1.0 there, and warns and returns 0 with no positives).
 * Throws RangeError on empty, unequal-length or non-finite input.
 */
export function averagePrecision(yTrue: readonly (number | boolean)[], yScore: readonly number[]): number | undefined {
  const { points, positives, negatives } = binaryCurve(yTrue, yScore, 'averagePrecision');
  if (positives === 0 || negatives === 0) return undefined;
  let ap = 0;
  let prevTp = 0;
  for (const p of points) {
    ap += ((p.tp - prevTp) / positives) * (p.tp / (p.tp + p.fp));
    prevTp = p.tp;
  }
  return ap;
}
