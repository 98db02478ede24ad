import { describe, expect, test } from 'vitest';
import { bootstrapEvidence, meanEvidence } from '../../src/gate/regression-test.js';
import { pairedBootstrap, pairedTTest, unpairedBootstrap, welchTTest } from '../../src/lib.js';

// The README says the gate's tests are the exported library functions; these pin it.
const current = [0.61, 0.7, 0.52, 0.88, 0.47, 0.75, 0.64, 0.58, 0.8, 0.69, 0.5, 0.6];
const baseline = [0.66, 0.72, 0.6, 0.9, 0.5, 0.79, 0.7, 0.58, 0.85, 0.75, 0.55, 0.6];
const up = { higherIsBetter: true, threshold: 0.02, confidence: 0.95 };

describe('the gate decides with the library functions', () => {
  test('a paired mean rule is pairedTTest(baseline, current) against the margin as null difference', () => {
    const e = meanEvidence(current, baseline, { ...up, paired: true });
    expect(e.pFail).toBe(pairedTTest(baseline, current, { alternative: 'greater', nullDifference: 0.02 }).pvalue);
    expect(e.pPass).toBe(pairedTTest(baseline, current, { alternative: 'less', nullDifference: 0.02 }).pvalue);
    expect(e.interval).toEqual([...pairedTTest(baseline, current, { confidence: 0.9 }).interval!]);
  });

  test('an unpaired mean rule is welchTTest, oriented so that positive is worse', () => {
    const down = { ...up, higherIsBetter: false };
    const e = meanEvidence(current, baseline.slice(0, 9), { ...down, paired: false });
    expect(e.pFail).toBe(
      welchTTest(current, baseline.slice(0, 9), { alternative: 'greater', nullDifference: 0.02 }).pvalue,
    );
  });

  test('quantile and total rules are pairedBootstrap / unpairedBootstrap(current, baseline)', () => {
    const options = { statistic: { quantile: 0.9 }, seed: 3, resamples: 400 } as const;
    const o = { higherIsBetter: false, threshold: 0.05, confidence: 0.95, ratio: false, ...options };
    const paired = bootstrapEvidence(current, baseline, { ...o, paired: true })!;
    expect(paired.worsening).toBe(pairedBootstrap(current, baseline, options).estimate);
    const unpaired = bootstrapEvidence(current, baseline.slice(0, 7), { ...o, paired: false })!;
    expect(unpaired.worsening).toBe(unpairedBootstrap(current, baseline.slice(0, 7), options).estimate);
    const replicates = unpairedBootstrap(current, baseline.slice(0, 7), options).replicates;
    expect(unpaired.interval[0]).toBe(replicates[Math.floor(0.05 * replicates.length)]);
  });
});
