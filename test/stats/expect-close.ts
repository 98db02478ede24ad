import { expect } from 'vitest';

/** Asserts |actual - expected| <= rtol·|expected| + atol, with a message naming both. */
export function expectClose(actual: number | undefined, expected: number, rtol = 1e-9, atol = 1e-14): void {
  expect(actual, `expected a number close to ${expected}`).toBeTypeOf('number');
  const a = actual as number;
  if (!Number.isFinite(expected)) {
    expect(a).toBe(expected);
    return;
  }
  const tolerance = rtol * Math.abs(expected) + atol;
  expect(Math.abs(a - expected), `${a} vs ${expected} (tolerance ${tolerance})`).toBeLessThanOrEqual(tolerance);
}

/** expectClose on each end of an interval. */
export function expectPairClose(
  actual: readonly [number, number] | undefined,
  expected: readonly [number, number],
  rtol = 1e-9,
  atol = 1e-14,
): void {
  expect(actual, `expected an interval close to [${expected.join(', ')}]`).toBeDefined();
  expectClose(actual?.[0], expected[0], rtol, atol);
  expectClose(actual?.[1], expected[1], rtol, atol);
}
