import { higherIsBetter, type MetricRef } from '../config/metric-name.js';
import { RuleConfig, type ScorerConfig } from '../config/schema.js';
import { suiteStatistic } from '../scorers/suite-metrics.js';
import {
  isSuiteNote,
  type CaseRecord,
  type Comparison,
  type CriticalFailure,
  type Decision,
  type Demotion,
  type Incomplete,
  type MetricValue,
  type RuleOutcome,
  type SuiteAggregate,
  type Verdict,
} from '../results/run-schema.js';
import { adjustPValues } from '../stats/index.js';
import { explain } from './explain.js';
import { formatValue } from '../core/format.js';
import type { SuitePairing } from './pairing.js';
import { caseAggregate, caseLevelMetric, regressionEvidence } from './evidence.js';
import { detectableWorsening } from './regression-test.js';
import { SEQUENTIAL_METHOD, type SequentialJudge } from './sequential.js';

export interface SuiteRules {
  suite: string;
  rules: readonly RuleConfig[];
  /** Definition hash of each rule, parallel to `rules`. */
  ruleHashes: readonly string[];
  /** The suite's scorers; with their config (`type` and options), suite metrics such as `<id>.corpus` can be gated. */
  scorers: readonly ({ id: string; critical: boolean } | ScorerConfig)[];
}

export interface OverrideDecision {
  /** Present when a valid override label was applied. */
  applied: { label: string; actor: string; permission: string; applied_at: string } | null;
  /** Why labels that were present did not count. */
  ignored: string[];
}

export interface DecideInput {
  suites: readonly SuiteRules[];
  records: readonly CaseRecord[];
  aggregates: readonly SuiteAggregate[];
  /** The baseline's aggregates, shown beside absolute rules for context. */
  baselineAggregates?: readonly SuiteAggregate[];
  pairings: readonly SuitePairing[];
  baselineInfo: Comparison['baseline'];
  override?: OverrideDecision;
  /** A run of the base branch itself: a missing baseline is its normal first state, so it never makes the verdict worse than warn. */
  baseBranch?: boolean;
  /** Seed for bootstrap draws, so a decision is reproducible. */
  seed?: number;
  resamples?: number;
  /** The run did not finish, or no call in it succeeded: the verdict is `error` whatever the rules say. */
  incomplete?: Incomplete;
  /** An adaptive tier decides its regression tests by group-sequential boundaries instead (gate/sequential.ts). */
  sequential?: SequentialJudge;
}

/** The implicit rule every suite has unless it states its own: no critical case may fail (defaults from the schema). */
const IMPLICIT_CRITICAL: RuleConfig = RuleConfig.parse({ metric: 'critical_failures', max: 0 });

