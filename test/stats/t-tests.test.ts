import { describe, expect, it } from 'vitest';
import { pairedTTest, studentTTest, welchTTest } from '../../src/stats/index.js';
import { expectClose, expectPairClose } from './expect-close.js';

// Reference values from SciPy 1.17: scipy.stats.ttest_rel / ttest_ind(equal_var=...) and the
// result's .confidence_interval(confidence_level).
const x = [5.1, 4.9, 6.2, 5.8, 6.0, 5.5, 5.3, 6.1];
const y = [4.8, 5.0, 5.6, 5.1, 5.9, 5.0, 5.2, 5.5];
const a = [19.1, 21.4, 18.9, 22.6, 20.3, 24.0, 21.9];
const b = [23.4, 22.8, 25.9, 21.7, 26.3, 24.4, 27.0, 23.1, 25.5];

describe('pairedTTest', () => {
  it('matches scipy.stats.ttest_rel(x, y) = (3.3813212, p 0.0117375, df 7) and its 95% interval (0.10524, 0.59476)', () => {
    const result = pairedTTest(x, y);
    expectClose(result.statistic, 3.3813212407775346, 1e-12);
    expect(result.df).toBe(7);
    expectClose(result.pvalue, 0.011737518694241899, 1e-8);
    expectClose(result.meanDiff, 0.35, 1e-12);
    expectPairClose(result.interval, [0.1052381364785194, 0.5947618635214805], 1e-8);
    expect(result.signature).toBe('paired-t|alt:two-sided|conf:0.95');
  });

  it("matches ttest_rel(alternative='greater') p 0.0058688 with interval (0.15389, inf)", () => {
    const result = pairedTTest(x, y, { alternative: 'greater' });
    expectClose(result.pvalue, 0.0058687593471209495, 1e-8);
    expectPairClose(result.interval, [0.1538924832740761, Infinity], 1e-8);
  });

  it("matches ttest_rel(alternative='less') p 0.994131 with interval (-inf, 0.546108)", () => {
    const result = pairedTTest(x, y, { alternative: 'less' });
    expectClose(result.pvalue, 0.9941312406528791, 1e-8);
    expectPairClose(result.interval, [-Infinity, 0.5461075167259238], 1e-8);
  });

  it('matches ttest_rel(x, y).confidence_interval(0.9) = (0.153892, 0.546108)', () => {
    expectPairClose(pairedTTest(x, y, { confidence: 0.9 }).interval, [0.153892483274076, 0.5461075167259238], 1e-8);
  });

  it('gives an infinite statistic and p = 0 for a constant non-zero difference, like SciPy', () => {
    const result = pairedTTest([1, 2, 3], [0, 1, 2]);
    expect(result.statistic).toBe(Infinity);
    expect(result.pvalue).toBe(0);
    expectPairClose(result.interval, [1, 1]);
  });

  it('leaves the statistic and p-value undefined when every difference is 0 (SciPy: nan)', () => {
    const result = pairedTTest([1, 2, 3], [1, 2, 3]);
    expect(result).toMatchObject({ statistic: undefined, pvalue: undefined, meanDiff: 0, df: 2 });
  });

  it('defines only the mean difference for one pair, and nothing for none', () => {
    expect(pairedTTest([3], [1])).toMatchObject({
      statistic: undefined,
      df: undefined,
      pvalue: undefined,
      meanDiff: 2,
      interval: undefined,
    });
    expect(pairedTTest([], [])).toMatchObject({ statistic: undefined, pvalue: undefined, meanDiff: undefined });
  });

  it('rejects samples of different lengths and non-finite values', () => {
    expect(() => pairedTTest([1, 2], [1])).toThrow(RangeError);
    expect(() => pairedTTest([1, NaN], [1, 2])).toThrow(RangeError);
  });
});

describe('welchTTest', () => {
  it('matches scipy.stats.ttest_ind(a, b, equal_var=False) = (-3.5374215, df 12.8655, p 0.0036977) and interval (-5.29194, -1.27632)', () => {
    const result = welchTTest(a, b);
    expectClose(result.statistic, -3.5374214908727466, 1e-12);
    expectClose(result.df, 12.865527759880694, 1e-12);
    expectClose(result.pvalue, 0.0036977036783442975, 1e-8);
    expectClose(result.meanDiff, -3.2841269841269884, 1e-12);
    expectPairClose(result.interval, [-5.291937105635374, -1.2763168626186028], 1e-8);
    expect(result.signature).toBe('welch-t|alt:two-sided|conf:0.95');
  });

  it("matches the one-sided Welch tests: 'less' p 0.00184885 (-inf, -1.63868), 'greater' p 0.998151 (-4.92957, inf)", () => {
    const less = welchTTest(a, b, { alternative: 'less' });
    expectClose(less.pvalue, 0.0018488518391721488, 1e-8);
    expectPairClose(less.interval, [-Infinity, -1.6386848573499606], 1e-8);
    const greater = welchTTest(a, b, { alternative: 'greater' });
    expectClose(greater.pvalue, 0.9981511481608278, 1e-8);
    expectPairClose(greater.interval, [-4.9295691109040165, Infinity], 1e-8);
  });

  it('reports no degrees of freedom for two constant samples, where SciPy substitutes df = 1', () => {
    const result = welchTTest([1, 1, 1], [2, 2, 2]);
    expect(result.statistic).toBe(-Infinity);
    expect(result.df).toBeUndefined();
    expect(result.pvalue).toBe(0);
  });

  it('is undefined with fewer than two values in a sample', () => {
    expect(welchTTest([1], [2, 3, 4])).toMatchObject({ statistic: undefined, pvalue: undefined, meanDiff: -2 });
    expect(welchTTest([], [2, 3])).toMatchObject({ statistic: undefined, meanDiff: undefined });
  });
});

