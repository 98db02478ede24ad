import { describe, expect, it } from 'vitest';
import { proportionDiffInterval, proportionInterval, twoProportionZTest } from '../../src/stats/index.js';
import { expectClose, expectPairClose } from './expect-close.js';

// Reference values computed with statsmodels 0.13.5 (statsmodels.stats.proportion) unless a
// publication is named.
describe('proportionInterval', () => {
  it("matches statsmodels proportion_confint(7, 10, method='wilson') = (0.3968, 0.8922)", () => {
    expectPairClose(proportionInterval(7, 10, { method: 'wilson' }), [0.39677814746114537, 0.8922087325936989]);
  });

  it('uses Wilson at 95% by default and names its settings in the signature', () => {
    const interval = proportionInterval(7, 10);
    expectPairClose(interval, [0.39677814746114537, 0.8922087325936989]);
    expect(interval?.signature).toBe('wilson|conf:0.95');
  });

  it('behaves as a plain [lo, hi] pair (the signature is not an enumerable element)', () => {
    const interval = proportionInterval(7, 10);
    expect(interval).toHaveLength(2);
    expect(Object.keys(interval ?? {})).toEqual(['0', '1']);
    expect(JSON.stringify(interval)).toMatch(/^\[0\.39677814746114\d*,0\.89220873259369\d*\]$/);
  });

  it("matches statsmodels proportion_confint(45, 50, alpha=0.01, method='wilson') = (0.74027, 0.96601)", () => {
    expectPairClose(
      proportionInterval(45, 50, { method: 'wilson', confidence: 0.99 }),
      [0.7402692104043159, 0.9660091162215817],
    );
  });

  it('matches statsmodels at all-fail and all-pass: wilson(0, 10) = (0, 0.27753), wilson(10, 10) = (0.72247, 1)', () => {
    expectPairClose(proportionInterval(0, 10), [0, 0.27753279986288926]);
    expectPairClose(proportionInterval(10, 10), [0.7224672001371106, 1]);
  });

  it("matches statsmodels proportion_confint(7, 10, method='beta') = (0.34755, 0.93326) for Clopper-Pearson", () => {
    const interval = proportionInterval(7, 10, { method: 'clopper-pearson' });
    expectPairClose(interval, [0.3475471499400027, 0.9332604888222655], 1e-8);
    expect(interval?.signature).toBe('clopper-pearson|conf:0.95');
  });

  it("matches statsmodels proportion_confint(45, 50, alpha=0.1, method='beta') = (0.80117, 0.95976)", () => {
    expectPairClose(
      proportionInterval(45, 50, { method: 'clopper-pearson', confidence: 0.9 }),
      [0.8011669974835816, 0.9597634095978854],
      1e-8,
    );
  });

  it("gives the exact 0 and 1 bounds of statsmodels' beta method at 0/10 (0, 0.30850) and 10/10 (0.69150, 1)", () => {
    expectPairClose(proportionInterval(0, 10, { method: 'clopper-pearson' }), [0, 0.30849710781876083], 1e-8);
    expectPairClose(proportionInterval(10, 10, { method: 'clopper-pearson' }), [0.6915028921812392, 1], 1e-8);
  });

  it('is undefined for n = 0 (no trials, nothing to estimate)', () => {
    expect(proportionInterval(0, 0)).toBeUndefined();
    expect(proportionInterval(0, 0, { method: 'clopper-pearson' })).toBeUndefined();
  });

  it('rejects impossible arguments with a RangeError', () => {
    expect(() => proportionInterval(11, 10)).toThrow(RangeError);
    expect(() => proportionInterval(-1, 10)).toThrow(RangeError);
    expect(() => proportionInterval(1.5, 10)).toThrow(RangeError);
    expect(() => proportionInterval(5, 10, { confidence: 1 })).toThrow(RangeError);
    expect(() => proportionInterval(5, 10, { confidence: 0 })).toThrow(RangeError);
    // @ts-expect-error an unknown method is a programmer error
    expect(() => proportionInterval(5, 10, { method: 'wald' })).toThrow(RangeError);
  });
});

