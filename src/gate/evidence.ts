import { higherIsBetter, isRateMetric, type MetricRef } from '../config/metric-name.js';
import type { RuleConfig } from '../config/schema.js';
import type { CaseRecord, MetricValue, ScoreRecord } from '../results/run-schema.js';
import { proportionInterval } from '../stats/index.js';
import { tPpf } from '../stats/distributions.js';
import type { SuiteStatistic } from '../scorers/suite-metrics.js';
import { suiteBootstrapEvidence } from './suite-bootstrap.js';
import type { Pair } from './pairing.js';
import {
  bootstrapEvidence,
  meanEvidence,
  pairedBinaryEvidence,
  unpairedBinaryEvidence,
  type RegressionEvidence,
} from './regression-test.js';

export interface EvidenceInput {
  ref: MetricRef;
  rule: RuleConfig;
  /** Records of this target (suite or slice) that pair with the baseline. */
  pairs: readonly Pair[];
  /** All records of this target, both sides, for the unpaired fallback. */
  current: readonly CaseRecord[];
  baseline: readonly CaseRecord[];
  seed: number;
  resamples: number;
  /** For a suite metric (`<scorer>.corpus`, `<scorer>.macro_f1`…): how it is computed from a sample's score records. */
  statistic?: SuiteStatistic;
}

/** Fewer paired cases than this share of the current ones, and the comparison is made unpaired (and said). */
const MIN_PAIRED_SHARE = 0.5;

/**
 * Turns a target's records into the test the metric calls for. The unit is the case: with
 * repeats, a case's outcomes are first combined per the rule's `aggregate`, so repeats of one
 * case never count as independent evidence.
 */
export function regressionEvidence(input: EvidenceInput): RegressionEvidence | null {
  const { ref, rule } = input;
  const margin = (rule.max_drop ?? rule.max_increase)!;
  const up = higherIsBetter(ref);
  const currentCases = distinctCases(input.current);
  const pairedCases = distinctCases(input.pairs.map((p) => p.current));
  const paired = pairedCases > 0 && pairedCases >= MIN_PAIRED_SHARE * currentCases;
  const orientation = { higherIsBetter: up, confidence: rule.confidence };

  if (ref.kind === 'suite') {
    if (!input.statistic) return null;
    const sides = paired
      ? pairedCaseScores(input.pairs, ref.scorer)
      : { current: caseScores(input.current, ref.scorer), baseline: caseScores(input.baseline, ref.scorer) };
    const baselineValue = input.statistic(sides.baseline.flat());
    if (baselineValue === null) return null;
    return suiteBootstrapEvidence(sides.current, sides.baseline, input.statistic, {
      ...orientation,
      threshold: margin.relative ? margin.value * Math.abs(baselineValue) : margin.value,
      paired,
      seed: input.seed,
      resamples: input.resamples,
    });
  }

  if (isRateMetric(ref) || (ref.kind === 'scorer' && ref.stat === 'mean')) {
    const unit = caseUnit(ref);
    const aggregate = caseAggregate(ref, rule);
    const sides = paired
      ? pairedCaseValues(input.pairs, unit, aggregate)
      : { current: caseValues(input.current, unit, aggregate), baseline: caseValues(input.baseline, unit, aggregate) };
    if (!sides.current.length || !sides.baseline.length) return null;
    const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const baselineValue = mean(sides.baseline);
    const threshold = margin.relative ? margin.value * Math.max(baselineValue, 1e-9) : margin.value;
    const binary = [...sides.current, ...sides.baseline].every((v) => v === 0 || v === 1);
    if (binary) {
      const toBool = (xs: readonly number[]) => xs.map((v) => v === 1);
      return (paired ? pairedBinaryEvidence : unpairedBinaryEvidence)(toBool(sides.current), toBool(sides.baseline), {
        ...orientation,
        threshold,
      });
    }
    return meanEvidence(sides.current, sides.baseline, { ...orientation, threshold, paired });
  }

  // latency, cost and tokens: record-level statistics
  const value = recordValue(ref);
  const pairs = input.pairs
    .map((p) => [value(p.current), value(p.baseline)] as const)
    .filter((x): x is readonly [number, number] => x[0] !== null && x[1] !== null);
  const current = paired ? pairs.map((x) => x[0]) : input.current.map(value).filter((v): v is number => v !== null);
  const baseline = paired ? pairs.map((x) => x[1]) : input.baseline.map(value).filter((v): v is number => v !== null);
  if (!current.length || !baseline.length) return null;
  const statistic =
    ref.kind === 'latency' && ref.stat !== 'mean'
      ? { quantile: Number(ref.stat.slice(1)) / 100 }
      : (ref.kind === 'cost' || ref.kind === 'tokens') && ref.stat !== 'mean'
        ? ('sum' as const)
        : null;
  if (!statistic) {
    const base = baseline.reduce((a, b) => a + b, 0) / baseline.length;
    return meanEvidence(current, baseline, {
      ...orientation,
      threshold: margin.relative ? margin.value * base : margin.value,
      paired,
    });
  }
  const threshold = margin.relative ? 1 + margin.value : margin.value;
  return bootstrapEvidence(current, baseline, {
    ...orientation,
    threshold,
    paired,
    ratio: margin.relative,
    statistic,
    seed: input.seed,
    resamples: input.resamples,
  });
}