/** A pure function of (current, baseline, rules, overrides) → verdict with reasons. */
export function decide(input: DecideInput): Decision {
  const outcomes: RuleOutcome[] = [];
  const criticalFailures: CriticalFailure[] = [];
  const comparisons: Record<string, Comparison> = {};
  for (const suite of input.suites) {
    const aggregate = input.aggregates.find((a) => a.suite === suite.suite);
    const pairing = input.pairings.find((p) => p.suite === suite.suite);
    if (!aggregate || !pairing) continue;
    const records = input.records.filter((r) => r.suite === suite.suite);
    for (const f of aggregate.critical_failures) criticalFailures.push(f);
    comparisons[suite.suite] = {
      baseline: pairing.hasBaseline ? input.baselineInfo : null,
      paired: pairing.pairs.length,
      added: pairing.added,
      removed: pairing.removed,
      changed: pairing.changed,
      notes: pairing.notes,
      ...(pairing.demoted.length ? { demoted: pairing.demoted } : {}),
      ...(pairing.settingsChanged.length ? { settings_changed: pairing.settingsChanged } : {}),
    };
    // a lowered severity loosens the gate: a pull request fails until overridden; the base branch has merged it
    if (pairing.demoted.length && input.baseBranch)
      comparisons[suite.suite]!.notes = [
        ...pairing.notes,
        `${casesAre(pairing.demoted.length)} less severe than in the previous run of the base branch, and count so from now on ${listDemotions(pairing.demoted)}.`,
      ];
    else if (pairing.demoted.length) outcomes.push(demotionOutcome(suite.suite, pairing.demoted));
    const rules = suite.rules.some((r) => r.metric === 'critical_failures')
      ? suite.rules
      : [...suite.rules, IMPLICIT_CRITICAL];
    rules.forEach((rule, index) => {
      const baselineAggregate = pairing.hasBaseline
        ? input.baselineAggregates?.find((a) => a.suite === suite.suite)
        : undefined;
      outcomes.push(
        ...evaluateRule({
          suite: suite.suite,
          rule,
          hash: suite.ruleHashes[index] ?? null,
          index: index < suite.rules.length ? index : -1,
          records,
          aggregate,
          baselineAggregate,
          pairing,
          scorers: suite.scorers,
          seed: input.seed ?? 1,
          resamples: input.resamples ?? 2000,
          baseBranch: input.baseBranch ?? false,
          sequential: input.sequential,
        }),
      );
    });
    if (pairing.removedRules > 0) {
      const n = pairing.removedRules;
      outcomes.push(
        suiteWarning(
          suite.suite,
          {
            metric: 'rules',
            status: 'not_comparable',
            current: suite.rules.length,
            n: 0,
            bound: 'as on the base branch',
            method: 'definition hashes',
          },
          `${n} rule${n === 1 ? '' : 's'} of the baseline run ${n === 1 ? 'is' : 'are'} not in this config; a reviewer should confirm the gate was meant to change.`,
        ),
      );
    }
    if (aggregate.errors > 0 && !suite.rules.some((r) => r.metric.startsWith('errors.'))) {
      outcomes.push(
        suiteWarning(
          suite.suite,
          {
            metric: 'errors.count',
            status: 'inconclusive',
            current: aggregate.errors,
            n: aggregate.records,
            bound: 'none set',
            method: 'count',
          },
          `${aggregate.errors} of ${aggregate.records} calls failed for infrastructure reasons and were left out of the scores; add an errors.rate rule to set what is acceptable.`,
        ),
      );
    }
  }

  const failing = outcomes.filter((o) => o.outcome === 'fail');
  const warning = outcomes.filter((o) => o.outcome === 'warn');
  if (input.incomplete) {
    return {
      verdict: 'error',
      summary: incompleteSummary(input.incomplete),
      reasons: [
        input.incomplete.message,
        'The rules below were checked on the finished cases only; they decide nothing until the whole run has finished.',
      ],
      rules: outcomes,
      critical_failures: criticalFailures,
      comparisons,
      override: null,
      ...(input.override?.ignored.length ? { override_notes: input.override.ignored } : {}),
    };
  }
  let verdict: Verdict = failing.length ? 'fail' : warning.length ? 'warn' : 'pass';
  const override = input.override?.applied ?? null;
  if (verdict === 'fail' && override) verdict = 'overridden';
  const reasons = [...failing, ...warning].map((o) => `${o.suite}: ${o.explanation}`);
  return {
    verdict,
    summary: summarize(verdict, failing, warning, criticalFailures.length, override),
    reasons,
    rules: outcomes,
    critical_failures: criticalFailures,
    comparisons,
    override: verdict === 'overridden' ? override : null,
    ...(input.override?.ignored.length ? { override_notes: input.override.ignored } : {}),
  };
}

/**
 * Lowering a case's severity loosens the gate as surely as removing a rule: the case is gated
 * at the baseline's severity (see atBaselineSeverity) and the suite fails until a maintainer
 * overrides it.
 */
function demotionOutcome(suite: string, demoted: readonly Demotion[]): RuleOutcome {
  const n = demoted.length;
  return {
    ...suiteWarning(
      suite,
      { metric: 'severity', status: 'fail', current: n, n, bound: 'not lowered', method: 'dataset severities' },
      `${casesAre(n)} less severe than on the base branch, which loosens the gate: this fails until a maintainer overrides it, and the base branch's severity counts until it is merged ${listDemotions(demoted)}.`,
    ),
    kind: 'critical',
    outcome: 'fail',
  };
}

const casesAre = (n: number) => `${n} case${n === 1 ? ' is' : 's are'}`;

