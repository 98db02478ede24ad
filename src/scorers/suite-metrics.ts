// Suite metrics: statistics that need all of a scorer's cases at once (docs/metrics.md). Each is
// a pure function of the cases' score records, so the gate can recompute it on bootstrap
// resamples of cases, and a baseline's run.json is enough to compute it for the baseline.
import type { ScorerConfig } from '../config/schema.js';
import { CLASS_STATS, type SuiteStat } from '../config/metric-name.js';
import { expectedCalibrationError, brierScore } from '../metrics/calibration.js';
import { classificationReport, type ClassificationReport } from '../metrics/classification.js';
import { rocAuc } from '../metrics/ranking.js';
import { computeBleu } from '../metrics/bleu.js';
import type { MetricValue, ScoreRecord } from '../results/run-schema.js';
import { computeChrf } from '../metrics/chrf.js';
import { bleuOptions, corpusBleuOf, nrefsOf } from './bleu.js';
import { chrfOptions, chrfZero, corpusChrfOf } from './chrf.js';

/** The method of the classification metrics, computed as scikit-learn does (src/metrics/classification.ts). */
export const SKLEARN = 'scikit-learn semantics';

/** A suite metric over the score records of the cases in a sample; null where it is undefined. */
export type SuiteStatistic = (scores: readonly ScoreRecord[]) => number | null;

type Config = { id: string; type?: string } | ScorerConfig;

const typed = (c: Config): ScorerConfig | undefined => ('type' in c && c.type ? (c as ScorerConfig) : undefined);

/** The suite metrics a scorer type has, without the per-class ones. */
export function suiteStatsOf(config: Config): SuiteStat[] {
  switch (typed(config)?.type) {
    case 'bleu':
    case 'chrf':
      return ['corpus'];
    case 'classify':
      return ['accuracy', 'macro_f1', 'weighted_f1', 'mcc', 'balanced_accuracy', 'ece', 'brier', 'roc_auc'];
    case 'choice':
      return ['accuracy', 'macro_f1', 'weighted_f1', 'mcc', 'balanced_accuracy'];
    case 'tool-call':
      return ['precision', 'recall', 'f1'];
    default:
      return [];
  }
}

const hasClasses = (config: Config) => typed(config)?.type === 'classify' || typed(config)?.type === 'choice';

/** The classes a classify scorer names in `labels`, else none (then the cases' labels are the classes). */
export const declaredClasses = (config: Config): readonly string[] | undefined => {
  const c = typed(config);
  return c?.type === 'classify' ? c.labels : undefined;
};

function report(config: Config, scores: readonly ScoreRecord[]): ClassificationReport | null {
  const labelled = scores.filter((s) => s.label !== undefined && s.expected_label !== undefined);
  if (!labelled.length) return null;
  const classes = declaredClasses(config);
  return classificationReport(
    labelled.map((s) => s.expected_label!),
    labelled.map((s) => s.label!),
    classes ? { labels: classes } : {},
  );
}

function calibration(scores: readonly ScoreRecord[]): { correct: number[]; confidence: number[] } {
  const rated = scores.filter((s) => s.confidence !== undefined);
  return { correct: rated.map((s) => (s.pass ? 1 : 0)), confidence: rated.map((s) => s.confidence!) };
}

function sumStats(scores: readonly ScoreRecord[]): number[] {
  const sum: number[] = [];
  for (const s of scores) s.stats?.forEach((v, i) => (sum[i] = (sum[i] ?? 0) + v));
  return sum;
}