describe('studentTTest', () => {
  it('matches scipy.stats.ttest_ind(a, b, equal_var=True) = (-3.5500245, df 14, p 0.00320077) and interval (-5.26827, -1.29999)', () => {
    const result = studentTTest(a, b);
    expectClose(result.statistic, -3.550024473838843, 1e-12);
    expect(result.df).toBe(14);
    expectClose(result.pvalue, 0.003200771536176755, 1e-8);
    expectPairClose(result.interval, [-5.268268752414688, -1.2999852158392895], 1e-8);
  });

  it("matches the one-sided Student tests: 'less' p 0.00160039, 'greater' p 0.998400", () => {
    expectClose(studentTTest(a, b, { alternative: 'less' }).pvalue, 0.0016003857680883776, 1e-8);
    expectClose(studentTTest(a, b, { alternative: 'greater' }).pvalue, 0.9983996142319116, 1e-8);
    expectPairClose(studentTTest(a, b, { alternative: 'less' }).interval, [-Infinity, -1.6547393032979247], 1e-8);
  });

  it('matches ttest_ind([1], [2, 3, 4]) = (-1.7320508, p 0.2254033) with one value in a sample', () => {
    const result = studentTTest([1], [2, 3, 4]);
    expectClose(result.statistic, -1.7320508075688774, 1e-12);
    expectClose(result.pvalue, 0.22540333075851665, 1e-8);
    expectPairClose(result.interval, [-6.96827542350066, 2.9682754235006596], 1e-8);
  });

  it('gives -inf and p = 0 for two constant, different samples (as SciPy)', () => {
    const result = studentTTest([1, 1, 1], [2, 2, 2]);
    expect(result.statistic).toBe(-Infinity);
    expect(result.pvalue).toBe(0);
    expect(result.df).toBe(4);
  });
});

// A null difference other than 0 (R's t.test `mu`), for non-inferiority margins. SciPy has no
// such argument for two samples; the reference shifts the data instead:
// scipy.stats.ttest_1samp(x - y, popmean=m) for the paired test and ttest_ind(a + 3, b) for
// a null difference of -3.
describe('t tests with a null difference', () => {
  it("paired: matches ttest_1samp(x - y, popmean=0.2, alternative='greater') = (1.4491377, p 0.0952866)", () => {
    const result = pairedTTest(x, y, { alternative: 'greater', nullDifference: 0.2 });
    expectClose(result.statistic, 1.4491376746189433, 1e-10);
    expectClose(result.pvalue, 0.09528657545389808, 1e-8);
    expectPairClose(result.interval, [0.1538924832740761, Infinity], 1e-8);
    expect(result.signature).toBe('paired-t|alt:greater|conf:0.95|null:0.2');
  });

  it("paired: matches ttest_1samp(x - y, popmean=0.5, alternative='less') = (-1.4491377, p 0.0952866)", () => {
    const result = pairedTTest(x, y, { alternative: 'less', nullDifference: 0.5 });
    expectClose(result.statistic, -1.4491376746189437, 1e-10);
    expectClose(result.pvalue, 0.09528657545389799, 1e-8);
  });

  it("Welch: matches ttest_ind(a + 3, b, equal_var=False, alternative='greater') = (-0.3060408, p 0.6177652)", () => {
    const result = welchTTest(a, b, { alternative: 'greater', nullDifference: -3 });
    expectClose(result.statistic, -0.3060408153050858, 1e-10);
    expectClose(result.pvalue, 0.6177652065951066, 1e-8);
    expectClose(result.df, 12.865527759880697, 1e-8);
  });

  it("Student: matches ttest_ind(a + 3, b, equal_var=True, alternative='less') = (-0.3071312, p 0.3816323)", () => {
    const result = studentTTest(a, b, { alternative: 'less', nullDifference: -3 });
    expectClose(result.statistic, -0.30713116520887085, 1e-10);
    expectClose(result.pvalue, 0.38163226455031196, 1e-8);
  });

  it('reports the standard error of the difference', () => {
    const result = pairedTTest(x, y);
    expectClose(result.standardError, result.meanDiff! / result.statistic!, 1e-12);
  });
});
