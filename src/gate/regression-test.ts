import { normalIsf } from '../stats/distributions.js';
import {
  detectableShift,
  mcnemar,
  nonInferiorityDetectableDrop,
  pairedBootstrap,
  pairedProportionDiffInterval,
  pairedTTest,
  proportionDiffInterval,
  quantile,
  unpairedBootstrap,
  welchTTest,
} from '../stats/index.js';

/**
 * The evidence one regression rule weighs: how much worse the current run is than the
 * baseline (`worsening`: positive = worse), with an interval and the two one-sided
 * p-values that decide the outcome against the margin.
 */
export interface RegressionEvidence {
  /** Point estimate of the worsening (a difference, or a ratio when `ratio` is set). */
  worsening: number;
  /** Two-sided interval at 1 − 2α, i.e. the one-sided bounds at the rule's confidence. */
  interval: [number, number];
  /** The margin the worsening is compared with: a difference, or 1 + relative margin for ratios. */
  threshold: number;
  ratio: boolean;
  /** p of H0 "worsening ≤ threshold": small means a real regression beyond the margin. */
  pFail: number;
  /** p of H0 "worsening ≥ threshold": small means non-inferiority is shown. */
  pPass: number;
  /** A p-value for "any change at all" (McNemar mid-p for paired binary outcomes), for the report. */
  pChange: number | null;
  method: string;
  /** Cases on each side (equal when paired). */
  arms: { current: number; baseline: number };
  /** Units compared: paired cases, or the smaller arm when unpaired. */
  n: number;
  paired: boolean;
  /** The statistic on each side. */
  currentValue: number;
  baselineValue: number;
  /** Standard error of the worsening where the test has one, for the power line. */
  standardError: number | null;
  /** Paired binary outcomes: the share of discordant cases. */
  discordantRate: number | null;
}

interface Orientation {
  higherIsBetter: boolean;
  threshold: number;
  /** One-sided confidence, e.g. 0.95. */
  confidence: number;
}

const twoSided = (oneSided: number) => 1 - 2 * (1 - oneSided);

/** Paired binary outcomes (pass/fail per case): Newcombe's hybrid score interval for paired proportions. */
export function pairedBinaryEvidence(
  current: readonly boolean[],
  baseline: readonly boolean[],
  o: Orientation,
): RegressionEvidence {
  let n11 = 0;
  let n10 = 0;
  let n01 = 0;
  let n00 = 0;
  for (let i = 0; i < current.length; i++) {
    const c = current[i]!;
    const b = baseline[i]!;
    if (c && b) n11++;
    else if (c) n10++;
    else if (b) n01++;
    else n00++;
  }
  const n = current.length;
  const sign = o.higherIsBetter ? -1 : 1;
  const worseningInterval = (oneSided: number): [number, number] => {
    const [lo, hi] = pairedProportionDiffInterval(n11, n10, n01, n00, {
      method: 'newcombe',
      confidence: twoSided(oneSided),
    }) ?? [-1, 1];
    return sign < 0 ? [-hi, -lo] : [lo, hi];
  };
  const estimate = (sign * (n10 - n01)) / n;
  const discordant = (n10 + n01) / n;
  return {
    worsening: estimate,
    interval: worseningInterval(o.confidence),
    threshold: o.threshold,
    ratio: false,
    pFail: invertInterval((level) => worseningInterval(level)[0] > o.threshold),
    pPass: invertInterval((level) => worseningInterval(level)[1] < o.threshold),
    pChange: n10 + n01 > 0 ? mcnemar(n10, n01, { method: 'mid-p' }).pvalue : 1,
    method: `paired Newcombe score interval (discordant ${n10}+${n01} of ${n}), McNemar mid-p`,
    arms: { current: n, baseline: n },
    n,
    paired: true,
    currentValue: (n11 + n10) / n,
    baselineValue: (n11 + n01) / n,
    standardError: Math.sqrt(Math.max(discordant - estimate * estimate, 0) / n),
    discordantRate: discordant,
  };
}

