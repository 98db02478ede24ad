import { describe, expect, it } from 'vitest';
import { pearson, spearman } from '../../src/metrics/label-index.js';
import { averageRanks } from '../../src/metrics/correlation.js';
import { tSf } from '../../src/stats/distributions.js';

const studentTTwoSidedPValue = (t: number, df: number) => Math.min(1, 2 * tSf(Math.abs(t), df));

// Reference numbers: SciPy docstring examples, and where marked a call to SciPy 1.17.1
// (numpy 2.4).

describe('pearson', () => {
  it('reproduces the scipy.stats.pearsonr docstring example', () => {
    // pearsonr([1,2,3,4,5,6,7], [10,9,2.5,6,4,3,2]) →
    // PearsonRResult(statistic=-0.828503883588428, pvalue=0.021280260007523286)
    const r = pearson([1, 2, 3, 4, 5, 6, 7], [10, 9, 2.5, 6, 4, 3, 2]);
    expect(r.r).toBeCloseTo(-0.828503883588428, 12);
    expect(r.pvalue).toBeCloseTo(0.021280260007523286, 12);
  });

  it('matches SciPy on data with repeated values', () => {
    // SciPy 1.17.1: pearsonr([1,2,2,3,4,4,4,5], [2,1,3,3,5,4,6,6]) →
    // (0.8767227853705732, 0.004261325702533633)
    const r = pearson([1, 2, 2, 3, 4, 4, 4, 5], [2, 1, 3, 3, 5, 4, 6, 6]);
    expect(r.r).toBeCloseTo(0.8767227853705732, 12);
    expect(r.pvalue).toBeCloseTo(0.004261325702533633, 12);
  });

  it('gives r = ±1 and p = 1 for two points, as SciPy', () => {
    // SciPy 1.17.1: pearsonr([1,2],[2,1]) → (-1.0, 1.0)
    expect(pearson([1, 2], [2, 1])).toEqual({ r: -1, pvalue: 1 });
  });

  it('gives p = 0 for a perfect linear relation', () => {
    const r = pearson([1, 2, 3, 4], [3, 5, 7, 9]);
    expect(r.r).toBeCloseTo(1, 12);
    expect(r.pvalue).toBeCloseTo(0, 12);
  });

  it('is undefined for constant input (SciPy: NaN with ConstantInputWarning)', () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toEqual({ r: undefined, pvalue: undefined });
  });

  it('rejects fewer than 2 pairs, unequal lengths and non-finite values', () => {
    expect(() => pearson([1], [1])).toThrow(RangeError);
    expect(() => pearson([], [])).toThrow(RangeError);
    expect(() => pearson([1, 2], [1, 2, 3])).toThrow(RangeError);
    expect(() => pearson([1, Number.NaN], [1, 2])).toThrow(RangeError);
  });
});

describe('spearman', () => {
  it('reproduces the scipy.stats.spearmanr docstring example', () => {
    // spearmanr([1,2,3,4,5], [5,6,7,8,7]): statistic 0.8207826816681233, pvalue 0.08858700531354381
    const r = spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]);
    expect(r.r).toBeCloseTo(0.8207826816681233, 12);
    expect(r.pvalue).toBeCloseTo(0.08858700531354381, 12);
  });

  it('uses average ranks for ties in both variables', () => {
    // SciPy 1.17.1: spearmanr([1,2,2,3,4,4,4,5], [2,1,3,3,5,4,6,6]) →
    // (0.9007775105401477, 0.0022640090646742616)
    const r = spearman([1, 2, 2, 3, 4, 4, 4, 5], [2, 1, 3, 3, 5, 4, 6, 6]);
    expect(r.r).toBeCloseTo(0.9007775105401477, 12);
    expect(r.pvalue).toBeCloseTo(0.0022640090646742616, 12);
    // scipy.stats.rankdata([1,2,2,3,4,4,4,5]) = [1, 2.5, 2.5, 4, 6, 6, 6, 8]
    expect(averageRanks([1, 2, 2, 3, 4, 4, 4, 5])).toEqual([1, 2.5, 2.5, 4, 6, 6, 6, 8]);
  });

  it('is 1 with p = 0 for a monotone relation (SciPy: spearmanr([1,2,3],[1,2,3]) → (1.0, 0.0))', () => {
    expect(spearman([1, 2, 3], [1, 4, 9])).toEqual({ r: 1, pvalue: 0 });
  });

  it('has an undefined p-value for two points (SciPy: NaN) and undefined r for constant input', () => {
    expect(spearman([1, 2], [2, 1])).toEqual({ r: -1, pvalue: undefined });
    expect(spearman([1, 1, 1], [1, 2, 3])).toEqual({ r: undefined, pvalue: undefined });
  });

  it('rejects fewer than 2 pairs', () => {
    expect(() => spearman([1], [2])).toThrow(RangeError);
  });
});

describe('the two-sided Student t p-value the correlations use', () => {
  it('matches scipy.stats.t.sf across degrees of freedom', () => {
    // SciPy 1.17.1: 2 * stats.t.sf(|t|, df)
    const cases: [number, number, number][] = [
      [2.0, 5, 0.10193947882985835],
      [0.5, 1, 0.7048327646991335],
      [10, 3, 0.0021283990584141503],
      [1.96, 1000, 0.050273184955748736],
      [-3, 30, 0.005389964065651945],
      [0, 4, 1],
    ];
    for (const [t, df, p] of cases) expect(studentTTwoSidedPValue(t, df)).toBeCloseTo(p, 13);
    // tiny tail keeps its relative precision: 2.2808577430857535e-12
    expect(studentTTwoSidedPValue(40, 10) / 2.2808577430857535e-12).toBeCloseTo(1, 10);
  });
});
