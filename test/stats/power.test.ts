import { describe, expect, it } from 'vitest';
import {
  cohensH,
  minimumDetectableDrop,
  powerTwoProportions,
  sampleSizeTwoProportions,
} from '../../src/stats/index.js';
import { normalCdf } from '../../src/stats/distributions.js';
import { bootstrapStandardError, meanDetectableShift, meanSampleSize } from '../../src/stats/power.js';
import { expectClose } from './expect-close.js';

// Reference values from statsmodels 0.13.5: statsmodels.stats.proportion.proportion_effectsize
// and statsmodels.stats.power.NormalIndPower().power / .solve_power.
const h = 0.15189772139085855; // proportion_effectsize(0.9, 0.85)

describe('cohensH', () => {
  it('matches statsmodels proportion_effectsize(0.9, 0.85) = 0.15189772 and (0.5, 0.6) = -0.20135792', () => {
    expectClose(cohensH(0.9, 0.85), h, 1e-14);
    expectClose(cohensH(0.5, 0.6), -0.20135792079033066, 1e-14);
    expectClose(cohensH(1, 0), Math.PI, 1e-15);
  });

  it('rejects rates outside [0, 1]', () => {
    expect(() => cohensH(1.1, 0.5)).toThrow(RangeError);
  });
});

describe('powerTwoProportions', () => {
  it('matches NormalIndPower().power(h, 200, 0.05) = 0.32986299 (two-sided, equal arms)', () => {
    expectClose(powerTwoProportions({ effectSize: h, n1: 200 }), 0.3298629867321139, 1e-10);
  });

  it("matches the one-sided powers: 'larger' 0.44991488, 'smaller' 0.00077854", () => {
    expectClose(powerTwoProportions({ effectSize: h, n1: 200, alternative: 'larger' }), 0.44991487690457455, 1e-10);
    expectClose(powerTwoProportions({ effectSize: h, n1: 200, alternative: 'smaller' }), 0.0007785363365508628, 1e-9);
  });

  it('matches NormalIndPower().power(h, 200, 0.05, ratio=2) = 0.41849742 and ratio=0 (one sample) = 0.57465773', () => {
    expectClose(powerTwoProportions({ effectSize: h, n1: 200, ratio: 2 }), 0.41849741971073734, 1e-10);
    expectClose(powerTwoProportions({ effectSize: h, n1: 200, ratio: 0 }), 0.5746577319462866, 1e-10);
  });

  it('equals alpha at a zero effect (two-sided)', () => {
    expectClose(powerTwoProportions({ effectSize: 0, n1: 100, alpha: 0.05 }), 0.05, 1e-12);
  });

  it('rejects a non-positive sample size and alpha outside (0, 1)', () => {
    expect(() => powerTwoProportions({ effectSize: h, n1: 0 })).toThrow(RangeError);
    expect(() => powerTwoProportions({ effectSize: h, n1: 10, alpha: 1 })).toThrow(RangeError);
  });
});

describe('sampleSizeTwoProportions', () => {
  it('matches NormalIndPower().solve_power(h, alpha=0.05, power=0.8) = 680.35266 (not rounded)', () => {
    expectClose(sampleSizeTwoProportions({ effectSize: h, power: 0.8 }), 680.3526619127942, 1e-8);
  });

  it("matches solve_power(..., alternative='larger') = 535.91464 and (..., power=0.9, ratio=2) = 683.10082", () => {
    expectClose(sampleSizeTwoProportions({ effectSize: h, power: 0.8, alternative: 'larger' }), 535.914642034415, 1e-8);
    expectClose(sampleSizeTwoProportions({ effectSize: h, power: 0.9, ratio: 2 }), 683.1008238826576, 1e-8);
  });

  it('matches solve_power(proportion_effectsize(0.5, 0.6), power=0.8) = 387.16775 for a negative effect', () => {
    expectClose(sampleSizeTwoProportions({ effectSize: -0.20135792079033066, power: 0.8 }), 387.1677468578107, 1e-8);
  });

  it('inverts powerTwoProportions', () => {
    const n1 = sampleSizeTwoProportions({ effectSize: 0.3, power: 0.85, alpha: 0.01, ratio: 1.5 });
    expectClose(powerTwoProportions({ effectSize: 0.3, n1: n1 ?? NaN, alpha: 0.01, ratio: 1.5 }), 0.85, 1e-10);
  });

  it('is undefined when no sample size reaches the power: zero effect, or an effect the one-sided test ignores', () => {
    expect(sampleSizeTwoProportions({ effectSize: 0, power: 0.8 })).toBeUndefined();
    expect(sampleSizeTwoProportions({ effectSize: -0.2, power: 0.8, alternative: 'larger' })).toBeUndefined();
  });
});

