import { describe, expect, it } from 'vitest';
import { mcnemar, pairedProportionDiffInterval } from '../../src/stats/index.js';
import { expectClose, expectPairClose } from './expect-close.js';

// Tables are (n11, n10, n01, n00): both pass, first only, second only, neither.
describe('pairedProportionDiffInterval (Newcombe 1998 method 10)', () => {
  it('reproduces Fagerland, Lydersen & Laake, Statistical Analysis of Contingency Tables (2017) ch. 8, Cavo et al. (59, 6, 16, 80): -0.0621 (-0.1186 to -0.0046)', () => {
    // The book's value, also asserted by contingencytables' test-ch8.R for
    // Newcombe_square_and_add_CI_paired_2x2.
    const interval = pairedProportionDiffInterval(59, 6, 16, 80);
    expectClose(interval?.[0], -0.1186, 0, 5e-5);
    expectClose(interval?.[1], -0.0046, 0, 5e-5);
    expect(interval?.signature).toBe('paired-diff-newcombe|conf:0.95');
  });

  // Full-precision values from an independent Python port of biostatUZH::confIntPairedProportion
  // (Newcombe's phi with the n/2 correction, Wilson limits from scipy.stats.norm.isf).
  it.each([
    [59, 6, 16, 80, 0.95, -0.11862119563870999, -0.004625113933050047],
    [1, 1, 7, 12, 0.95, -0.506920226686141, -0.025559124164859837],
    [14, 5, 0, 22, 0.95, 0.011483241383033221, 0.2264926843512112],
    [36, 12, 2, 0, 0.95, 0.05692958400323875, 0.3404276029749408],
    [20, 3, 9, 68, 0.95, -0.13104571824333128, 0.010241222691247193],
    [59, 6, 16, 80, 0.9, -0.10974484287179014, -0.013785990793168425],
  ])('matches the Python port of Newcombe method 10 for (%i, %i, %i, %i) at %f', (a, b, c, d, confidence, lo, hi) => {
    expectPairClose(pairedProportionDiffInterval(a, b, c, d, { confidence }), [lo, hi], 1e-9);
  });

  it('is symmetric around 0 with no discordant pairs (b = c = 0) and still informative', () => {
    const interval = pairedProportionDiffInterval(10, 0, 0, 10);
    expect(interval?.[0]).toBeLessThan(0);
    expectClose(interval?.[0], -(interval?.[1] ?? NaN), 1e-12);
  });

  it('reaches 1 when every pair passes first and fails second (all pass vs all fail)', () => {
    const interval = pairedProportionDiffInterval(0, 5, 0, 0);
    expect(interval?.[1]).toBeCloseTo(1, 12);
    expect(interval?.[0]).toBeGreaterThan(0);
  });

  it('is undefined for n = 0', () => {
    expect(pairedProportionDiffInterval(0, 0, 0, 0)).toBeUndefined();
  });

  it('rejects negative counts and bad confidence levels', () => {
    expect(() => pairedProportionDiffInterval(1, -1, 0, 0)).toThrow(RangeError);
    expect(() => pairedProportionDiffInterval(1, 1, 0, 0, { confidence: 95 })).toThrow(RangeError);
  });
});

describe("pairedProportionDiffInterval (Tango's score interval)", () => {
  // Values from an independent Python port of contingencytables::Tango_asymptotic_score_CI_paired_2x2
  // (R), with the roots found by scipy.optimize.brentq(xtol=1e-15).
  it.each([
    [59, 6, 16, 80, 0.95, -0.12402343246406818, -0.005433395731676969],
    [1, 1, 7, 12, 0.95, -0.5172322764213775, -0.026003032480868493],
    [14, 5, 0, 22, 0.95, 0.02583638467112518, 0.25544211520976884],
    [36, 12, 2, 0, 0.95, 0.061112406186343914, 0.34470874828214876],
    [20, 3, 9, 68, 0.95, -0.1376930093666315, 0.009115601446117014],
    [59, 6, 16, 80, 0.9, -0.11312605305245307, -0.015058363815819141],
  ])('matches the Python port of Tango (1998) for (%i, %i, %i, %i) at %f', (a, b, c, d, confidence, lo, hi) => {
    const interval = pairedProportionDiffInterval(a, b, c, d, { method: 'tango', confidence });
    expectPairClose(interval, [lo, hi], 1e-9);
    expect(interval?.signature).toBe(`paired-diff-tango|conf:${confidence}`);
  });

  it("excludes 0 exactly when McNemar's uncorrected test rejects, since Tango's statistic at 0 is (b - c)/√(b + c)", () => {
    for (const [b, c] of [
      [6, 16],
      [1, 7],
      [0, 5],
      [25, 10],
      [3, 9],
      [10, 20],
      [12, 12],
    ] as const) {
      const interval = pairedProportionDiffInterval(30, b, c, 40, { method: 'tango' });
      const excludesZero = (interval?.[0] ?? 0) > 0 || (interval?.[1] ?? 0) < 0;
      expect(excludesZero, `b=${b}, c=${c}`).toBe(mcnemar(b, c, { method: 'chi2' }).pvalue < 0.05);
    }
  });

  it('gives z²/(n + z²) as the upper bound with no discordant pairs', () => {
    const z = 1.959963984540054;
    const interval = pairedProportionDiffInterval(10, 0, 0, 10, { method: 'tango' });
    expectPairClose(interval, [-(z * z) / (20 + z * z), (z * z) / (20 + z * z)], 1e-9);
  });

  it('is [.., 1] when every pair passes first and fails second', () => {
    expect(pairedProportionDiffInterval(0, 5, 0, 0, { method: 'tango' })?.[1]).toBe(1);
  });
});
