import { describe, expect, test } from 'vitest';
import {
  nonInferiorityDetectableDrop as plannedDetectableDrop,
  nonInferioritySampleSize as plannedSampleSize,
} from '../../src/stats/index.js';

describe('what a pass-rate rule can detect', () => {
  const base = { baselineRate: 0.9, margin: 0.05, alpha: 0.05 };

  test('a larger sample detects a smaller drop, and never one below the margin', () => {
    const drops = [50, 200, 1000, 10_000].map((n) => plannedDetectableDrop({ ...base, n }));
    expect(drops).toEqual([...drops].sort((a, b) => b - a));
    for (const d of drops) expect(d).toBeGreaterThan(0.05);
    expect(drops[3]).toBeLessThan(0.07);
  });

  test('correcting over more slices needs a larger drop', () => {
    expect(plannedDetectableDrop({ ...base, n: 200, tests: 6 })).toBeGreaterThan(
      plannedDetectableDrop({ ...base, n: 200 }),
    );
  });

  test('the planned sample size is the smallest n whose detectable drop reaches the target', () => {
    const n = plannedSampleSize({ ...base, drop: 0.1 })!;
    expect(plannedDetectableDrop({ ...base, n })).toBeLessThanOrEqual(0.1);
    expect(plannedDetectableDrop({ ...base, n: n - 1 })).toBeGreaterThan(0.1);
    expect(plannedSampleSize({ ...base, drop: 0.05 })).toBeUndefined();
  });
});