/**
 * An absolute rule's metric with the case as the unit, when cases were repeated: a case's
 * repeats are combined per the rule's `aggregate` first, as for regression rules (README,
 * "repeats never count as independent evidence"). Undefined for metrics that are not per case.
 */
export function caseLevelMetric(
  ref: MetricRef,
  rule: RuleConfig,
  records: readonly CaseRecord[],
  confidence = 0.95,
): MetricValue | undefined {
  if (!isRateMetric(ref) && !(ref.kind === 'scorer' && ref.stat === 'mean')) return undefined;
  const aggregate = caseAggregate(ref, rule);
  const values = caseValues(records, caseUnit(ref), aggregate);
  const n = values.length;
  if (!n) return undefined;
  const value = values.reduce((a, b) => a + b, 0) / n;
  const common = { metric: rule.metric, kind: isRateMetric(ref) ? ('rate' as const) : ('mean' as const), value, n };
  if (values.every((v) => v === 0 || v === 1)) {
    const successes = values.filter((v) => v === 1).length;
    const ci = proportionInterval(successes, n, { method: 'wilson', confidence });
    return {
      ...common,
      successes,
      interval: ci ? [ci[0], ci[1]] : null,
      method: `wilson|conf:${confidence}|unit:case|aggregate:${aggregate}`,
    };
  }
  // shares of repeats per case: a t interval on the case means, kept within [0, 1]
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - value) ** 2, 0) / Math.max(1, n - 1));
  const half = n > 1 ? tPpf(1 - (1 - confidence) / 2, n - 1) * (sd / Math.sqrt(n)) : NaN;
  return {
    ...common,
    interval: Number.isFinite(half) ? [Math.max(0, value - half), Math.min(1, value + half)] : null,
    method: `t|conf:${confidence}|unit:case|aggregate:${aggregate}`,
  };
}

/** How a case's repeats combine for this metric: pass rates by the rule's aggregate, means and error rates by their mean. */
export function caseAggregate(ref: MetricRef, rule: RuleConfig): RuleConfig['aggregate'] {
  return ref.kind === 'scorer' && ref.stat === 'pass_rate' ? rule.aggregate : 'mean';
}

type Unit = (r: CaseRecord) => number | null;

/** One record's value for a rate or score metric: 1/0 for pass/fail (or error), the score for means. */
function caseUnit(ref: MetricRef): Unit {
  if (ref.kind === 'errors') return (r) => (r.error ? 1 : 0);
  if (ref.kind !== 'scorer') return () => null;
  if (ref.stat === 'mean') return (r) => (r.error ? null : (r.scores[ref.scorer]?.value ?? null));
  return (r) => {
    const pass = r.error ? null : r.scores[ref.scorer]?.pass;
    return pass === null || pass === undefined ? null : pass ? 1 : 0;
  };
}

/** Combines a case's repeat values into one, per the rule's aggregate. */
function combine(values: readonly number[], aggregate: RuleConfig['aggregate']): number {
  const passes = values.filter((v) => v >= 1).length;
  switch (aggregate) {
    case 'pass@k':
      return passes > 0 ? 1 : 0;
    case 'pass^k':
      return passes === values.length ? 1 : 0;
    case 'majority':
      return passes * 2 > values.length ? 1 : 0;
    case 'mean':
      return values.reduce((a, b) => a + b, 0) / values.length;
  }
}