/** "(critical → normal: a, b)": the first ten ids by change, last in a line so a clipped line loses only ids. */
function listDemotions(demoted: readonly Demotion[]): string {
  const n = demoted.length;
  const byChange = new Map<string, string[]>();
  for (const d of demoted.slice(0, 10)) {
    const change = `${d.baseline} → ${d.current ?? 'removed'}`;
    byChange.set(change, [...(byChange.get(change) ?? []), d.id]);
  }
  const list = [...byChange].map(([change, ids]) => `${change}: ${ids.join(', ')}`).join('; ');
  return `(${list}${n > 10 ? `; ${n - 10} more in run.json` : ''})`;
}

/** How far an unfinished run got and why, for the verdict line. */
function incompleteSummary(i: Incomplete): string {
  const at = `${i.done}/${i.total}`;
  const kept = i.done ? ` The ${i.done} finished ${i.done === 1 ? 'case is' : 'cases are'} kept in run.json.` : '';
  switch (i.kind) {
    case 'interrupted':
      return `Could not evaluate: interrupted at ${at} cases.${kept}`;
    case 'circuit_breaker':
      return `Could not evaluate: the run stopped at ${at} cases when the provider's circuit breaker opened.${kept}`;
    case 'budget':
      return `Could not evaluate: the run stopped at ${at} cases when its budget ran out.${kept}`;
    case 'all_failed':
      return `Could not evaluate: all ${i.done} model calls failed.`;
  }
}

/** A warning about the suite as a whole, not tied to one configured rule. */
function suiteWarning(
  suite: string,
  o: Pick<RuleOutcome, 'metric' | 'status' | 'current' | 'n' | 'bound' | 'method'>,
  explanation: string,
): RuleOutcome {
  return {
    suite,
    rule: -1,
    kind: 'absolute',
    slice: null,
    outcome: 'warn',
    baseline: null,
    delta: null,
    interval: null,
    pvalue: null,
    ...o,
    explanation,
  };
}

/**
 * Counts rules, not outcomes: a per-slice rule that fails in three slices is one failed rule,
 * and the slices are named apart. Warnings are counted apart from failures.
 */
function summarize(
  verdict: Verdict,
  failing: readonly RuleOutcome[],
  warning: readonly RuleOutcome[],
  critical: number,
  override: OverrideDecision['applied'],
): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const byRule = (outcomes: readonly RuleOutcome[]) => {
    const rules = new Map<string, RuleOutcome[]>();
    for (const o of outcomes) {
      const key = `${o.suite}\u0000${o.rule}\u0000${o.metric}\u0000${o.bound}`;
      rules.set(key, [...(rules.get(key) ?? []), o]);
    }
    return [...rules.values()];
  };
  const failed = byRule(failing);
  const sliced = failed
    .filter((os) => os.some((o) => o.slice !== null))
    .map((os) => `${os[0]!.metric} ${os[0]!.bound} in ${plural(os.filter((o) => o.slice !== null).length, 'slice')}`);
  const failedText = `${plural(failed.length, 'rule')} failed${sliced.length ? ` (${sliced.join('; ')})` : ''}${critical ? `, including ${plural(critical, 'critical case')}` : ''}`;
  const warned = byRule(warning).length;
  const notes = warning.filter(isSuiteNote).length;
  const warnedRules = warned - notes;
  const more = warned ? `; ${warned} more warn${warned === 1 ? 's' : ''}` : '';
  switch (verdict) {
    case 'pass':
      return 'All gate rules pass.';
    case 'warn':
      return `No rule failed; ${[
        warnedRules ? `${plural(warnedRules, 'rule')} could not be shown to pass` : '',
        notes ? `${plural(notes, 'warning')} about the suite${notes === 1 ? '' : 's'}` : '',
      ]
        .filter(Boolean)
        .join(' and ')}.`;
    case 'fail':
      return `${failedText}${more}.`;
    case 'overridden':
      return `${failedText}, overridden by @${override?.actor} (${override?.permission}) with the "${override?.label}" label${more}.`;
    default:
      return verdict;
  }
}

