import { describe, expect, it } from 'vitest';
import { brierScore, expectedCalibrationError, logLoss } from '../../src/metrics/label-index.js';

// Reference numbers: scikit-learn docstring examples, and where marked a call to
// scikit-learn 1.2.1 (Debian python3-sklearn).

describe('brierScore', () => {
  it('reproduces the brier_score_loss docstring example', () => {
    // brier_score_loss docstring: y_true=[0,1,1,0], y_prob=[0.1,0.9,0.8,0.3] → 0.037…
    // (sklearn 1.2.1: 0.03749999999999999)
    expect(brierScore([0, 1, 1, 0], [0.1, 0.9, 0.8, 0.3])).toBeCloseTo(0.0375, 12);
    expect(brierScore([false, true, true, false], [0.1, 0.9, 0.8, 0.3])).toBeCloseTo(0.0375, 12);
  });

  it('is 0 for certain, correct forecasts and 1 for certain, wrong ones', () => {
    expect(brierScore([1, 0], [1, 0])).toBe(0);
    expect(brierScore([1, 0], [0, 1])).toBe(1);
  });

  it('rejects probabilities outside [0, 1] and empty input', () => {
    expect(() => brierScore([1], [1.2])).toThrow(RangeError);
    expect(() => brierScore([], [])).toThrow(RangeError);
  });
});

describe('logLoss', () => {
  it('reproduces the log_loss docstring example', () => {
    // log_loss(["spam","ham","ham","spam"], [[.1,.9],[.9,.1],[.8,.2],[.35,.65]]) = 0.21616…
    // (sklearn 1.2.1: 0.21616187468057912); classes sort ham < spam, so the second column
    // is P(spam) and spam is the positive class.
    expect(logLoss([1, 0, 0, 1], [0.9, 0.1, 0.2, 0.65])).toBeCloseTo(0.21616187468057912, 12);
  });

  it('clips certain, wrong forecasts at eps instead of returning Infinity', () => {
    // sklearn 1.2.1: log_loss([1,0,1], [1.0,0.0,0.0], eps=np.finfo(float).eps)
    //   = 12.014551129705717 (the eps="auto" default of sklearn >= 1.5);
    // log_loss([1,0,1], [1.0,0.0,0.0], eps=1e-15) = 11.512925464970229 (sklearn < 1.5 default).
    expect(logLoss([1, 0, 1], [1, 0, 0])).toBeCloseTo(12.014551129705717, 9);
    expect(logLoss([1, 0, 1], [1, 0, 0], { eps: 1e-15 })).toBeCloseTo(11.512925464970229, 9);
  });

  it('is defined when yTrue holds one class (sklearn asks for `labels` there)', () => {
    expect(logLoss([1, 1], [0.5, 0.5])).toBeCloseTo(Math.LN2, 12);
  });

  it('rejects an eps outside (0, 0.5)', () => {
    expect(() => logLoss([1], [0.5], { eps: 0 })).toThrow(RangeError);
  });
});

