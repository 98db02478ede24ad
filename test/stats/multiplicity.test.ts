import { describe, expect, it } from 'vitest';
import { adjustPValues } from '../../src/stats/index.js';
import { expectClose } from './expect-close.js';

// Reference values from statsmodels.stats.multitest.multipletests(p, alpha, method) (0.13.5).
const p = [0.01, 0.04, 0.03, 0.005, 0.2, 0.04];
const tenTests = [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216];

function expectAllClose(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expectClose(value, expected[i] as number, 1e-12));
}

describe('adjustPValues', () => {
  it("matches multipletests(p, 0.05, 'holm'): adjusted [0.05, 0.12, 0.12, 0.03, 0.2, 0.12], reject at the boundary 0.05", () => {
    const result = adjustPValues(p, { method: 'holm' });
    expectAllClose(result.adjusted, [0.05, 0.12, 0.12, 0.03, 0.2, 0.12]);
    expect(result.reject).toEqual([true, false, false, true, false, false]);
    expect(result.signature).toBe('p-adjust|method:holm|alpha:0.05');
  });

  it("matches multipletests(p, 0.05, 'fdr_bh'): adjusted [0.03, 0.048, 0.048, 0.03, 0.2, 0.048]", () => {
    const result = adjustPValues(p, { method: 'bh' });
    expectAllClose(result.adjusted, [0.03, 0.048, 0.048, 0.03, 0.2, 0.048]);
    expect(result.reject).toEqual([true, true, true, true, false, true]);
  });

  it("matches multipletests(p, 0.05, 'bonferroni'): adjusted [0.06, 0.24, 0.18, 0.03, 1.0, 0.24] (capped at 1)", () => {
    const result = adjustPValues(p, { method: 'bonferroni' });
    expectAllClose(result.adjusted, [0.06, 0.24, 0.18, 0.03, 1.0, 0.24]);
    expect(result.reject).toEqual([false, false, false, true, false, false]);
  });

  it('matches multipletests on ten sorted p-values for holm, fdr_bh and bonferroni', () => {
    const holm = adjustPValues(tenTests, { method: 'holm' });
    expectAllClose(holm.adjusted, [0.01, 0.072, 0.312, 0.312, 0.312, 0.312, 0.312, 0.615, 0.615, 0.615]);
    expect(holm.reject).toEqual([true, false, false, false, false, false, false, false, false, false]);
    const bh = adjustPValues(tenTests, { method: 'bh' });
    expectAllClose(bh.adjusted, [0.01, 0.04, 0.084, 0.084, 0.084, 0.1, 0.10571428571428572, 0.216, 0.216, 0.216]);
    expect(bh.reject).toEqual([true, true, false, false, false, false, false, false, false, false]);
    const bonferroni = adjustPValues(tenTests, { method: 'bonferroni' });
    expectAllClose(bonferroni.adjusted, [0.01, 0.08, 0.39, 0.41, 0.42, 0.6, 0.74, 1, 1, 1]);
  });

  it('uses Holm at alpha 0.05 by default and returns empty arrays for no tests', () => {
    expect(adjustPValues(p).signature).toBe('p-adjust|method:holm|alpha:0.05');
    expect(adjustPValues([])).toMatchObject({ adjusted: [], reject: [] });
  });

  it('leaves a single test unchanged', () => {
    for (const method of ['holm', 'bh', 'bonferroni'] as const) {
      expect(adjustPValues([0.03], { method })).toMatchObject({ adjusted: [0.03], reject: [true] });
    }
  });

  it('rejects p-values outside [0, 1] and alpha outside (0, 1)', () => {
    expect(() => adjustPValues([0.1, 1.2])).toThrow(RangeError);
    expect(() => adjustPValues([0.1, NaN])).toThrow(RangeError);
    expect(() => adjustPValues([0.1], { alpha: 0 })).toThrow(RangeError);
  });
});