interface RuleContext {
  suite: string;
  rule: RuleConfig;
  hash: string | null;
  index: number;
  records: readonly CaseRecord[];
  aggregate: SuiteAggregate;
  baselineAggregate: SuiteAggregate | undefined;
  pairing: SuitePairing;
  scorers: SuiteRules['scorers'];
  seed: number;
  resamples: number;
  baseBranch: boolean;
  sequential: SequentialJudge | undefined;
}

function evaluateRule(ctx: RuleContext): RuleOutcome[] {
  const { rule } = ctx;
  const { ref } = rule;
  const regression = rule.max_drop !== undefined || rule.max_increase !== undefined;
  const base = {
    suite: ctx.suite,
    rule: ctx.index,
    metric: rule.metric,
    kind: (ref.kind === 'critical_failures'
      ? 'critical'
      : regression
        ? 'regression'
        : 'absolute') as RuleOutcome['kind'],
  };
  const targets = rule.per_slice
    ? sliceTargets(ctx)
    : [
        {
          slice: null,
          metrics: ctx.aggregate.metrics,
          pairs: ctx.pairing.pairs,
          current: ctx.records,
          baseline: ctx.pairing.baselineRecords,
        },
      ];

  if (!regression) {
    // a bound or scorer changed by the PR itself passes only with a reviewer's eye on it
    const changed =
      ctx.pairing.hasBaseline &&
      ((ctx.hash !== null && ctx.pairing.newRules.has(ctx.hash)) ||
        ((ref.kind === 'scorer' || ref.kind === 'suite') && ctx.pairing.changedScorers.has(ref.scorer)));
    // reduce, not Math.max(...): a spread of a million records overflows the stack
    const repeats = ctx.records.reduce((most, r) => Math.max(most, r.repeat), 0) + 1;
    return targets.map((t) => {
      const baselineMetrics = t.slice
        ? ctx.baselineAggregate?.slices.find((s) => s.slice === t.slice!.name && s.value === t.slice!.value)?.metrics
        : ctx.baselineAggregate?.metrics;
      const perCase = repeats > 1 ? caseLevelMetric(ref, rule, t.current) : undefined;
      const measured = absoluteOutcome(
        base,
        ref,
        rule,
        t.slice,
        perCase ?? metricOf(t.metrics, rule.metric),
        perCase ? { repeats, aggregate: caseAggregate(ref, rule) } : undefined,
      );
      const outcome: RuleOutcome = {
        ...measured,
        explanation: measured.explanation + judgeFailureNote(ref, ctx.aggregate),
        baseline: metricOf(baselineMetrics ?? [], rule.metric)?.value ?? null,
      };
      return changed && outcome.outcome === 'pass'
        ? {
            ...outcome,
            outcome: 'warn',
            explanation: `${outcome.explanation} This rule or its scorer changed since the baseline run, so a reviewer should confirm the change.`,
          }
        : outcome;
    });
  }
  // a regression rule that cannot be tested is reported once, for the whole suite
  const untested = (
    status: 'no_baseline' | 'not_comparable',
    outcome: RuleOutcome['outcome'],
    explanation: string,
  ): RuleOutcome[] => [
    {
      ...base,
      slice: null,
      status,
      outcome,
      current: metricOf(ctx.aggregate.metrics, rule.metric)?.value ?? null,
      baseline: null,
      delta: null,
      interval: null,
      n: 0,
      bound: boundText(rule),
      method: 'none',
      pvalue: null,
      explanation,
    },
  ];
  if (!ctx.pairing.hasBaseline) {
    return untested(
      'no_baseline',
      ctx.baseBranch && rule.on_no_baseline === 'fail' ? 'warn' : rule.on_no_baseline,
      `${rule.metric} (${boundText(rule)}): no baseline to compare with, so this regression rule was not tested.`,
    );
  }
  if ((ref.kind === 'scorer' || ref.kind === 'suite') && ctx.pairing.changedScorers.has(ref.scorer)) {
    return untested(
      'not_comparable',
      'warn',
      `${rule.metric}: the scorer "${ref.scorer}" changed since the baseline, so its numbers are not comparable.`,
    );
  }
  if (ctx.hash !== null && ctx.pairing.newRules.has(ctx.hash)) {
    return untested(
      'not_comparable',
      'warn',
      `${rule.metric}: this rule is new or changed since the baseline run, so it is reported, not enforced, until the base branch has run it.`,
    );
  }

  const scorer = ref.kind === 'suite' ? ctx.scorers.find((s) => s.id === ref.scorer) : undefined;
  const statistic = ref.kind === 'suite' && scorer ? suiteStatistic(scorer, ref.stat, ref.class) : undefined;
  const tested = targets.map((t) => {
    const evidence =
      t.current.length && t.baseline.length
        ? regressionEvidence({
            ref,
            rule,
            pairs: t.pairs,
            current: t.current,
            baseline: t.baseline,
            seed: ctx.seed,
            resamples: ctx.resamples,
            ...(statistic ? { statistic } : {}),
          })
        : null;
    return { target: t, evidence };
  });
  const gated = tested.filter((t) => t.evidence && (!rule.per_slice || t.evidence.n >= rule.min_n));
  const alpha = 1 - rule.confidence;
  const adjusted =
    rule.correction !== 'none' && gated.length > 1
      ? adjustPValues(
          gated.map((t) => t.evidence!.pFail),
          { method: rule.correction, alpha },
        ).adjusted
      : gated.map((t) => t.evidence!.pFail);
  const correction = rule.correction !== 'none' && gated.length > 1 ? rule.correction : null;

  return tested.map(({ target, evidence }) => {
    const current = metricOf(target.metrics, rule.metric)?.value ?? null;
    const common = { ...base, slice: target.slice, current, bound: boundText(rule) };
    const n = evidence?.n ?? target.pairs.length;
    if (!evidence || (rule.per_slice && n < rule.min_n)) {
      return {
        ...common,
        status: 'not_gated' as const,
        outcome: 'info' as const,
        baseline: null,
        delta: null,
        interval: null,
        n,
        method: 'none',
        pvalue: null,
        mde: null,
        explanation: `${describeTarget(rule.metric, target.slice)}: not gated (n=${n} ${evidence?.paired === false ? 'cases' : 'paired'} < ${rule.min_n}).`,
      };
    }
    const pFail = adjusted[gated.findIndex((g) => g.target === target)] ?? evidence.pFail;
    const tests = correction ? gated.length : 1;
    const sequential = ctx.sequential?.({
      suite: ctx.suite,
      rule: ctx.index,
      slice: target.slice,
      evidence,
      alpha,
      tests,
    });
    if (sequential && 'frozen' in sequential) return sequential.frozen;
    const status = sequential
      ? sequential.status
      : pFail < alpha
        ? 'fail'
        : evidence.pPass < alpha
          ? 'pass'
          : 'inconclusive';
    const outcome = status === 'inconclusive' ? rule.on_inconclusive : status;
    const fixed = {
      ...common,
      status,
      outcome,
      current: evidence.currentValue,
      baseline: evidence.baselineValue,
      delta: evidence.ratio ? null : evidence.worsening * (higherIsBetter(ref) ? -1 : 1),
      interval: evidence.interval,
      n: evidence.n,
      method: evidence.method + (correction ? `, ${correction} across ${gated.length} slices` : ''),
      pvalue: pFail,
      mde: detectableWorsening(evidence, { alpha, tests }),
      confidence: rule.confidence,
      explanation:
        explain({
          ref,
          rule,
          slice: target.slice,
          evidence,
          status,
          correction: correction ? { method: correction, tests: gated.length } : null,
        }) + judgeFailureNote(ref, ctx.aggregate),
    };
    if (!sequential) return fixed;
    // the interval shown is the fixed-sample one; the boundary crossed is what decided
    const note = sequential.sequential;
    return {
      ...fixed,
      method: `${evidence.method}; ${SEQUENTIAL_METHOD}, look ${note.look}${tests > 1 ? `, fail test at α/${tests}` : ''}`,
      sequential: note,
      explanation: sequential.explanation
        ? `${describeTarget(rule.metric, target.slice)} (${boundText(rule)}): ${sequential.explanation}`
        : `${fixed.explanation} Decided at look ${note.look} after ${note.cases} cases by a group-sequential boundary.`,
    };
  });
}

