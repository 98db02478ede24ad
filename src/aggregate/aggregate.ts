import { proportionInterval, quantile } from '../stats/index.js';
import type {
  CaseRecord,
  CriticalFailure,
  Flakiness,
  MetricValue,
  ScoreRecord,
  SliceValue,
  SuiteAggregate,
  SuiteManifest,
} from '../results/run-schema.js';
import { judgeAgreementMetrics, type JudgeScaleConfig } from '../scorers/llm-judge-agreement.js';
import { suiteMetricValues } from '../scorers/suite-metrics.js';

export interface AggregateSpec {
  suite: string;
  /** `type` and `scale` let llm-judge scorers report their agreement with human labels. */
  scorers: readonly { id: string; critical: boolean; type?: string; scale?: JudgeScaleConfig }[];
  slices: readonly string[];
  /** Report critical.pass_rate and critical.failure_rate: a rule (or the critical risk tier) gates them. */
  criticalRates?: boolean;
  /** Preset judges measured on their bundled calibration set (the suite manifest's `calibration`). */
  calibration?: SuiteManifest['calibration'];
}

const LATENCY_QUANTILES = [
  ['p50', 0.5],
  ['p90', 0.9],
  ['p95', 0.95],
  ['p99', 0.99],
] as const;

/** Per suite and per slice: n, pass rates with Wilson intervals, means, tails, critical failures, cost. */
export function aggregateSuite(spec: AggregateSpec, records: readonly CaseRecord[]): SuiteAggregate {
  const criticalFailures = records.flatMap((r) => criticalFailure(spec, r) ?? []);
  const slices: SliceValue[] = spec.slices.flatMap((slice) => {
    const groups = new Map<string, CaseRecord[]>();
    for (const r of records) {
      const value = r.tags[slice] ?? '(none)';
      const group = groups.get(value);
      if (group) group.push(r);
      else groups.set(value, [r]);
    }
    return [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([value, group]) => ({ slice, value, n: group.length, metrics: metricValues(spec, group) }));
  });
  return {
    suite: spec.suite,
    cases: new Set(records.map((r) => r.id)).size,
    records: records.length,
    errors: records.filter((r) => r.error).length,
    metrics: [...metricValues(spec, records), ...judgeAgreementMetrics(spec.scorers, records, spec.calibration)],
    slices,
    critical_failures: criticalFailures,
    ...(records.some((r) => r.repeat > 0) ? { flaky: flakiness(spec, records) } : {}),
    ...scorerErrors(records),
    ...confusionMatrices(spec, records),
  };
}

/** Judge failures per scorer, apart from the failed model calls in `errors`. */
function scorerErrors(records: readonly CaseRecord[]): { scorer_errors?: Record<string, number> } {
  const counts: Record<string, number> = {};
  for (const r of records) for (const id of Object.keys(r.scorer_errors ?? {})) counts[id] = (counts[id] ?? 0) + 1;
  return Object.keys(counts).length ? { scorer_errors: counts } : {};
}

/**
 * Per scorer, the cases whose pass/fail changed between repeats, and the flip rate: for a case
 * with s passes in k repeats, the chance that two distinct repeats disagree is 2s(k−s)/(k(k−1)).
 */
export function flakiness(spec: Pick<AggregateSpec, 'scorers'>, records: readonly CaseRecord[]): Flakiness[] {
  return spec.scorers.map((scorer) => {
    const byCase = new Map<string, { passes: number; repeats: number }>();
    for (const r of records) {
      const pass = r.error ? null : r.scores[scorer.id]?.pass;
      if (pass === null || pass === undefined) continue;
      const entry = byCase.get(r.id) ?? { passes: 0, repeats: 0 };
      entry.passes += pass ? 1 : 0;
      entry.repeats += 1;
      byCase.set(r.id, entry);
    }
    const repeated = [...byCase.entries()].filter(([, c]) => c.repeats > 1);
    const flips = repeated.map(([, c]) => (2 * c.passes * (c.repeats - c.passes)) / (c.repeats * (c.repeats - 1)));
    return {
      scorer: scorer.id,
      flip_rate: flips.length ? flips.reduce((a, b) => a + b, 0) / flips.length : 0,
      cases: repeated.filter(([, c]) => c.passes > 0 && c.passes < c.repeats).map(([id, c]) => ({ id, ...c })),
    };
  });
}

/**
 * A critical case that failed a critical scorer, or that could not be evaluated (its call
 * failed, or a critical scorer's judge did): a critical case is never passed unseen.
 */
export function criticalFailure(
  spec: Pick<AggregateSpec, 'suite' | 'scorers'>,
  r: CaseRecord,
): CriticalFailure | undefined {
  if (r.severity !== 'critical') return undefined;
  const critical = spec.scorers.filter((s) => s.critical);
  const failed = r.error ? [] : critical.filter((s) => r.scores[s.id]?.pass === false).map((s) => s.id);
  const unjudged = r.error
    ? [r.error.message]
    : critical.flatMap((s) => (r.scorer_errors?.[s.id] ? [`scorer "${s.id}": ${r.scorer_errors[s.id]}`] : []));
  if (!failed.length && !unjudged.length) return undefined;
  return {
    suite: spec.suite,
    id: r.id,
    repeat: r.repeat,
    ...(r.line ? { line: r.line } : {}),
    scorers: failed,
    ...(unjudged.length ? { error: unjudged.join('; ') } : {}),
    ...(r.expected !== undefined ? { expected: r.expected } : {}),
    output: r.output,
  };
}

