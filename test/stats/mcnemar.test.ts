import { describe, expect, it } from 'vitest';
import { mcnemar } from '../../src/stats/index.js';
import { expectClose } from './expect-close.js';

// statsmodels.stats.contingency_tables.mcnemar(table, exact, correction) (statsmodels 0.13.5)
// and, for mid-p, 2·binom.cdf(k, b + c, 0.5) - binom.pmf(k, b + c, 0.5) with SciPy 1.17.
describe('mcnemar', () => {
  it('matches statsmodels mcnemar([[.., 6], [16, ..]], exact=True) p = 0.052478790283203125', () => {
    const result = mcnemar(6, 16);
    expect(result.statistic).toBe(6);
    expectClose(result.pvalue, 0.052478790283203125, 1e-12);
    expect(result.signature).toBe('mcnemar|method:exact');
  });

  it.each([
    [6, 16, 0.052478790283203125, 3.6818181818181817, 0.055008833629265896, 4.545454545454546, 0.0330062576612325],
    [0, 5, 0.0625, 3.2, 0.07363827012030258, 5.0, 0.025347318677468325],
    [25, 10, 0.016673847800120715, 5.6, 0.01796047752607879, 6.428571428571429, 0.011229886652916672],
    [40, 20, 0.01348929373119186, 6.016666666666667, 0.014171388254012323, 6.666666666666667, 0.009823274507519235],
    [100, 70, 0.02584438758134164, 4.947058823529412, 0.02613509411386816, 5.294117647058823, 0.021397568696919066],
  ])(
    'matches statsmodels for b=%i, c=%i: exact %f, corrected chi2 %f (p %f), chi2 %f (p %f)',
    (b, c, exact, chiC, pC, chi, p) => {
      expectClose(mcnemar(b, c, { method: 'exact' }).pvalue, exact, 1e-10);
      const corrected = mcnemar(b, c, { method: 'chi2-corrected' });
      expectClose(corrected.statistic, chiC, 1e-12);
      expectClose(corrected.pvalue, pC, 1e-10);
      const plain = mcnemar(b, c, { method: 'chi2' });
      expectClose(plain.statistic, chi, 1e-12);
      expectClose(plain.pvalue, p, 1e-10);
    },
  );

  it('reproduces Fagerland et al. (2013, BMC Med Res Methodol 13:91) for b=1, c=7: exact 0.070, mid-p 0.039, asymptotic 0.034', () => {
    expectClose(mcnemar(1, 7).pvalue, 0.0703125, 1e-12);
    expectClose(mcnemar(1, 7, { method: 'mid-p' }).pvalue, 0.0390625, 1e-12);
    expectClose(mcnemar(1, 7, { method: 'chi2' }).pvalue, 0.033894853524689295, 1e-10);
  });

  it.each([
    [6, 16, 0.03468966484069824],
    [0, 5, 0.03125],
    [25, 10, 0.011330984183587134],
    [100, 70, 0.021506542463250306],
  ])('matches the SciPy mid-p 2·binom.cdf - binom.pmf for b=%i, c=%i: %f', (b, c, p) => {
    expectClose(mcnemar(b, c, { method: 'mid-p' }).pvalue, p, 1e-10);
  });

  it('caps the p-value at 1 when b = c (statsmodels np.minimum(pvalue, 1))', () => {
    expect(mcnemar(3, 3).pvalue).toBe(1);
    expect(mcnemar(3, 3, { method: 'mid-p' }).pvalue).toBe(1);
  });

  it('gives p = 1 with no discordant pairs (b = c = 0) for every method', () => {
    for (const method of ['exact', 'mid-p', 'chi2', 'chi2-corrected'] as const) {
      expect(mcnemar(0, 0, { method })).toMatchObject({ statistic: 0, pvalue: 1 });
    }
  });

  it('keeps a tiny exact p-value: 2·binom.cdf(3, 40, 0.5) = 1.946500560734421e-08', () => {
    expectClose(mcnemar(3, 37).pvalue, 1.946500560734421e-8, 1e-9);
  });

  it('rejects negative or fractional counts', () => {
    expect(() => mcnemar(-1, 3)).toThrow(RangeError);
    expect(() => mcnemar(1.5, 3)).toThrow(RangeError);
  });
});
