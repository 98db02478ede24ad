// Power and sample size for comparing two proportions with the normal approximation on
// Cohen's h, reproducing statsmodels (proportion_effectsize, NormalIndPower.power and
// .solve_power), plus the minimum detectable drop the gate's planner reports.
import { normalCdf, normalIsf, normalPpf, normalSf } from './distributions.js';
import { createRandom } from './random.js';
import { bisect } from './root-finding.js';
import { checkConfidence, checkProbability, normalizeAlternative } from './validation.js';
import type { Alternative } from './validation.js';

/** Cohen's h = 2·asin(√p1) - 2·asin(√p2) (Cohen 1988, §6.2; statsmodels
 * proportion_effectsize(p1, p2)). */
export function cohensH(p1: number, p2: number): number {
  checkProbability(p1, 'p1');
  checkProbability(p2, 'p2');
  return 2 * Math.asin(Math.sqrt(p1)) - 2 * Math.asin(Math.sqrt(p2));
}

export interface PowerTwoProportionsOptions {
  /** Cohen's h of p1 versus p2 (see `cohensH`). */
  effectSize: number;
  /** Size of the first sample. */
  n1: number;
  alpha?: number;
  /** n2 / n1 (default 1); 0 means a one-sample test, as in statsmodels. */
  ratio?: number;
  /** 'larger' is the power to detect p1 > p2. */
  alternative?: Alternative;
}

function normalPower(effectSize: number, nobs: number, alpha: number, alternative: Alternative | undefined): number {
  // statsmodels.stats.power.normal_power: both tails for a two-sided test.
  const side = normalizeAlternative(alternative);
  const a = side === 'two-sided' ? alpha / 2 : alpha;
  const shift = effectSize * Math.sqrt(nobs);
  let power = 0;
  if (side !== 'less') power += normalSf(normalIsf(a) - shift);
  if (side !== 'greater') power += normalCdf(normalPpf(a) - shift);
  return power;
}

function effectiveN(n1: number, ratio: number): number {
  return ratio > 0 ? 1 / (1 / n1 + 1 / (n1 * ratio)) : n1;
}

function checkPositive(value: number, name: string): number {
  if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`${name} must be a positive number, got ${value}`);
  return value;
}

function checkRatio(ratio: number | undefined): number {
  const value = ratio ?? 1;
  if (!(value >= 0) || !Number.isFinite(value)) throw new RangeError(`ratio must be >= 0, got ${value}`);
  return value;
}

/** The power of the two-sample z-test for proportions at effect size h
 * (statsmodels NormalIndPower().power(effect_size, nobs1, alpha, ratio, alternative)). */
export function powerTwoProportions(options: PowerTwoProportionsOptions): number {
  const n1 = checkPositive(options.n1, 'n1');
  const alpha = checkConfidence(options.alpha ?? 0.05, 'alpha');
  const ratio = checkRatio(options.ratio);
  if (!Number.isFinite(options.effectSize)) throw new RangeError('effectSize must be finite');
  return normalPower(options.effectSize, effectiveN(n1, ratio), alpha, options.alternative);
}

export interface SampleSizeTwoProportionsOptions {
  effectSize: number;
  /** Target power, in (0, 1). */
  power: number;
  alpha?: number;
  ratio?: number;
  alternative?: Alternative;
}

/**
 * The size of the first sample (a real number; round it up to plan) at which the z-test
 * reaches the target power (statsmodels NormalIndPower().solve_power(effect_size,
 * nobs1=None, alpha, power, ratio, alternative)). `undefined` when no sample size reaches it:
 * a zero effect, an effect in the direction the one-sided test ignores, or a target power
 * not above alpha.
 */
export function sampleSizeTwoProportions(options: SampleSizeTwoProportionsOptions): number | undefined {
  const alpha = checkConfidence(options.alpha ?? 0.05, 'alpha');
  const target = checkConfidence(options.power, 'power');
  const ratio = checkRatio(options.ratio);
  if (!Number.isFinite(options.effectSize)) throw new RangeError('effectSize must be finite');
  const shortfall = (n1: number): number =>
    normalPower(options.effectSize, effectiveN(n1, ratio), alpha, options.alternative) - target;
  let hi = 1;
  while (shortfall(hi) < 0) {
    hi *= 2;
    if (hi > 1e15) return undefined;
  }
  const lo = 1e-12;
  if (shortfall(lo) >= 0) return undefined;
  return bisect(shortfall, lo, hi);
}

export interface MinimumDetectableDropOptions {
  /** The baseline pass rate p. */
  baselineRate: number;
  /** Cases per arm (unpaired) or paired cases. */
  n: number;
  alpha?: number;
  power?: number;
  /** A regression gate asks about a drop only: 'one-sided' (default). */
  sides?: 'one-sided' | 'two-sided';
  /** Set when the same cases are run in both arms. `discordantRate` ψ is the expected share
   * of cases whose outcome differs between the arms. By default it is its value when the two
   * runs are independent, ψ = p(1 - q) + q(1 - p) with q = p - δ; runs that agree more than
   * chance have fewer discordant pairs and detect smaller drops. */
  paired?: { discordantRate?: number };
}

