// Label-based classification metrics with scikit-learn semantics
// (sklearn.metrics: precision_recall_fscore_support, confusion_matrix, accuracy_score,
// balanced_accuracy_score, matthews_corrcoef), plus the label and input checks that the
// other modules of this folder share.

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
export function checkPaired(a: ArrayLike<unknown>, b: ArrayLike<unknown>, names: string): void {
  if (a.length !== b.length) {
    throw new RangeError(`${names}: inputs differ in length (${a.length} vs ${b.length})`);
  }
  if (a.length === 0) throw new RangeError(`${names}: empty input`);
}

function labelKind(label: Label): 'string' | 'number' | 'boolean' {
  const kind = typeof label;
  if (kind === 'number' && Number.isNaN(label)) throw new TypeError('a label is NaN');
  if (kind !== 'string' && kind !== 'number' && kind !== 'boolean') {
    throw new TypeError(`labels must be strings, numbers or booleans, got ${kind}`);
  }
  return kind;
}

function compareCodePoints(a: string, b: string): number {
  // NumPy sorts strings by code point; JS `<` compares UTF-16 units, which differs
  // only for astral characters against U+E000–U+FFFF.
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1;
    const d = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
}

/**
 * The sorted union of the given label sequences (sklearn `unique_labels`): numbers
 * ascending, strings by code point, false before true. A mix of kinds is a TypeError,
 * as in sklearn ("Mix of label input types").
 */
export function sortedUniqueLabels(...sequences: readonly (readonly Label[])[]): Label[] {
  const seen = new Set<Label>();
  let kind: string | undefined;
  for (const seq of sequences) {
    for (const label of seq) {
      const k = labelKind(label);
      if (kind !== undefined && k !== kind) {
        throw new TypeError(`mix of label types (${kind} and ${k})`);
      }
      kind = k;
      seen.add(label);
    }
  }
  const out = [...seen];
  if (kind === 'string') return out.sort((a, b) => compareCodePoints(String(a), String(b)));
  return out.sort((a, b) => Number(a) - Number(b));
}

/** Index of every label, for counting into arrays. */
export function labelIndex(labels: readonly Label[]): Map<Label, number> {
  const index = new Map<Label, number>();
  labels.forEach((label, i) => {
    if (index.has(label)) throw new RangeError(`duplicate label ${String(label)}`);
    index.set(label, i);
  });
  return index;
}

/**
 * Confusion matrix over `labels` (sklearn `confusion_matrix`): rows = true, columns =
 * predicted; pairs with either label outside `labels` are left out.
 */
export function confusionMatrix(
  yTrue: readonly Label[],
  yPred: readonly Label[],
  labels: readonly Label[],
): number[][] {
  const index = labelIndex(labels);
  const matrix = labels.map(() => labels.map(() => 0));
  yTrue.forEach((t, i) => {
    const r = index.get(t);
    const c = index.get(yPred[i] as Label);
    const row = r === undefined ? undefined : matrix[r];
    if (row !== undefined && c !== undefined) row[c] = (row[c] ?? 0) + 1;
  });
  return matrix;
}

