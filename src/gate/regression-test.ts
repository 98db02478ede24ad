import { mcnemar, pairedProportionDiffInterval } from '../stats/index.js';
import { bootstrapReplicates } from './bootstrap-replicates.js';

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
  /** A p-value for "any change at all" (McNemar mid-p for binary outcomes), for the report. */
  pChange: number | null;
  method: string;
  n: number;
  /** The statistic on the paired cases, each side. */
  currentValue: number;
  baselineValue: number;
}

/** Paired binary outcomes (pass/fail per case): Newcombe's hybrid score interval for paired proportions. */
export function pairedBinaryEvidence(current: readonly boolean[], baseline: readonly boolean[], opts: { higherIsBetter: boolean; threshold: number; confidence: number }): RegressionEvidence {
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
  const sign = opts.higherIsBetter ? -1 : 1;
  // interval for p_current − p_baseline, turned into worsening
  const worseningInterval = (oneSided: number): [number, number] => {
    const [lo, hi] = pairedProportionDiffInterval(n11, n10, n01, n00, { method: 'newcombe', confidence: 1 - 2 * (1 - oneSided) }) ?? [-1, 1];
    return sign < 0 ? [-hi, -lo] : [lo, hi];
  };
  const estimate = n ? (sign * (n10 - n01)) / n : 0;
  const interval = worseningInterval(opts.confidence);
  return {
    worsening: estimate,
    interval,
    threshold: opts.threshold,
    ratio: false,
    pFail: invertInterval((level) => worseningInterval(level)[0] > opts.threshold),
    pPass: invertInterval((level) => worseningInterval(level)[1] < opts.threshold),
    pChange: n10 + n01 > 0 ? mcnemar(n10, n01, { method: 'mid-p' }).pvalue : 1,
    method: `paired Newcombe score interval, McNemar mid-p (n=${n}, discordant ${n10}+${n01})`,
    n,
    currentValue: n ? (n11 + n10) / n : NaN,
    baselineValue: n ? (n11 + n01) / n : NaN,
  };
}

/** Paired continuous values: a seeded percentile bootstrap of the difference (or ratio) of a statistic. */
export function pairedContinuousEvidence(
  current: readonly number[],
  baseline: readonly number[],
  opts: { higherIsBetter: boolean; threshold: number; ratio: boolean; confidence: number; statistic: 'mean' | 'sum' | number; seed: number; resamples: number },
): RegressionEvidence {
  const dist = bootstrapReplicates(baseline, current, { statistic: opts.statistic, compare: opts.ratio ? 'ratio' : 'diff', resamples: opts.resamples, seed: opts.seed });
  const orient = (x: number) => (opts.ratio ? (opts.higherIsBetter ? 1 / x : x) : opts.higherIsBetter ? -x : x);
  const worsening = dist.replicates.map(orient).sort();
  const alpha = 1 - opts.confidence;
  const at = (q: number) => worsening[Math.min(worsening.length - 1, Math.max(0, Math.floor(q * worsening.length)))] ?? NaN;
    // bootstrap p-values: the share of replicates on the null side of the margin (+1 smoothing)
  let atOrBelow = 0;
  let below = 0;
  for (const w of worsening) {
    if (w <= opts.threshold) atOrBelow++;
    if (w < opts.threshold) below++;
  }
  const pFail = (atOrBelow + 1) / (worsening.length + 1);
  const pPass = (worsening.length - below + 1) / (worsening.length + 1);
  const name = typeof opts.statistic === 'number' ? `p${Math.round(opts.statistic * 100)}` : opts.statistic;
  return {
    worsening: orient(dist.estimate),
    interval: [at(alpha), at(1 - alpha)],
    threshold: opts.threshold,
    ratio: opts.ratio,
    pFail,
    pPass,
    pChange: null,
    method: `paired bootstrap of the ${name} ${opts.ratio ? 'ratio' : 'difference'} (${opts.resamples} resamples, seed ${opts.seed}, n=${current.length})`,
    n: current.length,
    currentValue: dist.currentValue,
    baselineValue: dist.baselineValue,
  };
}

/**
 * The p-value of a test defined by its confidence intervals: the smallest one-sided α at
 * which the interval excludes the hypothesis (test–interval duality), found by bisection.
 */
function invertInterval(rejects: (oneSidedConfidence: number) => boolean): number {
  if (!rejects(0.5 + 1e-9)) return 1;
  let lo = 0.5; // rejects at confidence lo
  let hi = 1 - 1e-12; // does not reject (checked below)
  if (rejects(hi)) return 1e-12;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (rejects(mid)) lo = mid;
    else hi = mid;
  }
  return 1 - lo;
}