/** Independent binary outcomes (cases do not pair): Newcombe's hybrid score interval for two proportions. */
export function unpairedBinaryEvidence(
  current: readonly boolean[],
  baseline: readonly boolean[],
  o: Orientation,
): RegressionEvidence {
  const c1 = current.filter(Boolean).length;
  const c2 = baseline.filter(Boolean).length;
  const [n1, n2] = [current.length, baseline.length];
  const sign = o.higherIsBetter ? -1 : 1;
  const worseningInterval = (oneSided: number): [number, number] => {
    const [lo, hi] = proportionDiffInterval(c1, n1, c2, n2, { method: 'newcombe', confidence: twoSided(oneSided) }) ?? [
      -1, 1,
    ];
    return sign < 0 ? [-hi, -lo] : [lo, hi];
  };
  const [p1, p2] = [c1 / n1, c2 / n2];
  return {
    worsening: sign * (p1 - p2),
    interval: worseningInterval(o.confidence),
    threshold: o.threshold,
    ratio: false,
    pFail: invertInterval((level) => worseningInterval(level)[0] > o.threshold),
    pPass: invertInterval((level) => worseningInterval(level)[1] < o.threshold),
    pChange: null,
    method: `unpaired Newcombe score interval (${c1}/${n1} vs ${c2}/${n2}): cases did not pair with the baseline`,
    arms: { current: n1, baseline: n2 },
    n: Math.min(n1, n2),
    paired: false,
    currentValue: p1,
    baselineValue: p2,
    standardError: Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2),
    discordantRate: null,
  };
}

/**
 * Means of per-case values (scores, or pass shares over repeats): the paired t test, or
 * Welch's when unpaired, of the worsening against the margin (stats/t-tests.ts with a null
 * difference, checked against SciPy).
 */
export function meanEvidence(
  current: readonly number[],
  baseline: readonly number[],
  o: Orientation & { paired: boolean },
): RegressionEvidence {
  // worsening = x − y: baseline − current where higher is better, current − baseline otherwise
  const [x, y] = o.higherIsBetter ? [baseline, current] : [current, baseline];
  const test = o.paired ? pairedTTest : welchTTest;
  const against = (alternative: 'greater' | 'less') =>
    test(x, y, { alternative, nullDifference: o.threshold }).pvalue ?? 1;
  const two = test(x, y, { confidence: twoSided(o.confidence) });
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const estimate = two.meanDiff ?? mean(x) - mean(y);
  const n = o.paired ? current.length : Math.min(current.length, baseline.length);
  return {
    worsening: estimate,
    interval: two.interval ? [two.interval[0], two.interval[1]] : [estimate, estimate],
    threshold: o.threshold,
    ratio: false,
    pFail: against('greater'),
    pPass: against('less'),
    pChange: null,
    method: o.paired
      ? `paired t interval of the per-case difference (n=${n})`
      : `Welch t interval (n=${current.length} vs ${baseline.length}): cases did not pair with the baseline`,
    arms: { current: current.length, baseline: baseline.length },
    n,
    paired: o.paired,
    currentValue: mean(current),
    baselineValue: mean(baseline),
    standardError: two.standardError ?? null,
    discordantRate: null,
  };
}

type BootstrapStatistic = 'sum' | { quantile: number };

