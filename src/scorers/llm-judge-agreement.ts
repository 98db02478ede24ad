import { cohenKappa, krippendorffAlpha, spearman } from '../metrics/label-index.js';
import type { CaseRecord, MetricValue, SuiteManifest } from '../results/run-schema.js';
import { createRandom, quantile } from '../stats/index.js';
import type { LlmJudgeScorer } from '../config/schema.js';
import { BUNDLED_SCALE, canUseBundledSet, judgeScale, type JudgeScale } from './llm-judge-scale.js';
import type { LoadedSuite } from '../config/load.js';

export type JudgeScaleConfig = LlmJudgeScorer['scale'];

export interface Estimate {
  value: number | undefined;
  /** Percentile bootstrap interval over cases; null when too few resamples were defined. */
  interval: [number, number] | null;
}

export interface JudgeAgreement {
  n: number;
  spearman: Estimate & { pvalue: number | undefined };
  /** Cohen's kappa, quadratic weights (unweighted on pass-fail, where they coincide). */
  kappa: Estimate;
  /** Krippendorff's alpha, ordinal on a rating scale, nominal on pass-fail. */
  alpha: Estimate;
  /** Share of cases where the (rounded) judge rating equals the human one. */
  exact: number;
  /** Mean judge rating minus mean human rating: a judge that is lenient (> 0) or harsh (< 0). */
  bias: number;
  signature: string;
}

export interface AgreementOptions {
  resamples?: number;
  confidence?: number;
  seed?: number;
}

/**
 * How well a judge agrees with human labels of the same outputs. The judge's rating is
 * rounded to the scale for κ and α (several judges averaged can fall between points);
 * Spearman's ρ uses it as is. Intervals are percentile bootstraps over cases with a seeded
 * generator, so the same labels always give the same numbers.
 */
export function judgeAgreement(
  pairs: readonly { human: number; judge: number }[],
  scale: JudgeScale,
  options: AgreementOptions = {},
): JudgeAgreement {
  const resamples = options.resamples ?? 2000;
  const confidence = options.confidence ?? 0.95;
  const seed = options.seed ?? 1;
  const points = Array.from({ length: scale.high - scale.low + 1 }, (_, i) => scale.low + i);
  const round = (r: number) => Math.min(scale.high, Math.max(scale.low, Math.round(r)));
  const level = scale.passFail ? 'nominal' : 'ordinal';

  const stats = (sample: readonly { human: number; judge: number }[]) => {
    const human = sample.map((p) => p.human);
    const judge = sample.map((p) => p.judge);
    const rounded = judge.map(round);
    return {
      rho: sample.length >= 2 ? spearman(human, judge) : { r: undefined, pvalue: undefined },
      kappa: sample.length
        ? cohenKappa(human, rounded, { weights: scale.passFail ? 'none' : 'quadratic', labels: points })
        : undefined,
      alpha: sample.length ? krippendorffAlpha([human, rounded], { level, valueDomain: points }) : undefined,
    };
  };

  const point = stats(pairs);
  const draws = { rho: [] as number[], kappa: [] as number[], alpha: [] as number[] };
  if (pairs.length >= 3) {
    const random = createRandom(seed);
    const sample = new Array<{ human: number; judge: number }>(pairs.length);
    for (let b = 0; b < resamples; b++) {
      for (let i = 0; i < pairs.length; i++) sample[i] = pairs[Math.floor(random() * pairs.length)]!;
      const s = stats(sample);
      if (s.rho.r !== undefined) draws.rho.push(s.rho.r);
      if (s.kappa !== undefined) draws.kappa.push(s.kappa);
      if (s.alpha !== undefined) draws.alpha.push(s.alpha);
    }
  }
  const tail = (1 - confidence) / 2;
  // a statistic undefined in more than a tenth of resamples (nearly constant labels) gets no interval
  const interval = (values: number[]): [number, number] | null =>
    values.length >= 0.9 * resamples && values.length > 0
      ? (quantile(values, [tail, 1 - tail]) as [number, number])
      : null;

  const n = pairs.length;
  return {
    n,
    spearman: { value: point.rho.r, pvalue: point.rho.pvalue, interval: interval(draws.rho) },
    kappa: { value: point.kappa, interval: interval(draws.kappa) },
    alpha: { value: point.alpha, interval: interval(draws.alpha) },
    exact: n ? pairs.filter((p) => round(p.judge) === p.human).length / n : 0,
    bias: n ? pairs.reduce((s, p) => s + p.judge - p.human, 0) / n : 0,
    signature: `kappa:${scale.passFail ? 'unweighted' : 'quadratic'}|alpha:${level}|ci:percentile-bootstrap|resamples:${resamples}|conf:${confidence}|seed:${seed}`,
  };
}

