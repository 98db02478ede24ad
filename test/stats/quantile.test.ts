import { describe, expect, it } from 'vitest';
import { QUANTILE_METHODS, quantile, quantileInPlace } from '../../src/stats/index.js';
import type { QuantileMethod } from '../../src/stats/index.js';
import { expectClose } from './expect-close.js';

// Reference values from numpy.quantile(values, q, method=...) (NumPy 2.4).
const values = [7, 1, 12, 4, 10, 3];
const levels = [0, 0.1, 0.25, 0.4, 0.5, 0.75, 0.9, 1];
const numpy: Record<QuantileMethod, number[]> = {
  inverted_cdf: [1.0, 1.0, 3.0, 4.0, 4.0, 10.0, 12.0, 12.0],
  averaged_inverted_cdf: [1.0, 1.0, 3.0, 4.0, 5.5, 10.0, 12.0, 12.0],
  closest_observation: [1.0, 1.0, 3.0, 3.0, 4.0, 7.0, 10.0, 12.0],
  interpolated_inverted_cdf: [1.0, 1.0, 2.0, 3.4000000000000004, 4.0, 8.5, 10.8, 12.0],
  hazen: [1.0, 1.2000000000000002, 3.0, 3.9000000000000004, 5.5, 10.0, 11.8, 12.0],
  weibull: [1.0, 1.0, 2.5, 3.8000000000000003, 5.5, 10.5, 12.0, 12.0],
  linear: [1.0, 2.0, 3.25, 4.0, 5.5, 9.25, 11.0, 12.0],
  median_unbiased: [1.0, 1.0, 2.8333333333333335, 3.866666666666667, 5.5, 10.166666666666666, 12.0, 12.0],
  normal_unbiased: [1.0, 1.0, 2.875, 3.8750000000000004, 5.5, 10.125, 12.0, 12.0],
};

describe('quantile', () => {
  it.each(QUANTILE_METHODS.map((method) => [method]))(
    "matches numpy.quantile([7, 1, 12, 4, 10, 3], [0, .1, .25, .4, .5, .75, .9, 1], method='%s')",
    (method) => {
      const result = quantile(values, levels, { method });
      expect(result).toHaveLength(levels.length);
      result?.forEach((value, i) => expectClose(value, numpy[method][i] as number, 1e-14));
    },
  );

  it("uses NumPy's default 'linear' method", () => {
    expect(quantile(values, 0.75)).toBe(9.25);
  });

  it("follows NumPy's floating-point boundary: numpy.quantile(range(1, 11), 0.3, method='inverted_cdf') = 3", () => {
    // 10 · 0.3 = 3.0000000000000004 in binary floating point, so the next order statistic is
    // not taken.
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.3, { method: 'inverted_cdf' })).toBe(3);
  });

  it('returns the only value for a one-element sample whatever the level', () => {
    for (const method of QUANTILE_METHODS) expect(quantile([5], [0, 0.5, 1], { method })).toEqual([5, 5, 5]);
  });

  it('is undefined for an empty sample', () => {
    expect(quantile([], 0.5)).toBeUndefined();
    expect(quantile([], [0.5])).toBeUndefined();
  });

  it('does not reorder its input', () => {
    const input = [3, 1, 2];
    quantile(input, 0.5);
    expect(input).toEqual([3, 1, 2]);
  });

  it('rejects levels outside [0, 1], NaN values and unknown methods', () => {
    expect(() => quantile(values, 1.5)).toThrow(RangeError);
    expect(() => quantile([1, NaN], 0.5)).toThrow(RangeError);
    // @ts-expect-error an unknown method is a programmer error
    expect(() => quantile(values, 0.5, { method: 'nearest' })).toThrow(RangeError);
  });
});

describe('quantileInPlace', () => {
  it('agrees with the sorting implementation for every method on random samples with ties', () => {
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(next() * 40);
      const sample = Array.from({ length: n }, () => Math.floor(next() * 10));
      const q = next();
      for (const method of QUANTILE_METHODS) {
        expect(quantileInPlace(Float64Array.from(sample), q, method)).toBe(quantile(sample, q, { method }));
      }
    }
  });
});