/** A quantile or total (latency p95, cost): a seeded percentile bootstrap of the difference, or the ratio for % margins. */
export function bootstrapEvidence(
  current: readonly number[],
  baseline: readonly number[],
  o: Orientation & { paired: boolean; ratio: boolean; statistic: BootstrapStatistic; seed: number; resamples: number },
): RegressionEvidence | null {
  const compare = o.ratio ? 'ratio' : 'diff';
  const result = (o.paired ? pairedBootstrap : unpairedBootstrap)(current, baseline, {
    statistic: o.statistic,
    compare,
    resamples: o.resamples,
    seed: o.seed,
  });
  // a ratio is undefined in resamples whose baseline statistic is 0; the others still speak
  const replicates = result.replicates.filter(Number.isFinite);
  if (result.estimate === undefined || replicates.length === 0) return null;
  // orient so that larger = worse: for higher-is-better metrics a ratio inverts, a difference negates
  const orient = (x: number) => (o.ratio ? (o.higherIsBetter ? 1 / x : x) : o.higherIsBetter ? -x : x);
  const worsening = Float64Array.from(replicates, orient).sort();
  const alpha = 1 - o.confidence;
  const at = (q: number) => worsening[Math.min(worsening.length - 1, Math.max(0, Math.floor(q * worsening.length)))]!;
  let atOrBelow = 0;
  let below = 0;
  for (const w of worsening) {
    if (w <= o.threshold) atOrBelow++;
    if (w < o.threshold) below++;
  }
  const name = o.statistic === 'sum' ? 'total' : `p${Math.round(o.statistic.quantile * 100)}`;
  const stat = (xs: readonly number[]) =>
    o.statistic === 'sum'
      ? xs.reduce((a, b) => a + b, 0)
      : (quantile(xs, (o.statistic as { quantile: number }).quantile) ?? NaN);
  return {
    worsening: orient(result.estimate),
    interval: [at(alpha), at(1 - alpha)],
    threshold: o.threshold,
    ratio: o.ratio,
    // bootstrap p-values: the share of replicates on the null side of the margin (+1 smoothing)
    pFail: (atOrBelow + 1) / (worsening.length + 1),
    pPass: (worsening.length - below + 1) / (worsening.length + 1),
    pChange: null,
    method: `${o.paired ? 'paired' : 'unpaired'} bootstrap of the ${name} ${o.ratio ? 'ratio' : 'difference'} (${o.resamples} resamples, seed ${o.seed}, n=${current.length})${o.paired ? '' : ': cases did not pair with the baseline'}`,
    arms: { current: current.length, baseline: baseline.length },
    n: o.paired ? current.length : Math.min(current.length, baseline.length),
    paired: o.paired,
    currentValue: stat(current),
    baselineValue: stat(baseline),
    standardError: null,
    discordantRate: null,
  };
}

/**
 * The smallest true worsening this test fails with the given power, at one-sided level α
 * (α/k for k corrected slices, Holm's first step), from stats/power.ts: paired pass rates by
 * their discordance, other tests by their standard error, a bootstrap by the standard error
 * its interval implies. `null` when the test has no usable spread.
 */
export function detectableWorsening(
  e: RegressionEvidence,
  options: { alpha: number; tests: number; power?: number },
): number | null {
  const level = { alpha: options.alpha, tests: options.tests, power: options.power };
  if (e.discordantRate !== null)
    return nonInferiorityDetectableDrop({
      ...level,
      n: e.n,
      baselineRate: e.baselineValue,
      discordantRate: e.discordantRate,
      margin: e.threshold,
    });
  if (e.standardError !== null && Number.isFinite(e.standardError))
    return detectableShift({ ...level, margin: e.threshold, standardError: e.standardError });
  const [lo, hi] = e.interval;
  if (!(hi > lo) || !Number.isFinite(hi - lo)) return null;
  // the interval is two-sided at 1 − 2α: its half-width is z_α standard errors
  return detectableShift({ ...level, margin: e.threshold, standardError: (hi - lo) / (2 * normalIsf(options.alpha)) });
}

/**
 * The p-value of a test defined by its confidence intervals: the smallest one-sided α at
 * which the interval excludes the hypothesis (test–interval duality), found by bisection.
 */
function invertInterval(rejects: (oneSidedConfidence: number) => boolean): number {
  if (!rejects(0.5 + 1e-9)) return 1;
  if (rejects(1 - 1e-12)) return 1e-12;
  let lo = 0.5; // rejects
  let hi = 1 - 1e-12; // does not reject
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (rejects(mid)) lo = mid;
    else hi = mid;
  }
  return 1 - lo;
}
