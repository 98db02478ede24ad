import { describe, expect, it } from 'vitest';
import { averagePrecision, rocAuc } from '../../src/metrics/label-index.js';

// Reference numbers: scikit-learn docstring examples, and where marked a call to
// scikit-learn 1.2.1 (Debian python3-sklearn).

describe('rocAuc', () => {
  it('reproduces the roc_curve / auc docstring example', () => {
    // roc_curve docstring: y=[1,1,2,2], scores=[0.1,0.4,0.35,0.8], pos_label=2 gives
    // fpr=[0,0,0.5,0.5,1], tpr=[0,0.5,0.5,1,1]; auc docstring: metrics.auc(fpr, tpr) = 0.75.
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(0.75, 12);
  });

  it('counts tied scores as half a correct ordering', () => {
    // sklearn 1.2.1: roc_auc_score([0,1,1,0,1,0,1,1,0,0],
    //   [0.2,0.6,0.6,0.6,0.9,0.1,0.3,0.6,0.3,0.9]) = 0.7
    const y = [0, 1, 1, 0, 1, 0, 1, 1, 0, 0];
    const s = [0.2, 0.6, 0.6, 0.6, 0.9, 0.1, 0.3, 0.6, 0.3, 0.9];
    expect(rocAuc(y, s)).toBeCloseTo(0.7, 12);
    // all scores equal: one diagonal segment, AUC = 0.5 whatever the order of the input.
    expect(rocAuc([1, 0, 1, 0, 0], [3, 3, 3, 3, 3])).toBe(0.5);
    expect(rocAuc([0, 0, 0, 1, 1], [3, 3, 3, 3, 3])).toBe(0.5);
  });

  it('is 1 for a perfect ranking and 0 for a reversed one', () => {
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9])).toBe(1);
    expect(rocAuc([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9])).toBe(0);
  });

  it('accepts boolean ground truth', () => {
    expect(rocAuc([false, false, true, true], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(0.75, 12);
  });

  it('is undefined when only one class is present (sklearn raises)', () => {
    expect(rocAuc([1, 1, 1], [0.2, 0.5, 0.9])).toBeUndefined();
    expect(rocAuc([false, false], [0.2, 0.5])).toBeUndefined();
  });

  it('rejects empty, unequal-length, non-binary and non-finite input', () => {
    expect(() => rocAuc([], [])).toThrow(RangeError);
    expect(() => rocAuc([0, 1], [0.5])).toThrow(RangeError);
    expect(() => rocAuc([0, 2], [0.1, 0.5])).toThrow(RangeError);
    expect(() => rocAuc([0, 1], [0.1, Number.NaN])).toThrow(RangeError);
  });
});

describe('averagePrecision', () => {
  it('reproduces the average_precision_score docstring example', () => {
    // average_precision_score docstring: y_true=[0,0,1,1], y_scores=[0.1,0.4,0.35,0.8] → 0.83…
    expect(averagePrecision([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(0.8333333333333333, 12);
  });

  it('groups tied scores into one threshold (no interpolation)', () => {
    // sklearn 1.2.1: average_precision_score([0,1,1,0,1,0,1,1,0,0],
    //   [0.2,0.6,0.6,0.6,0.9,0.1,0.3,0.6,0.3,0.9]) = 0.625
    const y = [0, 1, 1, 0, 1, 0, 1, 1, 0, 0];
    const s = [0.2, 0.6, 0.6, 0.6, 0.9, 0.1, 0.3, 0.6, 0.3, 0.9];
    expect(averagePrecision(y, s)).toBeCloseTo(0.625, 12);
    // all scores tied: a single threshold, AP = prevalence (sklearn 1.2.1: 0.4).
    expect(averagePrecision([1, 0, 1, 0, 0], [3, 3, 3, 3, 3])).toBeCloseTo(0.4, 12);
  });

  it('is 1 for a perfect ranking', () => {
    expect(averagePrecision([0, 1, 0, 1], [0.1, 0.9, 0.2, 0.8])).toBe(1);
  });

  it('is undefined when only one class is present', () => {
    expect(averagePrecision([0, 0, 0], [0.2, 0.5, 0.9])).toBeUndefined();
    expect(averagePrecision([1, 1], [0.2, 0.5])).toBeUndefined();
  });

  it('rejects empty input', () => {
    expect(() => averagePrecision([], [])).toThrow(RangeError);
  });
});
