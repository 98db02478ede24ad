/** A class label: the values a classifier, a judge or a human rater can emit. */
export type Label = string | number | boolean;
/** Precision, recall and F1 of one class or one average. */
export interface PrecisionRecallF1 {
    precision: number;
    recall: number;
    f1: number;
}
export interface ClassMetrics extends PrecisionRecallF1 {
    /** Number of true instances of the class (sklearn's `support`). */
    support: number;
}
export interface ClassificationReportOptions {
    /**
     * Labels to report on, in this order (sklearn's `labels`). Default: the sorted union
     * of `yTrue` and `yPred`. Restricts `perClass`, the averages and `confusionMatrix`;
     * `accuracy`, `balancedAccuracy` and `mcc` always use every sample, as their sklearn
     * functions take no `labels`.
     */
    labels?: readonly Label[];
    /** When given, `binary` holds precision/recall/F1 of this class. */
    positiveLabel?: Label;
}
export interface ClassificationReport {
    labels: Label[];
    accuracy: number;
    /** Keyed by `String(label)`. */
    perClass: Record<string, ClassMetrics>;
    macro: PrecisionRecallF1;
    micro: PrecisionRecallF1;
    weighted: PrecisionRecallF1;
    /**
     * The positive class's figures (sklearn `average='binary'`); present only when
     * `positiveLabel` is given. With more than two labels in the data sklearn refuses;
     * here it is the one-vs-rest figures of that class, i.e. sklearn's
     * `precision_recall_fscore_support(labels=[positiveLabel], average=None)`.
     */
    binary?: PrecisionRecallF1;
    /** Rows = true label, columns = predicted label, both in `labels` order. */
    confusionMatrix: number[][];
    balancedAccuracy: number;
    /**
     * Matthews correlation coefficient, sklearn's multiclass formula (Gorodkin 2004 R_K).
     * `undefined` when it is 0/0 (every true or every predicted label is the same class),
     * where sklearn returns 0.0.
     */
    mcc: number | undefined;
    signature: string;
}
/** Throws unless both sequences are non-empty and of equal length. */
export declare function checkPaired(a: ArrayLike<unknown>, b: ArrayLike<unknown>, names: string): void;
/**
 * The sorted union of the given label sequences (sklearn `unique_labels`): numbers
 * ascending, strings by code point, false before true. A mix of kinds is a TypeError,
 * as in sklearn ("Mix of label input types").
 */
export declare function sortedUniqueLabels(...sequences: readonly (readonly Label[])[]): Label[];
/** Index of every label, for counting into arrays. */
export declare function labelIndex(labels: readonly Label[]): Map<Label, number>;
/**
 * Confusion matrix over `labels` (sklearn `confusion_matrix`): rows = true, columns =
 * predicted; pairs with either label outside `labels` are left out.
 */
export declare function confusionMatrix(yTrue: readonly Label[], yPred: readonly Label[], labels: readonly Label[]): number[][];
/**
 * Accuracy, per-class and averaged precision/recall/F1, confusion matrix, balanced
 * accuracy and MCC of a single-label classification, matching scikit-learn (zero
 * division → 0 as with its default). Throws RangeError on empty or unequal-length input
 * and TypeError on a mix of label types.
 */
export declare function classificationReport(yTrue: readonly Label[], yPred: readonly Label[], options?: ClassificationReportOptions): ClassificationReport;
/**
 * Binary ground truth as 0/1: accepts booleans and the numbers 0 and 1 (sklearn's
 * `pos_label=1` convention). Anything else is a RangeError.
 */
export declare function toBinaryTruth(yTrue: readonly (number | boolean)[], name: string): number[];
/** Throws unless every value is a finite number (optionally also within [0, 1]). */
export declare function checkFinite(values: readonly number[], name: string, unitInterval?: boolean): void;
