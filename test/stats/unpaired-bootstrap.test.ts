import { describe, expect, it } from 'vitest';
import { createRandom, unpairedBootstrap, welchTTest } from '../../src/stats/index.js';
import { expectClose, expectPairClose } from './expect-close.js';

describe('unpairedBootstrap', () => {
  it("compares in SciPy's order, like welchTTest: statistic(a) − statistic(b)", () => {
    const a = [3, 4, 5, 6];
    const b = [1, 2, 3];
    expectClose(unpairedBootstrap(a, b, { resamples: 20 }).estimate, welchTTest(a, b).meanDiff!, 1e-12);
    expectClose(unpairedBootstrap(a, b, { compare: 'ratio', statistic: 'sum', resamples: 20 }).estimate, 3, 1e-12);
  });

  it('agrees with the Welch t interval for the mean difference of two large samples (within 5% of its width)', () => {
    const random = createRandom(7);
    const a = Array.from({ length: 1500 }, () => random() + 0.1);
    const b = Array.from({ length: 1200 }, () => random() * 1.3);
    const bootstrap = unpairedBootstrap(a, b, { seed: 4 });
    const t = welchTTest(a, b);
    const width = t.interval![1] - t.interval![0];
    expect(Math.abs(bootstrap.interval![0] - t.interval![0])).toBeLessThan(0.05 * width);
    expect(Math.abs(bootstrap.interval![1] - t.interval![1])).toBeLessThan(0.05 * width);
  });

  it('is degenerate at the difference for constant samples, and deterministic for a seed', () => {
    expectPairClose(unpairedBootstrap([5, 5, 5], [2, 2], { statistic: { quantile: 0.95 } }).interval, [3, 3], 1e-12);
    const first = unpairedBootstrap([1, 2, 3, 9], [2, 5], { seed: 3, resamples: 100 });
    expect(unpairedBootstrap([1, 2, 3, 9], [2, 5], { seed: 3, resamples: 100 }).replicates).toEqual(first.replicates);
    expect(first.signature).toBe(
      'unpaired-bootstrap|stat:mean|compare:diff|resamples:100|conf:0.95|seed:3|rng:mulberry32|ci:percentile',
    );
  });

  it('is undefined for an empty sample or a ratio over 0', () => {
    expect(unpairedBootstrap([], [1])).toMatchObject({ estimate: undefined, interval: undefined });
    expect(unpairedBootstrap([1], [0], { compare: 'ratio' })).toMatchObject({ estimate: undefined });
  });
});
