/**
 * Area under the ROC curve (sklearn `roc_auc_score`, binary): the trapezoidal area of
 * the curve through the distinct thresholds, which equals P(score⁺ > score⁻) +
 * ½·P(score⁺ = score⁻). Counts stay integers until the final division.
 * `undefined` when `yTrue` holds only one class (sklearn raises there).
 * Throws RangeError on empty, unequal-length or non-finite input.
 */
export declare function rocAuc(yTrue: readonly (number | boolean)[], yScore: readonly number[]): number | undefined;
/**
 * Average precision (sklearn `average_precision_score`): AP = Σₙ (Rₙ − Rₙ₋₁)·Pₙ over
 * the distinct thresholds, the step-wise sum without interpolation.
 * `undefined` when `yTrue` holds only one class: with no positives recall is 0/0, and
 * with no negatives AP is 1 whatever the scores, which says nothing about the ranking
 * (sklearn returns 1.0 there, and warns and returns 0 with no positives).
 * Throws RangeError on empty, unequal-length or non-finite input.
 */
export declare function averagePrecision(yTrue: readonly (number | boolean)[], yScore: readonly number[]): number | undefined;