describe('expectedCalibrationError', () => {
  it('bins like sklearn calibration_curve (docstring example) and sums |acc − conf| by bin weight', () => {
    // calibration_curve docstring: y_true=[0,0,0,0,1,1,1,1,1],
    // y_pred=[0.1,0.2,0.3,0.4,0.65,0.7,0.8,0.9,1.], n_bins=3 →
    // prob_true=[0, 0.5, 1], prob_pred=[0.2, 0.525, 0.85].
    // ECE = Σ count/n·|prob_true − prob_pred| with counts [3, 2, 4] (np.bincount of
    // np.searchsorted(bins[1:-1], y_pred)) = 0.13888888888888892 (numpy 1.24).
    const y = [0, 0, 0, 0, 1, 1, 1, 1, 1];
    const p = [0.1, 0.2, 0.3, 0.4, 0.65, 0.7, 0.8, 0.9, 1];
    const r = expectedCalibrationError(y, p, { bins: 3 });
    expect(r.ece).toBeCloseTo(0.13888888888888892, 12);
    expect(r.bins.map((b) => b.count)).toEqual([3, 2, 4]);
    expect(r.bins.map((b) => b.accuracy)).toEqual([0, 0.5, 1]);
    expect(r.bins.map((b) => b.meanConfidence)).toEqual([
      expect.closeTo(0.2, 12),
      expect.closeTo(0.525, 12),
      expect.closeTo(0.85, 12),
    ]);
    expect(r.bins.map((b) => [b.lo, b.hi])).toEqual([
      [0, 1 / 3],
      [1 / 3, 2 / 3],
      [2 / 3, 1],
    ]);
    expect(r.signature).toBe('ece|bins:3|equal-width');
  });

  it('uses 10 equal-width bins by default and returns empty bins with undefined means', () => {
    // sklearn 1.2.1: calibration_curve(y, p, n_bins=10) → prob_true=[0,1,1,.5,0,.5,1,0,1],
    // prob_pred=[.05,.15,.33,.475,.55,.655,.75,.85,.935] for the 9 non-empty bins;
    // ECE from those with counts [1,1,0,1,2,1,2,1,1,2] = 0.30916666666666665.
    const y = [1, 0, 1, 1, 0, 1, 0, 1, 1, 1, 0, 0];
    const p = [0.95, 0.85, 0.75, 0.7, 0.55, 0.5, 0.45, 0.92, 0.33, 0.15, 0.05, 0.61];
    const r = expectedCalibrationError(y, p);
    expect(r.ece).toBeCloseTo(0.30916666666666665, 12);
    expect(r.bins).toHaveLength(10);
    expect(r.bins.map((b) => b.count)).toEqual([1, 1, 0, 1, 2, 1, 2, 1, 1, 2]);
    expect(r.bins[2]).toEqual({
      lo: 0.2,
      hi: expect.closeTo(0.3, 15),
      count: 0,
      meanConfidence: undefined,
      accuracy: undefined,
    });
    expect(r.bins[4]?.meanConfidence).toBeCloseTo(0.475, 12);
    expect(r.bins[4]?.accuracy).toBe(0.5);
    expect(r.signature).toBe('ece|bins:10|equal-width');
  });

  it('closes bins on the right: a forecast on an edge belongs to the lower bin, 0 to the first', () => {
    // Guo et al. 2017: B_m = ((m−1)/M, m/M]; sklearn calibration_curve agrees.
    const r = expectedCalibrationError([1, 0, 1, 0], [0, 0.5, 0.50001, 1], { bins: 2 });
    expect(r.bins.map((b) => b.count)).toEqual([2, 2]);
  });

  it('supports equal-mass bins like calibration_curve(strategy="quantile")', () => {
    // sklearn 1.2.1: calibration_curve(y, p, n_bins=5, strategy='quantile') with the
    // data above → prob_true=[2/3,.5,0,1,2/3], prob_pred=[.17667,.475,.58,.725,.90667],
    // counts [3,2,2,2,3], edges = np.percentile(p, [0,20,…,100]) = [.05,.354,.52,.664,.83,.95];
    // ECE = 0.32916666666666666.
    const y = [1, 0, 1, 1, 0, 1, 0, 1, 1, 1, 0, 0];
    const p = [0.95, 0.85, 0.75, 0.7, 0.55, 0.5, 0.45, 0.92, 0.33, 0.15, 0.05, 0.61];
    const r = expectedCalibrationError(y, p, { bins: 5, strategy: 'equal-mass' });
    expect(r.ece).toBeCloseTo(0.32916666666666666, 12);
    expect(r.bins.map((b) => b.count)).toEqual([3, 2, 2, 2, 3]);
    expect(r.bins.map((b) => b.lo)).toEqual([0.05, 0.354, 0.52, 0.664, 0.83].map((e) => expect.closeTo(e, 12)));
    expect(r.signature).toBe('ece|bins:5|equal-mass');
    expect(expectedCalibrationError(y, p, { bins: 5, strategy: 'quantile' }).ece).toBe(r.ece);
  });

  it('is 0 for perfectly calibrated forecasts', () => {
    expect(expectedCalibrationError([1, 0, 1, 0], [0.5, 0.5, 0.5, 0.5]).ece).toBe(0);
    expect(expectedCalibrationError([true, false], [1, 0]).ece).toBe(0);
  });

  it('rejects a bad bin count, empty input and probabilities outside [0, 1]', () => {
    expect(() => expectedCalibrationError([1], [0.5], { bins: 0 })).toThrow(RangeError);
    expect(() => expectedCalibrationError([1], [0.5], { bins: 2.5 })).toThrow(RangeError);
    expect(() => expectedCalibrationError([], [])).toThrow(RangeError);
    expect(() => expectedCalibrationError([1], [-0.1])).toThrow(RangeError);
  });
});