describe('minimumDetectableDrop', () => {
  it('matches the closed form h = (z_0.95 + z_0.8)/√250 = 0.157258478 for 500 per arm: a drop from 0.9 of 0.0519191929', () => {
    // scipy.stats.norm.isf for the z values, then p - sin²(asin√p - h/2). statsmodels'
    // NormalIndPower().solve_power(nobs1=500, power=0.8, alternative='larger') gives
    // h = 0.15725850595 (its root finder stops at about 1e-7), a drop of 0.05191920.
    expectClose(minimumDetectableDrop({ baselineRate: 0.9, n: 500 }), 0.05191919293042335, 1e-9);
    expectClose(minimumDetectableDrop({ baselineRate: 0.9, n: 500 }), 0.05191920293425578, 1e-6);
    // The same closed form for p = 0.6 with 200 per arm.
    expectClose(minimumDetectableDrop({ baselineRate: 0.6, n: 200 }), 0.12363597080008748, 1e-9);
  });

  it('matches the two-sided solution with both tails (scipy.optimize.brentq, xtol 1e-15): a drop of 0.0591412468 from 0.9', () => {
    expectClose(minimumDetectableDrop({ baselineRate: 0.9, n: 500, sides: 'two-sided' }), 0.05914124684390587, 1e-9);
    // statsmodels solve_power(nobs1=500, power=0.8) agrees to its own tolerance.
    expectClose(minimumDetectableDrop({ baselineRate: 0.9, n: 500, sides: 'two-sided' }), 0.059141285226992135, 1e-6);
  });

  it("inverts Connor's (1987) paired sample size: n = 492.51 pairs at ψ = 0.2 detect a drop of 0.05", () => {
    // Connor: n = (z_α·√ψ + z_β·√(ψ - δ²))² / δ² with one-sided α = 0.05 and power 0.8.
    expectClose(
      minimumDetectableDrop({ baselineRate: 0.9, n: 492.50755519697236, paired: { discordantRate: 0.2 } }),
      0.05,
      1e-9,
    );
  });

  it('assumes independent runs for paired data without a discordant rate: 0.0522613 for p = 0.9, n = 500', () => {
    // scipy.optimize.brentq on Connor's power function with ψ(δ) = p(1 - q) + q(1 - p), q = p - δ.
    expectClose(minimumDetectableDrop({ baselineRate: 0.9, n: 500, paired: {} }), 0.05226125882297622, 1e-9);
  });

  it('still finds a detectable drop from a 100% baseline, where all discordance comes from the drop: 0.0605455 at n = 100', () => {
    expectClose(minimumDetectableDrop({ baselineRate: 1, n: 100, paired: {} }), 0.06054546952239592, 1e-9);
  });

  it('detects smaller drops when paired runs agree more (fewer discordant pairs)', () => {
    const loose = minimumDetectableDrop({ baselineRate: 0.9, n: 300, paired: { discordantRate: 0.18 } }) ?? NaN;
    const tight = minimumDetectableDrop({ baselineRate: 0.9, n: 300, paired: { discordantRate: 0.05 } }) ?? NaN;
    expect(tight).toBeLessThan(loose);
  });

  it('is undefined when even a drop to zero is not detectable, or there is nothing to drop', () => {
    expect(minimumDetectableDrop({ baselineRate: 0.05, n: 3 })).toBeUndefined();
    expect(minimumDetectableDrop({ baselineRate: 0, n: 100 })).toBeUndefined();
    expect(minimumDetectableDrop({ baselineRate: 0.9, n: 100, paired: { discordantRate: 0 } })).toBeUndefined();
  });
});

describe('meanDetectableShift and meanSampleSize (normal approximation of the paired t test)', () => {
  // z_0.95 + z_0.8 (scipy.stats.norm.isf(0.05) + norm.isf(0.2))
  const z = 1.6448536269514722 + 0.8416212335729143;

  it('is the margin plus (z_α + z_power)·σ_d/√n, where the test has 80% power', () => {
    const shift = meanDetectableShift({ n: 100, sdDifference: 0.1, margin: 0.02 });
    expectClose(shift, 0.02 + (z * 0.1) / 10, 1e-12);
    // one-sided normal test of a mean difference against the margin: power Φ((δ − m)√n/σ_d − z_α)
    expectClose(normalCdf(((shift - 0.02) * 10) / 0.1 - 1.6448536269514722), 0.8, 1e-9);
    // Bonferroni over 4 slices: z_{0.05/4}
    expectClose(
      meanDetectableShift({ n: 100, sdDifference: 0.1, margin: 0.02, tests: 4 }),
      0.02 + ((2.2414027276049473 + 0.8416212335729143) * 0.1) / 10,
      1e-9,
    );
  });

  it('gives the cases that reach a shift, and none within the margin', () => {
    const n = meanSampleSize({ sdDifference: 0.1, margin: 0.02, shift: 0.04 })!;
    expect(n).toBe(Math.ceil(((z * 0.1) / 0.02) ** 2));
    expect(meanDetectableShift({ n, sdDifference: 0.1, margin: 0.02 })).toBeLessThanOrEqual(0.04);
    expect(meanDetectableShift({ n: n - 1, sdDifference: 0.1, margin: 0.02 })).toBeGreaterThan(0.04);
    expect(meanSampleSize({ sdDifference: 0.1, margin: 0.02, shift: 0.02 })).toBeUndefined();
  });
});

describe('bootstrapStandardError', () => {
  it('of a mean approaches the plug-in standard error σ̂/√n (Efron & Tibshirani 1993, §6.2)', () => {
    const values = Array.from({ length: 50 }, (_, i) => Math.sin(i) * 3 + i / 10);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const plugIn = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length / values.length);
    const se = bootstrapStandardError(values, (s) => s.reduce((a, b) => a + b, 0) / s.length, { resamples: 20000 })!;
    expect(Math.abs(se / plugIn - 1)).toBeLessThan(0.03);
  });

  it('is seeded, skips resamples where the statistic is undefined, and needs two values', () => {
    const statistic = (s: readonly number[]) => (s.includes(1) ? null : s.length);
    expect(bootstrapStandardError([1, 2, 3], (s) => s[0]!)).toBe(bootstrapStandardError([1, 2, 3], (s) => s[0]!));
    expect(bootstrapStandardError([1], statistic)).toBeUndefined();
  });
});
