import { normalIsf } from '../stats/distributions.js';
import type { RegressionEvidence } from './regression-test.js';

/**
 * The smallest true worsening this test fails with the given power, at one-sided level α
 * (Bonferroni's α/k for k corrected slices, Holm's first step): the gate fails when the
 * lower bound exceeds the margin m, so it needs δ ≈ m + (z_α + z_power)·SE(δ).
 * For paired pass rates SE(δ) = √((ψ − δ²)/n) with discordance ψ ≥ δ (Connor 1987); the
 * fixed point is found by iteration. `null` when the test has no usable standard error.
 */
export function detectableWorsening(e: RegressionEvidence, options: { alpha: number; tests: number; power?: number }): number | null {
  const z = normalIsf(options.alpha / options.tests) + normalIsf(1 - (options.power ?? 0.8));
  const m = e.threshold;
  if (e.discordantRate !== null) {
    const seAt = (delta: number) => Math.sqrt(Math.max(Math.max(e.discordantRate!, delta) - delta * delta, 0) / e.n);
    let delta = m + z * seAt(m);
    for (let i = 0; i < 100; i++) delta = m + z * seAt(delta);
    return Math.min(delta, 1);
  }
  if (e.standardError !== null && Number.isFinite(e.standardError)) return m + z * e.standardError;
  // bootstrap: read the standard error off the interval's width
  const [lo, hi] = e.interval;
  const zInterval = normalIsf(options.alpha);
  if (!(hi > lo) || !Number.isFinite(hi - lo)) return null;
  return m + z * ((hi - lo) / (2 * zInterval));
}