/**
 * The smallest drop δ in a pass rate (from p to p - δ) that the comparison detects with the
 * given power at level alpha; `undefined` when no drop up to p itself is detectable.
 *
 * - Unpaired: the δ at which the two-sample z-test on Cohen's h has that power
 *   (`powerTwoProportions` with equal arms), found by bisection.
 * - Paired: Connor's (1987, Biometrics 43:207) normal approximation for McNemar's test with
 *   discordant rate ψ: power = Φ((δ√n - z_α·√ψ) / √(ψ - δ²)), solved for δ in (0, min(ψ, p)]
 *   by bisection. The two-sided version uses z_{α/2} and ignores the far tail.
 */
export function minimumDetectableDrop(options: MinimumDetectableDropOptions): number | undefined {
  const p = checkProbability(options.baselineRate, 'baselineRate');
  const n = checkPositive(options.n, 'n');
  const alpha = checkConfidence(options.alpha ?? 0.05, 'alpha');
  const target = checkConfidence(options.power ?? 0.8, 'power');
  const twoSided = (options.sides ?? 'one-sided') === 'two-sided';
  if (p === 0) return undefined;

  let powerAt: (drop: number) => number;
  let maxDrop = p;
  if (options.paired) {
    const given = options.paired.discordantRate;
    if (given !== undefined) {
      checkProbability(given, 'discordantRate');
      if (given === 0) return undefined;
      // At most ψ of the cases can move from pass to fail.
      maxDrop = Math.min(given, p);
    }
    const discordance = (drop: number): number => given ?? 2 * p * (1 - p) + drop * (2 * p - 1);
    const z = normalIsf(twoSided ? alpha / 2 : alpha);
    powerAt = (drop) => {
      const psi = discordance(drop);
      return normalCdf((drop * Math.sqrt(n) - z * Math.sqrt(psi)) / Math.sqrt(psi - drop * drop));
    };
  } else {
    const nobs = effectiveN(n, 1);
    powerAt = (drop) => normalPower(cohensH(p, Math.max(0, p - drop)), nobs, alpha, twoSided ? 'two-sided' : 'larger');
  }
  if (powerAt(maxDrop) < target) return undefined;
  // Start just above 0: with no drop the paired variance can be 0/0.
  return bisect((drop) => powerAt(drop) - target, Number.EPSILON * maxDrop, maxDrop);
}

export interface NonInferiorityPowerOptions {
  /** Paired cases. */
  n: number;
  /** The baseline pass rate p; with no `discordantRate`, ψ = 2p(1 − p), its value for independent runs. */
  baselineRate: number;
  /** Share of cases whose outcome differs between the two runs. */
  discordantRate?: number;
  /** The non-inferiority margin m: the test fails a drop only when it is shown to exceed m. */
  margin: number;
  /** One-sided level (default 0.05). */
  alpha?: number;
  /** Tests corrected for: the level is α/tests (Bonferroni, Holm's first step). Default 1. */
  tests?: number;
  power?: number;
}

/**
 * The smallest true drop δ in a paired pass rate that a one-sided non-inferiority test with
 * margin m shows beyond the margin with the given power: δ = m + (z_α + z_power)·SE(δ), with
 * SE(δ) = √((ψ − δ²)/n) (Connor 1987, Biometrics 43:207, the variance of a paired difference
 * of proportions) and ψ ≥ δ, since a drop of δ moves at least δ of the cases. Solved by
 * fixed-point iteration; at most 1. The gate reports it beside each pass-rate rule and
 * `evalgate plan` before a run.
 */
export function nonInferiorityDetectableDrop(options: NonInferiorityPowerOptions): number {
  const n = checkPositive(options.n, 'n');
  const p = checkProbability(options.baselineRate, 'baselineRate');
  const psi = checkProbability(options.discordantRate ?? 2 * p * (1 - p), 'discordantRate');
  const z = zSum(options);
  const seAt = (delta: number) => Math.sqrt(Math.max(Math.max(psi, delta) - delta * delta, 0) / n);
  let delta = options.margin + z * seAt(options.margin);
  for (let i = 0; i < 100; i++) delta = options.margin + z * seAt(delta);
  return Math.min(delta, 1);
}

