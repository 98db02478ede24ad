import { normalCdf } from './distributions.js';
/**
 * Lan–DeMets' O'Brien–Fleming-type spending function, one-sided:
 * α(t) = 2 − 2Φ(z_{1−α/2}/√t). It spends almost nothing early and nearly all of α at t = 1, so
 * the last look's boundary is close to the fixed-sample one.
 */
export declare function obrienFlemingSpending(t: number, alpha: number): number;
/**
 * Kim & DeMets' (1987) power family, α(t) = α·t^ρ: ρ = 3 is close to O'Brien–Fleming, ρ = 1 to
 * Pocock; ρ = 2 spends more of α at the early looks than O'Brien–Fleming, for a test whose
 * early stop is the common, wanted outcome.
 */
export declare function powerSpending(rho: number): (t: number, alpha: number) => number;
/** A boundary no statistic crosses: the look spends nothing. */
export declare const NO_BOUNDARY = 40;
/**
 * The one-sided boundaries c_1 … c_K (on the Z scale) for looks at the given information
 * fractions, each spending α(t_k) − α(t_{k−1}). A look at t = 1 (or the last look of the
 * test, when `final` is set) spends all that is left. Fractions must increase.
 */
export declare function spendingBoundaries(fractions: readonly number[], alpha: number, options?: {
    final?: boolean;
    spending?: (t: number, alpha: number) => number;
}): number[];
/**
 * Under a drift θ (Z_k ≈ θ·√t_k + noise), the probability that a test with these boundaries
 * crosses at each look: for planning the expected number of cases an adaptive tier uses.
 */
export declare function crossingProbabilities(fractions: readonly number[], bounds: readonly number[], drift: number): number[];
/** Φ, re-exported for the planner's fixed-sample comparison. */
export declare const standardNormalCdf: typeof normalCdf;