/**
 * `judge.<id>.agreement` for every llm-judge scorer whose cases carried human labels on rated
 * outputs, else measured on its preset's bundled calibration set (docs/metrics.md, "Preset judges").
 */
export function judgeAgreementMetrics(
  scorers: readonly { id: string; type?: string; scale?: JudgeScaleConfig }[],
  records: readonly CaseRecord[],
  bundled: SuiteManifest['calibration'] = {},
): MetricValue[] {
  return scorers.flatMap((s) => {
    if (s.type !== 'llm-judge' || !s.scale) return [];
    if (records.some((r) => r.scores[s.id]?.calibration))
      return [judgeAgreementMetric(s.id, judgeScale(s.scale), records)];
    const set = bundled[s.id];
    return set ? [agreementMetric(s.id, set.pairs, BUNDLED_SCALE, `${BUNDLED_TAG}${set.set}`)] : [];
  });
}

/** The method's mark of an agreement measured on a preset's bundled calibration set. */
const BUNDLED_TAG = '|set:bundled-';

function agreementMetric(
  scorerId: string,
  pairs: readonly { human: number; judge: number }[],
  scale: JudgeScale,
  methodSuffix = '',
): MetricValue {
  const result = judgeAgreement(pairs, scale);
  return {
    metric: `judge.${scorerId}.agreement`,
    kind: 'mean',
    value: result.alpha.value ?? null,
    n: result.n,
    interval: result.alpha.interval,
    method: `krippendorff-alpha|${result.signature}${methodSuffix}`,
  };
}

/**
 * `judge.<scorer>.agreement`: Krippendorff's α between the judge and the human labels
 * recorded on the run's case records (repeat 0 of cases whose dataset line carries
 * `human: {<scorer>: label, output: "…"}`). A pure function of the records, so `compare`
 * and `merge` recompute it from run.json.
 */
export function judgeAgreementMetric(scorerId: string, scale: JudgeScale, records: readonly CaseRecord[]): MetricValue {
  return agreementMetric(
    scorerId,
    records.flatMap((r) => (r.error ? [] : (r.scores[scorerId]?.calibration ?? []))),
    scale,
  );
}

/**
 * What the report says of a suite's judge agreement: that a metric came from the bundled
 * calibration set (only where it did: an adaptive extension or another shard may have brought
 * labels), and why a gated rating-scale preset judge has no data (docs/metrics.md, "Preset judges").
 */
export function agreementNotes(
  suite: Pick<LoadedSuite, 'rules' | 'scorers'>,
  manifest: Pick<SuiteManifest, 'calibration'>,
  metrics: readonly MetricValue[],
): string[] {
  const metricOf = (scorer: string) => metrics.find((m) => m.metric === `judge.${scorer}.agreement`);
  const notes = Object.entries(manifest.calibration ?? {})
    .filter(([scorer]) => metricOf(scorer)?.method?.includes(BUNDLED_TAG))
    .map(
      ([scorer, set]) =>
        `judge.${scorer}.agreement is measured on the bundled "${set.set}" calibration set (${set.pairs.length} constructed cases${set.skipped ? `, ${set.skipped} not judged` : ''}; labelled by construction, not by your raters): add \`human:\` labels to the dataset to measure it on your cases (docs/metrics.md, "Preset judges")`,
    );
  for (const rule of suite.rules) {
    if (rule.ref.kind !== 'judge_agreement') continue;
    const judge = rule.ref.scorer;
    const config = suite.scorers.find((c) => c.id === judge);
    if (config?.type === 'llm-judge' && config.preset && !canUseBundledSet(config) && !metricOf(judge))
      notes.push(
        `judge.${judge}.agreement has no human labels to be measured on, and the bundled "${config.preset}" calibration set is labelled pass/fail: give "${judge}" a threshold (ratings at or above it pass) or scale: pass-fail, or add \`human:\` labels to the dataset (docs/metrics.md, "Preset judges")`,
      );
  }
  return notes;
}