/** The statistic behind `<scorer>.<stat>[.<class>]`, or undefined when this scorer has no such metric. */
export function suiteStatistic(config: Config, stat: SuiteStat, cls?: string): SuiteStatistic | undefined {
  const c = typed(config);
  if (!c) return undefined;
  if (
    cls !== undefined
      ? !(hasClasses(c) && (CLASS_STATS as readonly string[]).includes(stat))
      : !suiteStatsOf(c).includes(stat)
  )
    return undefined;
  if (c.type === 'bleu')
    return (scores) =>
      scores.length
        ? corpusBleuOf(
            c,
            scores.map((s) => s.stats ?? []),
          )
        : null;
  if (c.type === 'chrf')
    return (scores) =>
      scores.length
        ? corpusChrfOf(
            c,
            scores.map((s) => s.stats ?? []),
          )
        : null;
  if (c.type === 'tool-call') {
    return (scores) => {
      const [tp = 0, fp = 0, fn = 0] = sumStats(scores);
      const denominator = stat === 'precision' ? tp + fp : stat === 'recall' ? tp + fn : 2 * tp + fp + fn;
      return denominator === 0 ? null : ((stat === 'f1' ? 2 : 1) * tp) / denominator;
    };
  }
  if (stat === 'ece' || stat === 'brier') {
    return (scores) => {
      const { correct, confidence } = calibration(scores);
      if (!correct.length) return null;
      return stat === 'ece' ? expectedCalibrationError(correct, confidence).ece : brierScore(correct, confidence);
    };
  }
  if (stat === 'roc_auc') {
    const classes = declaredClasses(c);
    if (c.type !== 'classify' || classes?.length !== 2) return undefined;
    const positive = c.positive ?? classes[1]!;
    return (scores) => {
      const rated = scores.filter((s) => s.confidence !== undefined && s.expected_label !== undefined);
      // the model's probability of the positive class: its confidence, or the complement when it chose the other
      const y = rated.map((s) => (s.expected_label === positive ? 1 : 0));
      const p = rated.map((s) => (s.label === positive ? s.confidence! : 1 - s.confidence!));
      return rated.length ? (rocAuc(y, p) ?? null) : null;
    };
  }
  return (scores) => {
    const r = report(c, scores);
    if (!r) return null;
    if (cls !== undefined) {
      const m = r.perClass[cls];
      return m ? m[stat as 'f1' | 'precision' | 'recall'] : null;
    }
    switch (stat) {
      case 'accuracy':
        return r.accuracy;
      case 'macro_f1':
        return r.macro.f1;
      case 'weighted_f1':
        return r.weighted.f1;
      case 'mcc':
        // sklearn returns 0 where the coefficient is 0/0 (one class only on a side)
        return r.mcc ?? 0;
      case 'balanced_accuracy':
        return r.balancedAccuracy;
      default:
        return null;
    }
  };
}

/** What a suite metric is computed as, for the all-metrics table (its signature). */
function methodOf(config: ScorerConfig, stat: SuiteStat, scores: readonly ScoreRecord[]): string {
  const stats = scores.map((s) => s.stats ?? []);
  switch (config.type) {
    case 'bleu':
      return computeBleu(
        { sysLen: 0, refLen: 0, correct: [], total: [] },
        bleuOptions(config, false),
        nrefsOf(stats, 10),
      ).signature;
    case 'chrf': {
      const zero = chrfZero(config);
      return computeChrf(zero, chrfOptions(config), nrefsOf(stats, zero.length)).signature;
    }
    case 'tool-call':
      return 'micro-averaged over calls';
    default:
      return stat === 'ece'
        ? 'top-label ECE, 10 equal-width bins'
        : stat === 'brier'
          ? 'top-label Brier score'
          : stat === 'roc_auc'
            ? 'ROC AUC of the positive class'
            : SKLEARN;
  }
}

/** Every suite metric of a scorer over these records, and its confusion matrix when it classifies. */
export function suiteMetricValues(
  config: Config,
  scores: readonly ScoreRecord[],
): { metrics: MetricValue[]; confusion?: { labels: string[]; matrix: number[][] } } {
  const c = typed(config);
  if (!c) return { metrics: [] };
  const n = scores.length;
  const metrics: MetricValue[] = [];
  for (const stat of suiteStatsOf(c)) {
    const statistic = suiteStatistic(c, stat);
    if (!statistic) continue;
    const value = statistic(scores);
    // calibration metrics exist only where the classifier states a confidence
    if (value === null && (stat === 'ece' || stat === 'brier' || stat === 'roc_auc')) continue;
    metrics.push({ metric: `${c.id}.${stat}`, kind: 'suite', value, n, method: methodOf(c, stat, scores) });
  }
  if (!hasClasses(c)) return { metrics };
  const r = report(c, scores);
  if (!r) return { metrics };
  for (const label of r.labels)
    for (const stat of CLASS_STATS)
      metrics.push({
        metric: `${c.id}.${stat}.${String(label)}`,
        kind: 'suite',
        value: r.perClass[String(label)]?.[stat] ?? null,
        n: r.perClass[String(label)]?.support ?? 0,
        method: SKLEARN,
      });
  return { metrics, confusion: { labels: r.labels.map(String), matrix: r.confusionMatrix } };
}
