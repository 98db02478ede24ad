// Group-sequential boundaries by α-spending (Lan & DeMets 1983, "Discrete sequential boundaries
// for clinical trials", Biometrika 70:659–663): a one-sided test looked at K times, at
// information fractions t_1 < … < t_K ≤ 1 chosen as the data arrive, rejects at look k when
// Z_k ≥ c_k, where c_k spends exactly α(t_k) − α(t_{k−1}) of the type I error. Under H0 the
// statistics behave like Brownian motion (S_k = Z_k·√t_k with independent increments), so the
// crossing probabilities are computed by the recursive numerical integration of Armitage,
// McPherson & Rowe (1969) as laid out in Jennison & Turnbull (2000), "Group Sequential Methods
// with Applications to Clinical Trials", chapter 19. The total error over all looks is at most α
// whatever the number and timing of the looks, as long as the timing does not depend on the
// test's own data.
import { normalCdf, normalIsf, normalSf } from './distributions.js';

/**
 * Lan–DeMets' O'Brien–Fleming-type spending function, one-sided:
 * α(t) = 2 − 2Φ(z_{1−α/2}/√t). It spends almost nothing early and nearly all of α at t = 1, so
 * the last look's boundary is close to the fixed-sample one.
 */
export function obrienFlemingSpending(t: number, alpha: number): number {
  if (t <= 0) return 0;
  if (t >= 1) return alpha;
  return 2 * normalSf(normalIsf(alpha / 2) / Math.sqrt(t));
}

/**
 * Kim & DeMets' (1987) power family, α(t) = α·t^ρ: ρ = 3 is close to O'Brien–Fleming, ρ = 1 to
 * Pocock; ρ = 2 spends more of α at the early looks than O'Brien–Fleming, for a test whose
 * early stop is the common, wanted outcome.
 */
export function powerSpending(rho: number): (t: number, alpha: number) => number {
  return (t, alpha) => (t <= 0 ? 0 : t >= 1 ? alpha : alpha * t ** rho);
}

/** Points of the integration grid per look (odd, for Simpson's rule). */
const GRID = 241;
/** The grid reaches this many standard deviations below zero; the mass beyond is < 1e-15. */
const REACH = 8;
/** A boundary no statistic crosses: the look spends nothing. */
export const NO_BOUNDARY = 40;

const SQRT_2PI = Math.sqrt(2 * Math.PI);
const phi = (x: number) => Math.exp(-0.5 * x * x) / SQRT_2PI;

interface Grid {
  /** Values of S_k. */
  s: Float64Array;
  /** Simpson weight × sub-density of S_k on the continuation region. */
  wf: Float64Array;
}

function simpsonGrid(lo: number, hi: number): { s: Float64Array; w: Float64Array } {
  const s = new Float64Array(GRID);
  const w = new Float64Array(GRID);
  const h = (hi - lo) / (GRID - 1);
  for (let i = 0; i < GRID; i++) {
    s[i] = lo + i * h;
    w[i] = (h / 3) * (i === 0 || i === GRID - 1 ? 1 : i % 2 === 1 ? 4 : 2);
  }
  return { s, w };
}

/**
 * The one-sided boundaries c_1 … c_K (on the Z scale) for looks at the given information
 * fractions, each spending α(t_k) − α(t_{k−1}). A look at t = 1 (or the last look of the
 * test, when `final` is set) spends all that is left. Fractions must increase.
 */
export function spendingBoundaries(
  fractions: readonly number[],
  alpha: number,
  options: { final?: boolean; spending?: (t: number, alpha: number) => number } = {},
): number[] {
  const spend = options.spending ?? obrienFlemingSpending;
  const bounds: number[] = [];
  let grid: Grid | null = null;
  let prevT = 0;
  let spent = 0;
  for (let k = 0; k < fractions.length; k++) {
    const last = k === fractions.length - 1 && options.final === true;
    const t = last ? Math.max(fractions[k]!, prevT + 1e-9) : Math.min(fractions[k]!, 1);
    const target = (last ? alpha : spend(t, alpha)) - spent;
    const dt = t - prevT;
    const crossing = (c: number): number => {
      const edge = c * Math.sqrt(t);
      if (!grid) return normalSf(c);
      let p = 0;
      const sd = Math.sqrt(dt);
      for (let i = 0; i < GRID; i++) p += grid.wf[i]! * normalSf((edge - grid.s[i]!) / sd);
      return p;
    };
    let c: number;
    if (!(target > 1e-15) || !(dt > 0)) c = NO_BOUNDARY;
    else {
      let lo = -10;
      let hi = NO_BOUNDARY;
      for (let i = 0; i < 56; i++) {
        const mid = (lo + hi) / 2;
        if (crossing(mid) > target) lo = mid;
        else hi = mid;
      }
      c = hi;
    }
    bounds.push(c);
    spent += c >= NO_BOUNDARY ? 0 : crossing(c);
    // the sub-density of S_k where the test goes on (below the boundary)
    const sdT = Math.sqrt(t);
    const { s, w } = simpsonGrid(-REACH * sdT, Math.min(c, REACH) * sdT);
    const wf = new Float64Array(GRID);
    if (!grid) {
      for (let j = 0; j < GRID; j++) wf[j] = (w[j]! * phi(s[j]! / sdT)) / sdT;
    } else {
      const sd = Math.sqrt(dt);
      for (let j = 0; j < GRID; j++) {
        let f = 0;
        for (let i = 0; i < GRID; i++) f += grid.wf[i]! * phi((s[j]! - grid.s[i]!) / sd);
        wf[j] = (w[j]! * f) / sd;
      }
    }
    grid = { s, wf };
    prevT = t;
  }
  return bounds;
}

/**
 * Under a drift θ (Z_k ≈ θ·√t_k + noise), the probability that a test with these boundaries
 * crosses at each look: for planning the expected number of cases an adaptive tier uses.
 */
export function crossingProbabilities(
  fractions: readonly number[],
  bounds: readonly number[],
  drift: number,
): number[] {
  const out: number[] = [];
  let grid: Grid | null = null;
  let prevT = 0;
  for (let k = 0; k < fractions.length; k++) {
    const t = fractions[k]!;
    const dt = t - prevT;
    const c = bounds[k]!;
    const edge = c * Math.sqrt(t);
    const sd = Math.sqrt(dt);
    const mean = drift * dt;
    if (!grid) out.push(normalSf((edge - drift * t) / Math.sqrt(t)));
    else {
      let p = 0;
      for (let i = 0; i < GRID; i++) p += grid.wf[i]! * normalSf((edge - grid.s[i]! - mean) / sd);
      out.push(p);
    }
    const sdT = Math.sqrt(t);
    const centre = drift * t;
    const { s, w } = simpsonGrid(centre - REACH * sdT, Math.min(edge, centre + REACH * sdT));
    const wf = new Float64Array(GRID);
    if (!grid) {
      for (let j = 0; j < GRID; j++) wf[j] = (w[j]! * phi((s[j]! - centre) / sdT)) / sdT;
    } else {
      for (let j = 0; j < GRID; j++) {
        let f = 0;
        for (let i = 0; i < GRID; i++) f += grid.wf[i]! * phi((s[j]! - grid.s[i]! - mean) / sd);
        wf[j] = (w[j]! * f) / sd;
      }
    }
    grid = { s, wf };
    prevT = t;
  }
  return out;
}

/** Φ, re-exported for the planner's fixed-sample comparison. */
export const standardNormalCdf = normalCdf;
