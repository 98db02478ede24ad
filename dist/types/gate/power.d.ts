import type { RegressionEvidence } from './regression-test.js';
/**
 * The smallest true worsening this test fails with the given power, at one-sided level α
 * (Bonferroni's α/k for k corrected slices, Holm's first step): the gate fails when the
 * lower bound exceeds the margin m, so it needs δ ≈ m + (z_α + z_power)·SE(δ).
 * For paired pass rates SE(δ) = √((ψ − δ²)/n) with discordance ψ ≥ δ (Connor 1987); the
 * fixed point is found by iteration. `null` when the test has no usable standard error.
 */
export declare function detectableWorsening(e: RegressionEvidence, options: {
    alpha: number;
    tests: number;
    power?: number;
}): number | null;
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
export declare function plannedDetectableDrop(p: PlanInput): number;
/** For planning: the paired cases needed so that a true drop of `drop` fails with the given power; null beyond a million. */
export declare function plannedSampleSize(p: Omit<PlanInput, 'n'> & {
    drop: number;
}): number | null;