/**
 * Without repeats every record is its own case, and grouping by case is the identity: the
 * common case skips building a Map and an array per case for every rule and slice, which at
 * 100,000 records is most of what the statistics allocate (README "Large runs").
 */
const unrepeated = (records: readonly CaseRecord[]) => records.every((r) => r.repeat === 0);

const distinctCases = (records: readonly CaseRecord[]) =>
  unrepeated(records) ? records.length : new Set(records.map((r) => r.id)).size;

/** combine() of a case with one value. */
const combineOne = (v: number, aggregate: RuleConfig['aggregate']) => (aggregate === 'mean' ? v : v >= 1 ? 1 : 0);

function groupByCase(records: readonly CaseRecord[], unit: Unit): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const r of records) {
    const v = unit(r);
    if (v === null) continue;
    const list = groups.get(r.id);
    if (list) list.push(v);
    else groups.set(r.id, [v]);
  }
  return groups;
}

function caseValues(records: readonly CaseRecord[], unit: Unit, aggregate: RuleConfig['aggregate']): number[] {
  if (!unrepeated(records)) return [...groupByCase(records, unit).values()].map((vs) => combine(vs, aggregate));
  const values: number[] = [];
  for (const r of records) {
    const v = unit(r);
    if (v !== null) values.push(combineOne(v, aggregate));
  }
  return values;
}

function pairedCaseValues(
  pairs: readonly Pair[],
  unit: Unit,
  aggregate: RuleConfig['aggregate'],
): { current: number[]; baseline: number[] } {
  if (pairs.every((p) => p.current.repeat === 0)) {
    const sides = { current: [] as number[], baseline: [] as number[] };
    for (const p of pairs) {
      const c = unit(p.current);
      const b = unit(p.baseline);
      if (c === null || b === null) continue;
      sides.current.push(combineOne(c, aggregate));
      sides.baseline.push(combineOne(b, aggregate));
    }
    return sides;
  }
  const current = groupByCase(
    pairs.map((p) => p.current),
    unit,
  );
  const baseline = groupByCase(
    pairs.map((p) => p.baseline),
    unit,
  );
  const ids = [...current.keys()].filter((id) => baseline.has(id));
  return {
    current: ids.map((id) => combine(current.get(id)!, aggregate)),
    baseline: ids.map((id) => combine(baseline.get(id)!, aggregate)),
  };
}

/** Each case's score records of one scorer (one per repeat), by case id in first-seen order. */
function scoresByCase(records: readonly CaseRecord[], scorer: string): Map<string, ScoreRecord[]> {
  const groups = new Map<string, ScoreRecord[]>();
  for (const r of records) {
    const s = r.error ? undefined : r.scores[scorer];
    if (!s) continue;
    const list = groups.get(r.id);
    if (list) list.push(s);
    else groups.set(r.id, [s]);
  }
  return groups;
}

const caseScores = (records: readonly CaseRecord[], scorer: string) => [...scoresByCase(records, scorer).values()];

function pairedCaseScores(
  pairs: readonly Pair[],
  scorer: string,
): { current: ScoreRecord[][]; baseline: ScoreRecord[][] } {
  const current = scoresByCase(
    pairs.map((p) => p.current),
    scorer,
  );
  const baseline = scoresByCase(
    pairs.map((p) => p.baseline),
    scorer,
  );
  const ids = [...current.keys()].filter((id) => baseline.has(id));
  return { current: ids.map((id) => current.get(id)!), baseline: ids.map((id) => baseline.get(id)!) };
}

function recordValue(ref: MetricRef): (r: CaseRecord) => number | null {
  switch (ref.kind) {
    case 'latency':
      return (r) => (r.error ? null : r.latency_ms);
    case 'cost':
      return ref.stat === 'judge' ? (r) => r.judge_cost_usd ?? null : (r) => r.cost_usd;
    case 'tokens':
      return (r) => r.tokens?.total ?? null;
    default:
      return () => null;
  }
}