describe('twoProportionZTest', () => {
  it('matches statsmodels proportions_ztest([83, 70], [100, 100]) = (2.16802, 0.030157)', () => {
    const result = twoProportionZTest(83, 100, 70, 100);
    expectClose(result.z, 2.1680221041884598);
    expectClose(result.pvalue, 0.030157004779830944, 1e-10);
    expect(result.signature).toBe('two-proportion-z|pooled:true|alt:two-sided');
  });

  it("matches statsmodels one-sided p-values: 'larger' 0.0150785, 'smaller' 0.984921", () => {
    expectClose(twoProportionZTest(83, 100, 70, 100, { alternative: 'larger' }).pvalue, 0.015078502389915472, 1e-10);
    expectClose(twoProportionZTest(83, 100, 70, 100, { alternative: 'smaller' }).pvalue, 0.9849214976100845, 1e-10);
    // SciPy's spelling of the same alternatives is accepted too.
    expectClose(twoProportionZTest(83, 100, 70, 100, { alternative: 'greater' }).pvalue, 0.015078502389915472, 1e-10);
  });

  it('matches statsmodels proportions_ztest([15, 25], [40, 60]) = (-0.416667, 0.676922) with unequal arms', () => {
    const result = twoProportionZTest(15, 40, 25, 60);
    expectClose(result.z, -0.41666666666666685, 1e-12);
    expectClose(result.pvalue, 0.6769222390213792, 1e-10);
  });

  it('keeps a far-tail z: proportions_ztest([990, 10], [1000, 1000]) z = 43.8269', () => {
    const result = twoProportionZTest(990, 1000, 10, 1000);
    expectClose(result.z, 43.826932358995876);
    expect(result.pvalue).toBeGreaterThanOrEqual(0);
    expect(result.pvalue).toBeLessThan(1e-300);
  });

  it('is undefined when all cases pass (or fail) in both arms, where statsmodels returns nan', () => {
    expect(twoProportionZTest(50, 50, 30, 30)).toMatchObject({ z: undefined, pvalue: undefined });
    expect(twoProportionZTest(0, 50, 0, 30)).toMatchObject({ z: undefined, pvalue: undefined });
    expect(twoProportionZTest(0, 0, 3, 10)).toMatchObject({ z: undefined, pvalue: undefined });
  });
});

describe('proportionDiffInterval', () => {
  it("matches statsmodels confint_proportions_2indep(56, 70, 48, 80, method='newcomb') = (0.052431, 0.333873)", () => {
    const interval = proportionDiffInterval(56, 70, 48, 80, { method: 'newcombe' });
    expectPairClose(interval, [0.05243147240236498, 0.33387265403690614]);
    expect(interval?.signature).toBe('diff-newcombe|conf:0.95');
  });

  // Newcombe (1998), "Interval estimation for the difference between independent proportions",
  // Statistics in Medicine 17:873–890, Table II, method 10 (the score-based hybrid).
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1.0],
    [10, 10, 0, 10, 0.6075, 1.0],
  ])('reproduces Newcombe 1998 Table II method 10 for %i/%i vs %i/%i: (%f, %f)', (c1, n1, c2, n2, lo, hi) => {
    const interval = proportionDiffInterval(c1, n1, c2, n2);
    expectClose(interval?.[0], lo, 0, 5e-5);
    expectClose(interval?.[1], hi, 0, 5e-5);
  });

  it("matches statsmodels method='wald': (0.057505, 0.342495) at 95%, (0.080414, 0.319586) at 90%", () => {
    expectPairClose(
      proportionDiffInterval(56, 70, 48, 80, { method: 'wald' }),
      [0.057504899149037114, 0.342495100850963],
    );
    expectPairClose(
      proportionDiffInterval(56, 70, 48, 80, { method: 'wald', confidence: 0.9 }),
      [0.08041434163774949, 0.3195856583622506],
    );
  });

  it("matches statsmodels method='agresti-caffo': (0.052453, 0.335758)", () => {
    expectPairClose(
      proportionDiffInterval(56, 70, 48, 80, { method: 'agresti-caffo' }),
      [0.052452926638053676, 0.33575845547576744],
    );
    expectPairClose(
      proportionDiffInterval(56, 70, 48, 80, { method: 'agresti-caffo', confidence: 0.9 }),
      [0.07522694371261328, 0.3129844384012078],
    );
  });

  it("matches statsmodels' degenerate all-fail cases: wald (0, 0), agresti-caffo (-0.22115, 0.22115)", () => {
    expectPairClose(proportionDiffInterval(0, 10, 0, 10, { method: 'wald' }), [0, 0]);
    expectPairClose(
      proportionDiffInterval(0, 10, 0, 10, { method: 'agresti-caffo' }),
      [-0.22115031502926005, 0.22115031502926005],
    );
  });

  it('is undefined when an arm is empty', () => {
    expect(proportionDiffInterval(0, 0, 3, 10)).toBeUndefined();
    expect(proportionDiffInterval(3, 10, 0, 0, { method: 'wald' })).toBeUndefined();
  });
});
