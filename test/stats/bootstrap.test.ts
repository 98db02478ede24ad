import { describe, expect, it } from 'vitest';
import { createRandom, pairedBootstrap, pairedTTest, quantile } from '../../src/stats/index.js';
import { expectClose, expectPairClose } from './expect-close.js';

const a = [
  0.62, 0.71, 0.55, 0.9, 0.48, 0.77, 0.66, 0.59, 0.83, 0.7, 0.52, 0.61, 0.74, 0.68, 0.8, 0.57, 0.63, 0.72, 0.69, 0.75,
];
const b = [
  0.66, 0.7, 0.61, 0.93, 0.5, 0.79, 0.71, 0.58, 0.85, 0.76, 0.55, 0.6, 0.8, 0.73, 0.82, 0.62, 0.61, 0.78, 0.7, 0.79,
];

describe('pairedBootstrap', () => {
  // The reference replays the same Mulberry32 stream in Python (index = floor(u32 · n / 2^32)),
  // resamples pairs with NumPy and takes numpy.percentile(replicates, [2.5, 97.5]).
  it('matches a NumPy replay of the same Mulberry32 index stream: mean diff 0.0285, 95% interval (0.0184875, 0.0395)', () => {
    const result = pairedBootstrap(b, a, { resamples: 200, seed: 5 });
    expectClose(result.estimate, 0.02849999999999997, 1e-12);
    expectPairClose(result.interval, [0.018487499999999962, 0.03949999999999998], 1e-10);
    expect(result.signature).toBe(
      'paired-bootstrap|stat:mean|compare:diff|resamples:200|conf:0.95|seed:5|rng:mulberry32|ci:percentile',
    );
    expect(result.interval?.signature).toBe(result.signature);
    expect(result.replicates).toHaveLength(200);
  });

  it('matches the NumPy replay for the p95 ratio: estimate 1.024595, 90% interval (1.024096, 1.064324)', () => {
    const result = pairedBootstrap(b, a, {
      statistic: { quantile: 0.95 },
      compare: 'ratio',
      resamples: 200,
      seed: 5,
      confidence: 0.9,
    });
    expectClose(result.estimate, 1.0245950809838034, 1e-12);
    expectPairClose(result.interval, [1.0240963855421688, 1.064323607427056], 1e-10);
    expect(result.signature).toContain('stat:q0.95|compare:ratio');
  });

  it('is deterministic for a seed, and a different seed gives different replicates', () => {
    const first = pairedBootstrap(a, b, { seed: 11, resamples: 300 });
    const again = pairedBootstrap(a, b, { seed: 11, resamples: 300 });
    const other = pairedBootstrap(a, b, { seed: 12, resamples: 300 });
    expect([...(again.interval ?? [])]).toEqual([...(first.interval ?? [])]);
    expect(again.replicates).toEqual(first.replicates);
    expect(other.replicates).not.toEqual(first.replicates);
  });

  it('uses 2000 resamples, 95% and seed 0 by default, and returns the sorted replicates', () => {
    const result = pairedBootstrap(a, b);
    expect(result).toMatchObject({ resamples: 2000, seed: 0 });
    expect(result.signature).toBe(
      'paired-bootstrap|stat:mean|compare:diff|resamples:2000|conf:0.95|seed:0|rng:mulberry32|ci:percentile',
    );
    for (let i = 1; i < result.replicates.length; i++) {
      expect(result.replicates[i] as number).toBeGreaterThanOrEqual(result.replicates[i - 1] as number);
    }
  });

  it("compares in SciPy's order, like pairedTTest: statistic(a) − statistic(b)", () => {
    expectClose(pairedBootstrap(b, a, { resamples: 50 }).estimate, pairedTTest(b, a).meanDiff!, 1e-12);
    expect(pairedBootstrap(b, a, { resamples: 50 }).estimate).toBeGreaterThan(0);
    expect(pairedBootstrap(a, b, { resamples: 50 }).estimate).toBeLessThan(0);
  });

  it('keeps the pairing: a constant shift gives a degenerate interval at the shift', () => {
    const shifted = a.map((v) => v + 2);
    const result = pairedBootstrap(shifted, a, { resamples: 500, seed: 3 });
    expectClose(result.estimate, 2, 1e-12);
    expectPairClose(result.interval, [2, 2], 1e-12);
    expectPairClose(pairedBootstrap(a, a, { statistic: 'median' }).interval, [0, 0]);
  });

  it('is scale-equivariant for ratios: b = 1.1·a gives 1.1 for sum, mean, median and p95', () => {
    const scaled = a.map((v) => v * 1.1);
    for (const statistic of ['sum', 'mean', 'median', { quantile: 0.95 }] as const) {
      const result = pairedBootstrap(scaled, a, { statistic, compare: 'ratio', resamples: 300, seed: 1 });
      expectClose(result.estimate, 1.1, 1e-12);
      expectPairClose(result.interval, [1.1, 1.1], 1e-12);
    }
  });

  it('agrees with the paired t interval for the mean of 2000 independent differences (within 5% of its width)', () => {
    const random = createRandom(99);
    const base = Array.from({ length: 2000 }, () => random());
    const candidate = base.map((v) => v + (random() - 0.45) * 0.5);
    const bootstrap = pairedBootstrap(candidate, base, { seed: 2 });
    const t = pairedTTest(candidate, base);
    const width = (t.interval?.[1] ?? 0) - (t.interval?.[0] ?? 0);
    expect(Math.abs((bootstrap.interval?.[0] ?? 0) - (t.interval?.[0] ?? 0))).toBeLessThan(0.05 * width);
    expect(Math.abs((bootstrap.interval?.[1] ?? 0) - (t.interval?.[1] ?? 0))).toBeLessThan(0.05 * width);
  });

  it('computes quantile statistics from multiplicities exactly as from the materialised resample', () => {
    for (const q of [0, 0.05, 0.5, 0.95, 1]) {
      const fast = pairedBootstrap(a, b, { statistic: { quantile: q, method: 'hazen' }, resamples: 100, seed: 8 });
      const slow = pairedBootstrap(a, b, {
        statistic: (xs) => quantile(Array.from(xs), q, { method: 'hazen' }) ?? NaN,
        resamples: 100,
        seed: 8,
      });
      expect(fast.replicates).toEqual(slow.replicates);
      expect(fast.estimate).toBe(slow.estimate);
    }
  });

  it('accepts a custom statistic function and names it in the signature', () => {
    const max = (xs: Float64Array) => Math.max(...xs);
    const result = pairedBootstrap(b, a, { statistic: max, resamples: 100 });
    expectClose(result.estimate, 0.03, 1e-12);
    expect(result.signature).toContain('stat:fn:max');
  });

  it('is undefined for no pairs, and for a ratio whose baseline statistic is 0', () => {
    expect(pairedBootstrap([], [])).toMatchObject({ estimate: undefined, interval: undefined });
    expect(pairedBootstrap([1, 2], [0, 0], { compare: 'ratio', statistic: 'sum' })).toMatchObject({
      estimate: undefined,
      interval: undefined,
    });
  });

  it('leaves the interval undefined when the ratio is undefined in some resample (baseline sum 0)', () => {
    const result = pairedBootstrap([1, 1, 1, 1], [0, 0, 0, 1], { compare: 'ratio', statistic: 'sum', resamples: 200 });
    expect(result.estimate).toBe(4);
    expect(result.interval).toBeUndefined();
  });

  it('rejects unpaired input and bad settings', () => {
    expect(() => pairedBootstrap([1, 2], [1])).toThrow(RangeError);
    expect(() => pairedBootstrap([1], [1], { resamples: 0 })).toThrow(RangeError);
    expect(() => pairedBootstrap([1], [1], { confidence: 1.2 })).toThrow(RangeError);
    expect(() => pairedBootstrap([1], [1], { seed: 0.5 })).toThrow(RangeError);
    expect(() => pairedBootstrap([1], [1], { statistic: { quantile: 2 } })).toThrow(RangeError);
    expect(() => pairedBootstrap([1, Infinity], [1, 2])).toThrow(RangeError);
  });
});