/** a / b, or 0 when b = 0: sklearn's default `zero_division="warn"` result. */
function divideOrZero(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/**
 * Precision, recall, F1 from counts. F1 = 2·tp / (true + predicted), the count form of
 * 2PR/(P + R) that current sklearn uses; it is 0/0 only when the class is neither true
 * nor predicted anywhere.
 */
function prf(tp: number, predicted: number, actual: number): PrecisionRecallF1 {
  return {
    precision: divideOrZero(tp, predicted),
    recall: divideOrZero(tp, actual),
    f1: divideOrZero(2 * tp, predicted + actual),
  };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}

/**
 * sklearn `matthews_corrcoef` for any number of classes:
 * (c·s − Σ p_k t_k) / sqrt((s² − Σ p_k²)(s² − Σ t_k²)), with t, p the true and
 * predicted class totals, c the correct count and s the sample count.
 */
function matthews(matrix: readonly (readonly number[])[]): number | undefined {
  const k = matrix.length;
  const t = matrix.map((row) => row.reduce((s, v) => s + v, 0));
  const p = Array.from({ length: k }, (_, j) => matrix.reduce((s, row) => s + (row[j] ?? 0), 0));
  const s = t.reduce((a, v) => a + v, 0);
  const c = matrix.reduce((a, row, i) => a + (row[i] ?? 0), 0);
  const dot = (u: readonly number[], v: readonly number[]): number => u.reduce((a, x, i) => a + x * (v[i] ?? 0), 0);
  const covTP = c * s - dot(t, p);
  const covPP = s * s - dot(p, p);
  const covTT = s * s - dot(t, t);
  if (covPP * covTT === 0) return undefined;
  return covTP / Math.sqrt(covTT * covPP);
}

/**
 * Accuracy, per-class and averaged precision/recall/F1, confusion matrix, balanced
 * accuracy and MCC of a single-label classification, matching scikit-learn (zero
 * division → 0 as with its default). Throws RangeError on empty or unequal-length input
 * and TypeError on a mix of label types.
 */
export function classificationReport(
  yTrue: readonly Label[],
  yPred: readonly Label[],
  options: ClassificationReportOptions = {},
): ClassificationReport {
  checkPaired(yTrue, yPred, 'classificationReport');
  const present = sortedUniqueLabels(yTrue, yPred);
  const labels = options.labels === undefined ? present : [...options.labels];
  if (labels.length === 0) throw new RangeError('classificationReport: labels is empty');
  labels.forEach(labelKind);

  // Counts over every sample, as sklearn's multilabel_confusion_matrix takes them: a
  // prediction of class k counts against k's precision whatever the true label was.
  const n = yTrue.length;
  const tp = new Map<Label, number>();
  const predicted = new Map<Label, number>();
  const actual = new Map<Label, number>();
  const bump = (m: Map<Label, number>, key: Label): void => {
    m.set(key, (m.get(key) ?? 0) + 1);
  };
  let correct = 0;
  yTrue.forEach((t, i) => {
    const p = yPred[i] as Label;
    bump(actual, t);
    bump(predicted, p);
    if (t === p) {
      correct += 1;
      bump(tp, t);
    }
  });

  const perClass: Record<string, ClassMetrics> = {};
  const rows = labels.map((label) => {
    const counts = {
      tp: tp.get(label) ?? 0,
      predicted: predicted.get(label) ?? 0,
      actual: actual.get(label) ?? 0,
    };
    const metrics = { ...prf(counts.tp, counts.predicted, counts.actual), support: counts.actual };
    // defineProperty, not assignment: a label may be "__proto__" (model output is untrusted).
    Object.defineProperty(perClass, String(label), {
      value: metrics,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return { counts, metrics };
  });

  const sum = (f: (r: (typeof rows)[number]) => number): number => rows.reduce((s, r) => s + f(r), 0);
  const macro: PrecisionRecallF1 = {
    precision: mean(rows.map((r) => r.metrics.precision)),
    recall: mean(rows.map((r) => r.metrics.recall)),
    f1: mean(rows.map((r) => r.metrics.f1)),
  };
  const micro = prf(
    sum((r) => r.counts.tp),
    sum((r) => r.counts.predicted),
    sum((r) => r.counts.actual),
  );
  const totalSupport = sum((r) => r.metrics.support);
  const weighted: PrecisionRecallF1 = {
    precision: divideOrZero(
      sum((r) => r.metrics.precision * r.metrics.support),
      totalSupport,
    ),
    recall: divideOrZero(
      sum((r) => r.metrics.recall * r.metrics.support),
      totalSupport,
    ),
    f1: divideOrZero(
      sum((r) => r.metrics.f1 * r.metrics.support),
      totalSupport,
    ),
  };

  // balanced_accuracy_score: mean recall over the classes that occur in yTrue (sklearn
  // drops predicted-only classes, with a warning).
  const trueLabels = sortedUniqueLabels(yTrue);
  const balancedAccuracy = mean(trueLabels.map((l) => (tp.get(l) ?? 0) / (actual.get(l) ?? 1)));

  const report: ClassificationReport = {
    labels,
    accuracy: correct / n,
    perClass,
    macro,
    micro,
    weighted,
    confusionMatrix: confusionMatrix(yTrue, yPred, labels),
    balancedAccuracy,
    mcc: matthews(confusionMatrix(yTrue, yPred, present)),
    signature: `classification|labels:${options.labels === undefined ? 'observed' : 'given'}|zero-division:0`,
  };
  if (options.positiveLabel !== undefined) {
    const pos = options.positiveLabel;
    labelKind(pos);
    report.binary = prf(tp.get(pos) ?? 0, predicted.get(pos) ?? 0, actual.get(pos) ?? 0);
    report.signature += `|pos:${String(pos)}`;
  }
  return report;
}

/**
 * Binary ground truth as 0/1: accepts booleans and the numbers 0 and 1 (sklearn's
 * `pos_label=1` convention). Anything else is a RangeError.
 */
export function toBinaryTruth(yTrue: readonly (number | boolean)[], name: string): number[] {
  return yTrue.map((y, i) => {
    if (y === true || y === 1) return 1;
    if (y === false || y === 0) return 0;
    throw new RangeError(`${name}: yTrue[${i}] = ${String(y)} is not 0/1 or a boolean`);
  });
}

/** Throws unless every value is a finite number (optionally also within [0, 1]). */
export function checkFinite(values: readonly number[], name: string, unitInterval = false): void {
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new RangeError(`${name}: value ${i} (${String(v)}) is not a finite number`);
    }
    if (unitInterval && (v < 0 || v > 1)) {
      throw new RangeError(`${name}: value ${i} (${v}) is outside [0, 1]`);
    }
  });
}
