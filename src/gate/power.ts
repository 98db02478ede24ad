import { normalIsf } from '../stats/distributions.js';
import type { RegressionEvidence } from './regression-test.js';

/**
 * The smallest true worsening this test fails with the given power, at one-sided level α
 * (Bonferroni's α/k for k corrected slices, Holm's first step): the gate fails when the
 * lower bound exceeds the margin m, so it needs δ ≈ m + (z_α + z_power)·SE(δ).
 * For paired pass rates SE(δ) = √((ψ − δ²)/n) with discordance ψ ≥ δ (Connor 1987); the
 * fixed point is found by iteration. `null` when the test has no usable standard error.
 */
export function detectableWorsening(
  e: RegressionEvidence,
  options: { alpha: number; tests: number; power?: number },
): number | null {
  const z = normalIsf(options.alpha / options.tests) + normalIsf(1 - (options.power ?? 0.8));
  const m = e.threshold;
  if (e.discordantRate !== null)
    return pairedDetectableDrop({ n: e.n, discordantRate: e.discordantRate, margin: m, z });
  if (e.standardError !== null && Number.isFinite(e.standardError)) return m + z * e.standardError;
  // bootstrap: read the standard error off the interval's width
  const [lo, hi] = e.interval;
  const zInterval = normalIsf(options.alpha);
  if (!(hi > lo) || !Number.isFinite(hi - lo)) return null;
  return m + z * ((hi - lo) / (2 * zInterval));
}

/** The fixed point δ = m + z·√((ψ(δ) − δ²)/n) with ψ(δ) = max(ψ₀, δ): paired pass rates. */
function pairedDetectableDrop(o: { n: number; discordantRate: number; margin: number; z: number }): number {
  const seAt = (delta: number) => Math.sqrt(Math.max(Math.max(o.discordantRate, delta) - delta * delta, 0) / o.n);
  let delta = o.margin + o.z * seAt(o.margin);
  for (let i = 0; i < 100; i++) delta = o.margin + o.z * seAt(delta);
  return Math.min(delta, 1);
}

export interface PlanInput {
  n: number;
  baselineRate: number;
  /** Share of cases whose outcome differs between two runs; 2p(1 − p) when runs are independent. */
  discordantRate?: number;
  margin: number;
  alpha: number;
  /** Slices corrected for (Holm's first step uses α/tests). */
  tests?: number;
  power?: number;
}

/** For planning: the smallest true drop in a paired pass rate the gate fails with the given power at n. */
export function plannedDetectableDrop(p: PlanInput): number {
  const z = normalIsf(p.alpha / (p.tests ?? 1)) + normalIsf(1 - (p.power ?? 0.8));
  return pairedDetectableDrop({
    n: p.n,
    discordantRate: p.discordantRate ?? 2 * p.baselineRate * (1 - p.baselineRate),
    margin: p.margin,
    z,
  });
}

/** For planning: the paired cases needed so that a true drop of `drop` fails with the given power; null beyond a million. */
export function plannedSampleSize(p: Omit<PlanInput, 'n'> & { drop: number }): number | null {
  if (p.drop <= p.margin) return null;
  let lo = 1;
  let hi = 1;
  while (plannedDetectableDrop({ ...p, n: hi }) > p.drop) {
    lo = hi;
    hi *= 2;
    if (hi > 1_000_000) return null;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (plannedDetectableDrop({ ...p, n: mid }) > p.drop) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * For planning: the smallest margin a paired pass-rate rule proves (passes) with the given
 * power when nothing changed, at n paired cases: under no change the worsening is 0 with
 * SE = √(ψ/n), and the gate passes when the upper bound falls below the margin, so it needs
 * m ≥ (z_α + z_power)·√(ψ/n). A pass needs every slice to pass on its own (an intersection–union
 * test), so α is not divided across slices here.
 */
export function provableMargin(p: Omit<PlanInput, 'margin' | 'tests'>): number {
  const z = normalIsf(p.alpha) + normalIsf(1 - (p.power ?? 0.8));
  const psi = p.discordantRate ?? 2 * p.baselineRate * (1 - p.baselineRate);
  return z * Math.sqrt(psi / p.n);
}

/** For planning: the paired cases at which `provableMargin` falls to `margin`. */
export function casesToProve(p: Omit<PlanInput, 'n' | 'tests'>): number {
  const z = normalIsf(p.alpha) + normalIsf(1 - (p.power ?? 0.8));
  const psi = p.discordantRate ?? 2 * p.baselineRate * (1 - p.baselineRate);
  return Math.ceil((psi * z * z) / (p.margin * p.margin));
}
