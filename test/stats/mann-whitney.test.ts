import { describe, expect, it } from 'vitest';
import { mannWhitneyU } from '../../src/stats/index.js';
import { expectClose } from './expect-close.js';

// Reference values from scipy.stats.mannwhitneyu (SciPy 1.17).
// The scipy.stats.mannwhitneyu docstring's example (ages at diagnosis, Conover 1999).
const males = [19, 22, 16, 29, 24];
const females = [20, 11, 17, 12];

describe('mannWhitneyU', () => {
  it("matches the SciPy docstring: mannwhitneyu(males, females, method='exact') = (17.0, 0.1111111111111111)", () => {
    const result = mannWhitneyU(males, females, { method: 'exact' });
    expect(result.u1).toBe(17);
    expectClose(result.pvalue, 0.1111111111111111, 1e-12);
    expect(result.signature).toBe('mann-whitney|method:exact|continuity:true|alt:two-sided');
  });

  it("matches the SciPy docstring's asymptotic p 0.11134688653314041, and 0.0864107329737 without continuity correction", () => {
    expectClose(mannWhitneyU(males, females, { method: 'asymptotic' }).pvalue, 0.11134688653314041, 1e-10);
    expectClose(
      mannWhitneyU(males, females, { method: 'asymptotic', continuity: false }).pvalue,
      0.0864107329737,
      1e-10,
    );
  });

  it("matches the SciPy docstring: mannwhitneyu(females, males, alternative='less', method='exact') = (3.0, 0.05555555555555555)", () => {
    const result = mannWhitneyU(females, males, { alternative: 'less', method: 'exact' });
    expect(result.u1).toBe(3);
    expectClose(result.pvalue, 0.05555555555555555, 1e-12);
  });

  it('picks the exact test under auto for small untied samples (as SciPy)', () => {
    expectClose(mannWhitneyU(males, females).pvalue, 0.1111111111111111, 1e-12);
    expect(mannWhitneyU(males, females).signature).toContain('method:auto->exact');
  });

  // Ties: 'auto' uses the tie-corrected normal approximation; forcing 'exact' uses SciPy's
  // untied distribution at floor(U).
  const x = [1, 2, 2, 3, 3, 3, 4, 5];
  const y = [2, 3, 4, 4, 5, 5, 6, 6, 7];
  it.each([
    ['two-sided', 0.03175895714806371, 0.03595228301110654],
    ['less', 0.015879478574031856, 0.01797614150555327],
    ['greater', 0.9876172774448116, 0.9896750308515014],
  ] as const)(
    "matches mannwhitneyu(x, y, alternative='%s') with ties: U1 13.5, auto %f, exact %f",
    (alternative, auto, exact) => {
      const result = mannWhitneyU(x, y, { alternative });
      expect(result.u1).toBe(13.5);
      expectClose(result.pvalue, auto, 1e-10);
      expect(result.signature).toContain('method:auto->asymptotic');
      expectClose(mannWhitneyU(x, y, { alternative, method: 'exact' }).pvalue, exact, 1e-10);
    },
  );

  it('matches mannwhitneyu(range(1, 21), [v + 3.5 for v in range(1, 16)]): U1 135, asymptotic 0.628859, exact 0.633113', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i + 1);
    const ys = Array.from({ length: 15 }, (_, i) => i + 4.5);
    expect(mannWhitneyU(xs, ys).u1).toBe(135);
    expectClose(mannWhitneyU(xs, ys).pvalue, 0.6288590757223551, 1e-10);
    expectClose(mannWhitneyU(xs, ys, { method: 'exact' }).pvalue, 0.6331132999260984, 1e-10);
  });

  it("scales the exact test to lopsided and large samples: mannwhitneyu(8 values, range(3000), method='exact') = 0.549963, and 'less' 0.0727498", () => {
    const y = Array.from({ length: 3000 }, (_, i) => i);
    const result = mannWhitneyU(
      Array.from({ length: 8 }, (_, k) => 0.5 + 375 * k),
      y,
      { method: 'exact' },
    );
    expect(result.u1).toBe(10508);
    expectClose(result.pvalue, 0.5499631949863866, 1e-10);
    // 'auto' is exact here too, since one sample has at most 8 values and nothing is tied.
    const less = mannWhitneyU(
      Array.from({ length: 8 }, (_, k) => 0.5 + 300 * k),
      y,
      { alternative: 'less' },
    );
    expect(less.signature).toContain('method:auto->exact');
    expectClose(less.pvalue, 0.07274977863571708, 1e-10);
  });

  it("keeps a tiny exact tail: mannwhitneyu(range(200), [i + 60.5 ...], method='exact') = (9730, 4.7985597101162696e-20)", () => {
    const x = Array.from({ length: 200 }, (_, i) => i);
    const result = mannWhitneyU(
      x,
      x.map((v) => v + 60.5),
      { method: 'exact' },
    );
    expect(result.u1).toBe(9730);
    expectClose(result.pvalue, 4.7985597101162696e-20, 1e-9);
  });

  it('gives p = 1 when every value is tied (continuity correction on) and no p-value without it, as SciPy (1.0 / nan)', () => {
    expect(mannWhitneyU([1, 1], [1, 1, 1])).toMatchObject({ u1: 3, pvalue: 1 });
    expect(mannWhitneyU([1, 1], [1, 1, 1], { continuity: false })).toMatchObject({ u1: 3, pvalue: undefined });
  });

  it('is undefined when a sample is empty (SciPy raises)', () => {
    expect(mannWhitneyU([], [1, 2])).toMatchObject({ u1: undefined, pvalue: undefined });
  });
});