/** A rule on a judge's scores sees fewer cases when judge calls failed; it says so. */
function judgeFailureNote(ref: MetricRef, aggregate: SuiteAggregate): string {
  const failed = ref.kind === 'scorer' ? (aggregate.scorer_errors?.[ref.scorer] ?? 0) : 0;
  if (!failed || ref.kind !== 'scorer') return '';
  const graded = aggregate.records - aggregate.errors;
  return ` ${failed} of ${graded} judge call${graded === 1 ? '' : 's'} of "${ref.scorer}" failed and are left out, so n counts only the graded cases.`;
}

function absoluteOutcome(
  base: Pick<RuleOutcome, 'suite' | 'rule' | 'metric' | 'kind'>,
  ref: MetricRef,
  rule: RuleConfig,
  slice: RuleOutcome['slice'],
  metric: MetricValue | undefined,
  perCase?: { repeats: number; aggregate: string },
): RuleOutcome {
  const value = metric?.value ?? null;
  const common = {
    ...base,
    slice,
    current: value,
    baseline: null,
    delta: null,
    interval: metric?.interval ?? null,
    n: metric?.n ?? 0,
    bound: boundText(rule),
    method: metric?.method ?? 'point estimate',
    pvalue: null,
  };
  if (value === null) {
    return {
      ...common,
      status: 'inconclusive',
      outcome: rule.on_inconclusive,
      explanation: `${describeTarget(rule.metric, slice)}: no data to check ${boundText(rule)} against.`,
    };
  }
  if (rule.per_slice && (metric?.n ?? 0) < rule.min_n) {
    return {
      ...common,
      status: 'not_gated',
      outcome: 'info',
      explanation: `${describeTarget(rule.metric, slice)}: not gated (n=${metric?.n ?? 0} < ${rule.min_n}).`,
    };
  }
  const ok = rule.min !== undefined ? value >= rule.min : value <= rule.max!;
  // docs/governance.md "Risk tiers": the critical-failure rate passes only when its upper bound is under the maximum
  const upper = metric?.interval?.[1];
  if (ok && ref.kind === 'critical' && ref.stat === 'failure_rate' && upper !== undefined && upper > rule.max!) {
    const cases = Math.ceil(Math.log(0.025) / Math.log(1 - rule.max!));
    return {
      ...common,
      status: 'inconclusive',
      outcome: rule.on_inconclusive,
      explanation: `${describeTarget(rule.metric, slice)} is ${formatValue(ref, value)}, but its 95% upper bound ${formatValue(ref, upper)} (Clopper-Pearson, n=${metric?.n ?? 0}) is above the maximum ${formatValue(ref, rule.max!)}; showing it under takes at least ${cases} cases without a critical failure.`,
    };
  }
  return {
    ...common,
    status: ok ? 'pass' : 'fail',
    outcome: ok ? 'pass' : 'fail',
    explanation: explain({
      ref,
      rule,
      slice,
      absolute: { value, n: metric?.n ?? 0, interval: metric?.interval ?? null, perCase },
      status: ok ? 'pass' : 'fail',
      correction: null,
    }),
  };
}

function sliceTargets(ctx: RuleContext) {
  const inSlice = (name: string, value: string) => (r: CaseRecord) => (r.tags[name] ?? '(none)') === value;
  return ctx.aggregate.slices.map((s) => ({
    slice: { name: s.slice, value: s.value },
    metrics: s.metrics,
    pairs: ctx.pairing.pairs.filter((p) => inSlice(s.slice, s.value)(p.current)),
    current: ctx.records.filter(inSlice(s.slice, s.value)),
    baseline: ctx.pairing.baselineRecords.filter(inSlice(s.slice, s.value)),
  }));
}

const metricOf = (metrics: readonly MetricValue[], name: string) => metrics.find((m) => m.metric === name);

export function boundText(rule: RuleConfig): string {
  if (rule.min !== undefined) return `min ${rule.min}`;
  if (rule.max !== undefined) return `max ${rule.max}`;
  if (rule.max_drop) return `max drop ${rule.max_drop.text}`;
  return `max increase ${rule.max_increase!.text}`;
}

function describeTarget(metric: string, slice: RuleOutcome['slice']): string {
  return slice ? `${metric} [${slice.name}=${slice.value}]` : metric;
}
