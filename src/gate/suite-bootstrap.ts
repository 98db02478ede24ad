import type { ScoreRecord } from '../results/run-schema.js';
import type { SuiteStatistic } from '../scorers/suite-metrics.js';
import { Mulberry32 } from '../stats/random.js';
import type { RegressionEvidence } from './regression-test.js';

/**
 * What sorted bootstrap replicates of the worsening say against a margin: the percentile
 * interval at the rule's one-sided confidence, and the p-values as the share of replicates on
 * the null side of the margin (+1 smoothing).
 */
export function replicateDecision(
  worsening: Float64Array,
  threshold: number,
  confidence: number,
): Pick<RegressionEvidence, 'interval' | 'pFail' | 'pPass'> {
  const alpha = 1 - confidence;
  const at = (q: number) => worsening[Math.min(worsening.length - 1, Math.max(0, Math.floor(q * worsening.length)))]!;
  let atOrBelow = 0;
  let below = 0;
  for (const w of worsening) {
    if (w <= threshold) atOrBelow++;
    if (w < threshold) below++;
  }
  return {
    interval: [at(alpha), at(1 - alpha)],
    pFail: (atOrBelow + 1) / (worsening.length + 1),
    pPass: (worsening.length - below + 1) / (worsening.length + 1),
  };
}

/** One case's score records (one per repeat) on one side. */
export type CaseScores = readonly ScoreRecord[];

interface SuiteBootstrapOptions {
  higherIsBetter: boolean;
  /** The margin as a difference in the metric's units (a % margin already multiplied by the baseline). */
  threshold: number;
  confidence: number;
  /** current[i] and baseline[i] are the same case. */
  paired: boolean;
  seed: number;
  resamples: number;
}

/**
 * A suite metric (corpus BLEU, macro-F1, ECE…) compared with the baseline by bootstrap
 * resampling of cases: paired, as sacreBLEU's `--paired-bs` (Koehn 2004, "Statistical
 * Significance Tests for Machine Translation Evaluation"), drawing the same cases for both
 * systems; unpaired when cases did not pair. The percentile interval of the worsening and
 * the share of replicates on each side of the margin decide the rule.
 */
export function suiteBootstrapEvidence(
  current: readonly CaseScores[],
  baseline: readonly CaseScores[],
  statistic: SuiteStatistic,
  o: SuiteBootstrapOptions,
): RegressionEvidence | null {
  const flat = (cases: readonly CaseScores[]) => cases.flat();
  const currentValue = statistic(flat(current));
  const baselineValue = statistic(flat(baseline));
  if (currentValue === null || baselineValue === null || !current.length || !baseline.length) return null;
  const orient = (c: number, b: number) => (o.higherIsBetter ? b - c : c - b);
  const random = new Mulberry32(o.seed);
  const draw = (cases: readonly CaseScores[], picks: Int32Array) => {
    const sample: ScoreRecord[] = [];
    for (const i of picks) for (const s of cases[i]!) sample.push(s);
    return sample;
  };
  const pick = (n: number) => {
    const picks = new Int32Array(n);
    for (let i = 0; i < n; i++) picks[i] = random.index(n);
    return picks;
  };
  const replicates: number[] = [];
  for (let r = 0; r < o.resamples; r++) {
    const currentPicks = pick(current.length);
    const baselinePicks = o.paired ? currentPicks : pick(baseline.length);
    const c = statistic(draw(current, currentPicks));
    const b = statistic(draw(baseline, baselinePicks));
    // a resample where the metric is undefined (e.g. no positive case for an F1) says nothing
    if (c !== null && b !== null && Number.isFinite(c) && Number.isFinite(b)) replicates.push(orient(c, b));
  }
  if (!replicates.length) return null;
  const n = o.paired ? current.length : Math.min(current.length, baseline.length);
  return {
    worsening: orient(currentValue, baselineValue),
    ...replicateDecision(Float64Array.from(replicates).sort(), o.threshold, o.confidence),
    threshold: o.threshold,
    ratio: false,
    pChange: null,
    method: o.paired
      ? `paired bootstrap resampling of cases (Koehn 2004, as sacreBLEU --paired-bs; ${o.resamples} resamples, seed ${o.seed}, n=${n})`
      : `unpaired bootstrap of cases (${o.resamples} resamples, seed ${o.seed}, n=${current.length} vs ${baseline.length}): cases did not pair with the baseline`,
    n,
    arms: { current: current.length, baseline: baseline.length },
    paired: o.paired,
    currentValue,
    baselineValue,
    standardError: null,
    discordantRate: null,
  };
}