/** The confusion matrix of each classifying scorer (classify, choice), for the report. */
function confusionMatrices(spec: AggregateSpec, records: readonly CaseRecord[]): Pick<SuiteAggregate, 'confusion'> {
  const confusion = spec.scorers.flatMap((scorer) => {
    const scores = records.flatMap((r) => (r.error || !r.scores[scorer.id] ? [] : [r.scores[scorer.id]!]));
    const matrix = suiteMetricValues(scorer, scores).confusion;
    return matrix ? [{ scorer: scorer.id, ...matrix }] : [];
  });
  return confusion.length ? { confusion } : {};
}

function metricValues(spec: AggregateSpec, records: readonly CaseRecord[]): MetricValue[] {
  const scored = records.filter((r) => !r.error);
  const out: MetricValue[] = [];
  for (const scorer of spec.scorers) {
    const scores = scored.map((r) => r.scores[scorer.id]).filter((s): s is ScoreRecord => s !== undefined);
    const judged = scores.filter((s) => s.pass !== null);
    if (judged.length || scores.length === 0) {
      const successes = judged.filter((s) => s.pass).length;
      out.push({
        metric: `${scorer.id}.pass_rate`,
        kind: 'rate',
        value: judged.length ? successes / judged.length : null,
        n: judged.length,
        successes,
        interval: wilson(successes, judged.length),
        method: 'wilson|conf:0.95',
      });
    }
    out.push({ metric: `${scorer.id}.mean`, kind: 'mean', value: mean(scores.map((s) => s.value)), n: scores.length });
    out.push(...suiteMetricValues(scorer, scores).metrics);
  }
  const failedCritical = records.filter((r) => criticalFailure(spec, r)).length;
  out.push({ metric: 'critical_failures', kind: 'count', value: failedCritical, n: records.length });
  const criticalCases = records.filter((r) => r.severity === 'critical').length;
  if (criticalCases && spec.criticalRates) out.push(...criticalRates(criticalCases, failedCritical, records.length));
  const latencies = scored.map((r) => r.latency_ms).filter((v): v is number => v !== null);
  for (const [name, q] of LATENCY_QUANTILES) {
    out.push({
      metric: `latency.${name}`,
      kind: 'quantile',
      value: quantile(latencies, q) ?? null,
      n: latencies.length,
      method: 'numpy-linear',
    });
  }
  out.push({ metric: 'latency.mean', kind: 'mean', value: mean(latencies), n: latencies.length });
  const costs = records.map((r) => r.cost_usd).filter((v): v is number => v !== null);
  out.push({ metric: 'cost.total', kind: 'total', value: costs.length ? sum(costs) : null, n: costs.length });
  out.push({ metric: 'cost.mean', kind: 'mean', value: mean(costs), n: costs.length });
  const judgeCosts = records.map((r) => r.judge_cost_usd).filter((v): v is number => v !== null && v !== undefined);
  if (judgeCosts.length)
    out.push({ metric: 'cost.judge', kind: 'total', value: sum(judgeCosts), n: judgeCosts.length });
  const tokens = records.map((r) => r.tokens?.total).filter((v): v is number => v !== undefined);
  out.push({ metric: 'tokens.total', kind: 'total', value: tokens.length ? sum(tokens) : null, n: tokens.length });
  out.push({ metric: 'tokens.mean', kind: 'mean', value: mean(tokens), n: tokens.length });
  const errors = records.filter((r) => r.error).length;
  out.push({
    metric: 'errors.rate',
    kind: 'rate',
    value: records.length ? errors / records.length : null,
    n: records.length,
    successes: errors,
  });
  out.push({ metric: 'errors.count', kind: 'count', value: errors, n: records.length });
  const contamination = contaminationRate(records);
  if (contamination) out.push(contamination);
  return out;
}

/**
 * The share of cases the suite's corpus holds (docs/governance.md, "Contamination and lineage"),
 * counted per case, not per repeat: it is a property of the case, whatever the model answered.
 */
function contaminationRate(records: readonly CaseRecord[]): MetricValue | undefined {
  const flagged = new Map<string, boolean>();
  for (const r of records) if (r.contamination) flagged.set(r.id, r.contamination.flagged);
  if (!flagged.size) return undefined;
  const successes = [...flagged.values()].filter(Boolean).length;
  return {
    metric: 'contamination.rate',
    kind: 'rate',
    value: successes / flagged.size,
    n: flagged.size,
    successes,
    interval: wilson(successes, flagged.size),
    method: 'wilson|conf:0.95',
  };
}

function wilson(successes: number, n: number): [number, number] | null {
  const ci = proportionInterval(successes, n, { method: 'wilson', confidence: 0.95 });
  return ci ? [ci[0], ci[1]] : null;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: readonly number[]) => (xs.length ? sum(xs) / xs.length : null);

/**
 * docs/governance.md "Risk tiers": the share of critical cases passing (Wilson interval, its
 * lower bound reported) and critical failures per case (Clopper-Pearson, gated by its upper
 * bound). Only where a rule gates them, so other suites' reports are unchanged.
 */
function criticalRates(critical: number, failed: number, total: number): MetricValue[] {
  const exact = proportionInterval(failed, total, { method: 'clopper-pearson', confidence: 0.95 });
  return [
    {
      metric: 'critical.pass_rate',
      kind: 'rate',
      value: (critical - failed) / critical,
      n: critical,
      successes: critical - failed,
      interval: wilson(critical - failed, critical),
      method: 'wilson|conf:0.95',
    },
    {
      metric: 'critical.failure_rate',
      kind: 'rate',
      value: failed / total,
      n: total,
      successes: failed,
      interval: exact ? [exact[0], exact[1]] : null,
      method: 'clopper-pearson|conf:0.95',
    },
  ];
}
