import { describe, expect, it } from 'vitest';
import { wilcoxonSignedRank } from '../../src/stats/index.js';
import { expectClose } from './expect-close.js';

// Reference values from scipy.stats.wilcoxon (SciPy 1.17).
// The scipy.stats.wilcoxon docstring's example (Wilcoxon 1945 / Hollander & Wolfe).
const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
const zeros = (n: number) => new Array<number>(n).fill(0);

describe('wilcoxonSignedRank', () => {
  it('matches scipy.stats.wilcoxon(x, y) = (5.0, 0.0390625), exact by default for small untied samples', () => {
    const result = wilcoxonSignedRank(x, y);
    expect(result.statistic).toBe(5);
    expectClose(result.pvalue, 0.0390625, 1e-12);
    expect(result.z).toBeUndefined();
    expect(result.signature).toBe('wilcoxon|method:auto->exact|zero:wilcox|correction:false|alt:two-sided');
  });

  it("matches wilcoxon(x, y, alternative='greater') = (40.0, 0.01953125) and 'less' = (40.0, 0.986328125)", () => {
    expect(wilcoxonSignedRank(x, y, { method: 'exact', alternative: 'greater' })).toMatchObject({ statistic: 40 });
    expectClose(wilcoxonSignedRank(x, y, { method: 'exact', alternative: 'greater' }).pvalue, 0.01953125, 1e-12);
    expectClose(wilcoxonSignedRank(x, y, { method: 'exact', alternative: 'less' }).pvalue, 0.986328125, 1e-12);
  });

  it("matches wilcoxon(x, y, method='asymptotic') = (5.0, 0.0381517, z -2.0732211)", () => {
    const result = wilcoxonSignedRank(x, y, { method: 'approx' });
    expect(result.statistic).toBe(5);
    expectClose(result.pvalue, 0.038151710173415135, 1e-10);
    expectClose(result.z, -2.073221072156823, 1e-12);
    // SciPy's own name for the method is accepted too.
    expectClose(wilcoxonSignedRank(x, y, { method: 'asymptotic' }).pvalue, 0.038151710173415135, 1e-10);
  });

  it("matches wilcoxon(x, y, method='asymptotic', correction=True) = (5.0, 0.0440110, z -2.0139862)", () => {
    const result = wilcoxonSignedRank(x, y, { method: 'approx', correction: true });
    expectClose(result.pvalue, 0.04401098401295143, 1e-10);
    expectClose(result.z, -2.0139861843809137, 1e-12);
  });

  it("matches the one-sided asymptotic tests: 'greater' 0.0190759, 'less' 0.980924 (z +2.0732211)", () => {
    const greater = wilcoxonSignedRank(x, y, { method: 'approx', alternative: 'greater' });
    expectClose(greater.pvalue, 0.019075855086707567, 1e-10);
    expectClose(greater.z, 2.073221072156823, 1e-12);
    expectClose(wilcoxonSignedRank(x, y, { method: 'approx', alternative: 'less' }).pvalue, 0.9809241449132924, 1e-10);
  });

  // Differences with two zeros and no other ties, n = 17 (so 'auto' uses the normal approximation).
  const withZeros = [0, 0, 1, 2, -3, 4, 5, -6, 7, 8, 8, 9, 10, 11, -12, 13, 14];
  it.each([
    ['wilcox', 'exact', 22, 0.0301513671875, undefined],
    ['wilcox', 'approx', 22, 0.030874206962359277, -2.158690233825865],
    ['pratt', 'exact', 28, 0.030517578125, undefined],
    ['pratt', 'approx', 28, 0.02585873938371975, -2.228326665967382],
    ['zsplit', 'exact', 29.5, 0.02667236328125, undefined],
    ['zsplit', 'approx', 29.5, 0.026046718693405732, -2.2255145019087785],
  ] as const)(
    "handles zeros and ties like wilcoxon(d, zero_method='%s', method=%s) = (%f, %f)",
    (zeroMethod, method, statistic, p, z) => {
      const result = wilcoxonSignedRank(withZeros, zeros(withZeros.length), { zeroMethod, method });
      expect(result.statistic).toBe(statistic);
      expectClose(result.pvalue, p, 1e-10);
      if (z !== undefined) expectClose(result.z, z, 1e-12);
    },
  );

  it('uses the normal approximation under auto when there are zeros and n > 13, as SciPy', () => {
    const result = wilcoxonSignedRank(withZeros, zeros(withZeros.length));
    expectClose(result.pvalue, 0.030874206962359277, 1e-10);
    expect(result.signature).toContain('method:auto->approx');
  });

  // Ties and zeros with n <= 13: SciPy's 'auto' switches to an exact sign-flip permutation test,
  // while 'exact' keeps the untied distribution with conservative rounding (gh-19872).
  const tied = [1, 2, 2, 3, -1, -2, 0, 4];
  it.each([
    ['wilcox', 5.5, 0.203125, 0.21875],
    ['pratt', 7.5, 0.21875, 0.25],
    ['zsplit', 8, 0.21875, 0.1953125],
  ] as const)(
    "matches wilcoxon(%j, zero_method='%s'): statistic %f, auto (permutation) %f, exact %f",
    (zeroMethod, statistic, auto, exact) => {
      const permutation = wilcoxonSignedRank(tied, zeros(tied.length), { zeroMethod });
      expect(permutation.statistic).toBe(statistic);
      expectClose(permutation.pvalue, auto, 1e-12);
      expect(permutation.signature).toContain('method:auto->permutation');
      expectClose(wilcoxonSignedRank(tied, zeros(tied.length), { zeroMethod, method: 'exact' }).pvalue, exact, 1e-12);
    },
  );

  it('gives statistic 0 and p = 1 for all-zero differences under the exact test (as SciPy) and no p-value under the approximation', () => {
    expect(wilcoxonSignedRank([1, 2, 3], [1, 2, 3], { method: 'exact' })).toMatchObject({ statistic: 0, pvalue: 1 });
    expect(wilcoxonSignedRank([1, 2, 3], [1, 2, 3], { method: 'auto' })).toMatchObject({ statistic: 0, pvalue: 1 });
    expect(wilcoxonSignedRank([1, 2, 3], [1, 2, 3], { method: 'approx' })).toMatchObject({
      statistic: 0,
      pvalue: undefined,
    });
  });

  it("computes the exact distribution for large n: wilcoxon(d, method='exact') with n = 200 = (6700, 3.612571671651743e-05)", () => {
    const d = Array.from({ length: 200 }, (_, i) => (i + 1) * (i % 3 === 0 ? -1 : 1));
    const result = wilcoxonSignedRank(d, undefined, { method: 'exact' });
    expect(result.statistic).toBe(6700);
    expectClose(result.pvalue, 3.612571671651743e-5, 1e-10);
    expectClose(
      wilcoxonSignedRank(d, undefined, { method: 'exact', alternative: 'less' }).pvalue,
      0.9999820364214917,
      1e-12,
    );
  });

  it('tests the differences themselves when y is omitted, like scipy.stats.wilcoxon(d)', () => {
    const d = x.map((v, i) => v - (y[i] as number));
    expectClose(wilcoxonSignedRank(d).pvalue, 0.0390625, 1e-12);
    expectClose(wilcoxonSignedRank(d, undefined, { method: 'approx' }).pvalue, 0.038151710173415135, 1e-10);
  });

  it('is undefined for empty samples (SciPy: nan)', () => {
    expect(wilcoxonSignedRank([], [])).toMatchObject({ statistic: undefined, pvalue: undefined });
  });

  it('rejects unpaired samples and unknown options', () => {
    expect(() => wilcoxonSignedRank([1, 2], [1])).toThrow(RangeError);
    // @ts-expect-error an unknown zero method is a programmer error
    expect(() => wilcoxonSignedRank([1, 2], [0, 0], { zeroMethod: 'drop' })).toThrow(RangeError);
  });
});