/** The paired cases at which `nonInferiorityDetectableDrop` reaches `drop`; `undefined` when the drop is within the margin or needs more than a million cases. */
export function nonInferioritySampleSize(
  options: Omit<NonInferiorityPowerOptions, 'n'> & { drop: number },
): number | undefined {
  if (!(options.drop > options.margin)) return undefined;
  const at = (n: number) => nonInferiorityDetectableDrop({ ...options, n });
  let lo = 1;
  let hi = 1;
  while (at(hi) > options.drop) {
    lo = hi;
    hi *= 2;
    if (hi > 1_000_000) return undefined;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (at(mid) > options.drop) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The smallest true shift a one-sided test against margin m detects with the given power,
 * for an estimate with standard error `standardError` (normal approximation):
 * m + (z_α + z_power)·SE.
 */
export function detectableShift(options: {
  margin: number;
  standardError: number;
  alpha?: number;
  tests?: number;
  power?: number;
}): number {
  return options.margin + zSum(options) * options.standardError;
}

function zSum(options: { alpha?: number; tests?: number; power?: number }): number {
  const alpha = checkConfidence(options.alpha ?? 0.05, 'alpha');
  const tests = options.tests ?? 1;
  if (!(tests >= 1) || !Number.isInteger(tests)) throw new RangeError(`tests must be a positive integer, got ${tests}`);
  return normalIsf(alpha / tests) + normalIsf(1 - checkConfidence(options.power ?? 0.8, 'power'));
}

/**
 * For planning: the smallest margin a paired pass-rate rule proves (passes) with the given
 * power when nothing changed, at n paired cases: under no change the worsening is 0 with
 * SE = √(ψ/n), and the gate passes when the upper bound falls below the margin, so it needs
 * m ≥ (z_α + z_power)·√(ψ/n). A pass needs every slice to pass on its own (an intersection–union
 * test), so α is not divided across slices here.
 */
export function provableMargin(options: Omit<NonInferiorityPowerOptions, 'margin' | 'tests'>): number {
  const n = checkPositive(options.n, 'n');
  return zSum({ ...options, tests: 1 }) * Math.sqrt(discordance(options) / n);
}

/** For planning: the paired cases at which `provableMargin` falls to `margin`. */
export function casesToProve(options: Omit<NonInferiorityPowerOptions, 'n' | 'tests'>): number {
  const z = zSum({ ...options, tests: 1 });
  return Math.ceil((discordance(options) * z * z) / (options.margin * options.margin));
}

function discordance(options: { baselineRate: number; discordantRate?: number }): number {
  const p = checkProbability(options.baselineRate, 'baselineRate');
  return checkProbability(options.discordantRate ?? 2 * p * (1 - p), 'discordantRate');
}

export interface MeanPowerOptions {
  /** Paired cases. */
  n: number;
  /**
   * Standard deviation of the per-case difference between the two runs. Planned from one run
   * (no pairs yet), it is √2·σ for a per-case standard deviation σ: the difference of two
   * independent runs, an upper bound for a paired rerun whose cases move together.
   */
  sdDifference: number;
  /** The margin m in the metric's units. */
  margin: number;
  /** One-sided level (default 0.05). */
  alpha?: number;
  /** Tests corrected for (Bonferroni, Holm's first step). Default 1. */
  tests?: number;
  power?: number;
}

/**
 * The smallest true worsening of a mean over n paired cases that the gate's one-sided paired
 * test with margin m shows beyond the margin with the given power, in the normal
 * approximation of the paired t test: m + (z_α + z_power)·σ_d/√n.
 */
export function meanDetectableShift(options: MeanPowerOptions): number {
  const n = checkPositive(options.n, 'n');
  return detectableShift({ ...options, standardError: options.sdDifference / Math.sqrt(n) });
}

/** The paired cases at which `meanDetectableShift` reaches `shift` (at least 2, which a t test needs); `undefined` when the shift is within the margin or needs more than a million cases. */
export function meanSampleSize(options: Omit<MeanPowerOptions, 'n'> & { shift: number }): number | undefined {
  if (!(options.shift > options.margin)) return undefined;
  const z = zSum(options);
  const n = Math.ceil(((z * options.sdDifference) / (options.shift - options.margin)) ** 2);
  return n > 1_000_000 ? undefined : Math.max(n, 2);
}

/**
 * The bootstrap standard error of a statistic of n units (Efron & Tibshirani 1993, ch. 6): the
 * standard deviation of the statistic over `resamples` resamples of the units with replacement,
 * skipping resamples where it is undefined (null). For planning a suite-metric rule from a
 * baseline; seeded, so a plan is reproducible. `undefined` when fewer than two resamples give a
 * value.
 */
export function bootstrapStandardError<T>(
  units: readonly T[],
  statistic: (sample: readonly T[]) => number | null,
  options: { resamples?: number; seed?: number } = {},
): number | undefined {
  const random = createRandom(options.seed ?? 1);
  const values: number[] = [];
  const sample = new Array<T>(units.length);
  for (let b = 0; b < (options.resamples ?? 500); b++) {
    for (let i = 0; i < units.length; i++) sample[i] = units[Math.floor(random() * units.length)] as T;
    const value = statistic(sample);
    if (value !== null && Number.isFinite(value)) values.push(value);
  }
  if (values.length < 2) return undefined;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1));
}
