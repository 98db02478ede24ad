import { describe, expect, it } from 'vitest';
import { classificationReport } from '../../src/metrics/label-index.js';
import { confusionMatrix } from '../../src/metrics/classification.js';

// Reference numbers are scikit-learn's: its docstring examples (the value printed in the
// docstring) and, where marked, a call to scikit-learn 1.2.1 (Debian python3-sklearn).

describe('classificationReport', () => {
  it('reproduces the classification_report docstring example', () => {
    // sklearn.metrics.classification_report docstring: y_true=[0,1,2,2,2],
    // y_pred=[0,0,2,2,1]; printed table (2 decimals) and classification_report(digits=6).
    const r = classificationReport([0, 1, 2, 2, 2], [0, 0, 2, 2, 1]);
    expect(r.labels).toEqual([0, 1, 2]);
    expect(r.accuracy).toBeCloseTo(0.6, 12);
    expect(r.perClass['0']).toEqual({ precision: 0.5, recall: 1, f1: expect.closeTo(0.666667, 6), support: 1 });
    expect(r.perClass['1']).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(r.perClass['2']?.precision).toBe(1);
    expect(r.perClass['2']?.recall).toBeCloseTo(0.666667, 6);
    expect(r.perClass['2']?.f1).toBeCloseTo(0.8, 12);
    expect(r.perClass['2']?.support).toBe(3);
    expect(r.macro.precision).toBeCloseTo(0.5, 12);
    expect(r.macro.recall).toBeCloseTo(0.555556, 6);
    expect(r.macro.f1).toBeCloseTo(0.488889, 6);
    expect(r.weighted.precision).toBeCloseTo(0.7, 12);
    expect(r.weighted.recall).toBeCloseTo(0.6, 12);
    expect(r.weighted.f1).toBeCloseTo(0.613333, 6);
    // micro P = R = F1 = accuracy for single-label multiclass.
    expect(r.micro.precision).toBeCloseTo(0.6, 12);
    expect(r.micro.f1).toBeCloseTo(0.6, 12);
    // sklearn 1.2.1: matthews_corrcoef(...) = 0.4008918628686366,
    // balanced_accuracy_score(...) = 0.5555555555555555.
    expect(r.mcc).toBeCloseTo(0.4008918628686366, 12);
    expect(r.balancedAccuracy).toBeCloseTo(0.5555555555555555, 12);
  });

  it('reproduces the precision_recall_fscore_support docstring averages', () => {
    // docstring: macro (0.22, 0.33, 0.26), micro (0.33, 0.33, 0.33), weighted (0.22, 0.33, 0.26);
    // sklearn 1.2.1 full precision: 0.2222…, 0.3333…, 0.26666666666666666.
    const yTrue = ['cat', 'dog', 'pig', 'cat', 'dog', 'pig'];
    const yPred = ['cat', 'pig', 'dog', 'cat', 'cat', 'dog'];
    const r = classificationReport(yTrue, yPred);
    expect(r.labels).toEqual(['cat', 'dog', 'pig']);
    expect(r.macro.precision).toBeCloseTo(2 / 9, 12);
    expect(r.macro.recall).toBeCloseTo(1 / 3, 12);
    expect(r.macro.f1).toBeCloseTo(0.26666666666666666, 12);
    expect(r.micro).toEqual({ precision: 1 / 3, recall: 1 / 3, f1: expect.closeTo(1 / 3, 12) });
    expect(r.weighted.precision).toBeCloseTo(2 / 9, 12);
    expect(r.weighted.recall).toBeCloseTo(1 / 3, 12);
    expect(r.weighted.f1).toBeCloseTo(0.26666666666666666, 12);
  });

  it('reproduces the f1_score docstring example, including a zero-division class', () => {
    // f1_score docstring: y_true=[0,1,2,0,1,2], y_pred=[0,2,1,0,0,1]:
    // macro 0.26…, micro 0.33…, weighted 0.26…, average=None → [0.8, 0, 0].
    const r = classificationReport([0, 1, 2, 0, 1, 2], [0, 2, 1, 0, 0, 1]);
    expect(r.macro.f1).toBeCloseTo(0.26666666666666666, 12);
    expect(r.micro.f1).toBeCloseTo(1 / 3, 12);
    expect(r.weighted.f1).toBeCloseTo(0.26666666666666666, 12);
    expect([0, 1, 2].map((l) => r.perClass[String(l)]?.f1)).toEqual([expect.closeTo(0.8, 12), 0, 0]);
    // sklearn 1.2.1: matthews_corrcoef = 0.0 (a genuine zero, not 0/0), balanced_accuracy = 1/3.
    expect(r.mcc).toBe(0);
    expect(r.balancedAccuracy).toBeCloseTo(1 / 3, 12);
  });

  it('builds the confusion matrix in label order, as the confusion_matrix docstring', () => {
    // confusion_matrix docstring (both its numeric and its string example).
    expect(confusionMatrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2], [0, 1, 2])).toEqual([
      [2, 0, 0],
      [0, 0, 1],
      [1, 0, 2],
    ]);
    const r = classificationReport(
      ['cat', 'ant', 'cat', 'cat', 'ant', 'bird'],
      ['ant', 'ant', 'cat', 'cat', 'ant', 'cat'],
      { labels: ['ant', 'bird', 'cat'] },
    );
    expect(r.confusionMatrix).toEqual([
      [2, 0, 0],
      [0, 0, 1],
      [1, 0, 2],
    ]);
    // and tn, fp, fn, tp = confusion_matrix([0, 1, 0, 1], [1, 1, 1, 0]).ravel() = (0, 2, 1, 1)
    expect(classificationReport([0, 1, 0, 1], [1, 1, 1, 0]).confusionMatrix).toEqual([
      [0, 2],
      [1, 1],
    ]);
  });

  it('computes MCC as the matthews_corrcoef docstring', () => {
    // matthews_corrcoef docstring: y_true=[+1,+1,+1,-1], y_pred=[+1,-1,+1,+1] → -0.33…
    const r = classificationReport([1, 1, 1, -1], [1, -1, 1, 1]);
    expect(r.mcc).toBeCloseTo(-1 / 3, 12);
  });

  it('computes balanced accuracy as the balanced_accuracy_score docstring', () => {
    // balanced_accuracy_score docstring: [0,1,0,0,1,0] vs [0,1,0,0,0,1] → 0.625.
    expect(classificationReport([0, 1, 0, 0, 1, 0], [0, 1, 0, 0, 0, 1]).balancedAccuracy).toBeCloseTo(0.625, 12);
  });

  it('ignores predicted-only classes in balanced accuracy, as sklearn does', () => {
    // sklearn 1.2.1: balanced_accuracy_score(['a','a','b','b'], ['a','x','b','b']) = 0.75 (with a warning).
    const r = classificationReport(['a', 'a', 'b', 'b'], ['a', 'x', 'b', 'b']);
    expect(r.balancedAccuracy).toBeCloseTo(0.75, 12);
    expect(r.labels).toEqual(['a', 'b', 'x']);
    // the predicted-only class has precision 0 (0 of 1) and recall 0/0 → 0.
    expect(r.perClass.x).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
  });

  it('reports the binary figures of the positive label (average="binary")', () => {
    // sklearn 1.2.1: precision_recall_fscore_support(y_true, y_pred, pos_label='spam',
    // average='binary') = (0.6666666666666666, 0.6666666666666666, 0.6666666666666666)
    const yTrue = ['spam', 'ham', 'spam', 'ham', 'spam', 'ham'];
    const yPred = ['spam', 'spam', 'ham', 'ham', 'spam', 'ham'];
    const r = classificationReport(yTrue, yPred, { positiveLabel: 'spam' });
    expect(r.binary?.precision).toBeCloseTo(2 / 3, 12);
    expect(r.binary?.recall).toBeCloseTo(2 / 3, 12);
    expect(r.binary?.f1).toBeCloseTo(2 / 3, 12);
    expect(r.signature).toBe('classification|labels:observed|zero-division:0|pos:spam');
    expect(classificationReport(yTrue, yPred).binary).toBeUndefined();
  });

  it('restricts per-class rows and averages to the given labels but counts every prediction', () => {
    // sklearn 1.2.1: precision_recall_fscore_support([0,1,2,2,2],[0,0,2,2,1], labels=[2,0],
    // average='micro') = (0.75, 0.75, 0.75): the two predictions of 0 both count against 0's
    // precision, although one of them is a sample of class 1. accuracy_score ignores labels.
    const r = classificationReport([0, 1, 2, 2, 2], [0, 0, 2, 2, 1], { labels: [2, 0] });
    expect(r.labels).toEqual([2, 0]);
    expect(Object.keys(r.perClass).sort()).toEqual(['0', '2']);
    expect(r.micro.precision).toBeCloseTo(0.75, 12);
    expect(r.micro.recall).toBeCloseTo(0.75, 12);
    expect(r.micro.f1).toBeCloseTo(0.75, 12);
    expect(r.confusionMatrix).toEqual([
      [2, 0],
      [0, 1],
    ]);
    expect(r.accuracy).toBeCloseTo(0.6, 12);
  });

  it('scores perfect predictions of one class as accurate, with MCC undefined (sklearn: 0.0)', () => {
    const r = classificationReport(['yes', 'yes', 'yes'], ['yes', 'yes', 'yes']);
    expect(r.accuracy).toBe(1);
    expect(r.balancedAccuracy).toBe(1);
    expect(r.macro).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(r.mcc).toBeUndefined();
  });

  it('treats booleans as labels, false before true', () => {
    const r = classificationReport([true, false, true], [true, true, true]);
    expect(r.labels).toEqual([false, true]);
    expect(r.perClass.true?.precision).toBeCloseTo(2 / 3, 12);
  });

  it('keeps a label named like an Object.prototype key as an ordinary class', () => {
    const r = classificationReport(['__proto__', 'a'], ['__proto__', '__proto__']);
    expect(Object.keys(r.perClass).sort()).toEqual(['__proto__', 'a']);
    expect(r.perClass.__proto__).toEqual({ precision: 0.5, recall: 1, f1: expect.closeTo(2 / 3, 12), support: 1 });
  });

  it('rejects empty, unequal-length and mixed-type input', () => {
    expect(() => classificationReport([], [])).toThrow(RangeError);
    expect(() => classificationReport([1, 2], [1])).toThrow(RangeError);
    expect(() => classificationReport([1, 'a'], [1, 'a'])).toThrow(TypeError);
  });
});
