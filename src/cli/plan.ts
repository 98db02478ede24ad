import type { RuleConfig } from '../config/schema.js';
import { formatIssue } from '../core/result.js';
import type { EvalCase } from '../dataset/case.js';
import { composition, describeComposition } from '../dataset/sample.js';
import {
  bootstrapStandardError,
  meanDetectableShift,
  meanSampleSize,
  nonInferiorityDetectableDrop,
  nonInferioritySampleSize,
} from '../stats/power.js';
import type { ScorerConfig } from '../config/schema.js';
import { suiteStatistic } from '../scorers/suite-metrics.js';
import type { ScoreRecord } from '../results/run-schema.js';
import { expectedCases } from '../gate/sequential.js';
import { planSuites, tierCases, type PlannedSuite } from '../pipeline/plan-suites.js';
import { estimateRun } from '../pipeline/estimate-run.js';
import { budgetFor } from '../runner/budget.js';
import { formatUsd } from '../core/format.js';
import type { LoadedConfig } from '../config/load.js';
import { tierWarnings } from './tier-warnings.js';
import { readRunFile } from '../results/run-file.js';
import type { Run } from '../results/run-schema.js';
import type { Command } from './args.js';
import type { Io } from './io.js';
import { loadOrThrow, unwrap } from './load-or-throw.js';

const pp = (x: number) => `${(x * 100).toFixed(1)} pp`;

/**
 * Per suite and tier: how many cases run, and what each pass-rate regression rule can see —
 * the smallest true drop it fails 80% of the time, and the cases needed to fail a drop of
 * twice the margin. Slice counts and sizes come from the dataset; rates from a baseline run when one is given.
 */
export async function planCommand(cmd: Extract<Command, { command: 'plan' }>, io: Io): Promise<number> {
  const loaded = loadOrThrow(cmd.config);
  const baseline: Run | null = cmd.baseline ? unwrap(readRunFile(cmd.baseline)) : null;
  const planned = unwrap(await planSuites(loaded, { tier: null }));
  const lines: string[] = [];
  for (const suite of planned) {
    lines.push(`${suite.config.id} (${suite.cases.length} cases in the dataset)`);
    for (const [tier, settings] of Object.entries(suite.config.tiers)) {
      const cases = tierCases(suite.config, suite.cases, settings);
      const n = cases.length;
      lines.push(
        `  tier ${tier}: ${n} cases × ${suite.config.repeats} repeat${suite.config.repeats === 1 ? '' : 's'}${settings.sample ? ` (${describeComposition(composition(cases, suite.config.slices))})` : ''}`,
      );
      lines.push(`    ${await costLine(loaded, suite, tier, cases, settings.adaptive)}`);
      for (const rule of suite.config.rules) {
        const sizes = sliceSizes(cases, suite.config.slices);
        const line =
          ruleLine(rule, n, sizes, baseline, suite.config.id) ??
          valueRuleLine(rule, n, sizes, baseline, suite.config.id, suite.config.scorers);
        if (line) lines.push(`    ${line}`);
        const adaptive = settings.adaptive
          ? adaptiveLine(
              rule,
              settings.adaptive,
              n,
              suite.cases.length,
              baseline,
              suite.config.id,
              sliceShape(baseline, suite.config.id, suite.config.slices, cases),
            )
          : null;
        if (adaptive) lines.push(`      ${adaptive}`);
      }
    }
  }
  lines.push(
    '',
    baseline
      ? `Pass rates and the spread of means and suite metrics from ${cmd.baseline}.`
      : 'No --baseline given: assumes a 90% pass rate and independent runs (2p(1−p) discordant), which is conservative; pass --baseline run.json for your own figures.',
  );
  io.out(`${lines.join('\n')}\n`);
  for (const issue of tierWarnings(loaded, planned, baseline)) io.err(`warning: ${formatIssue(issue)}\n`);
  return 0;
}

/** The tier's estimated cost (README "Budgets"), its adaptive growth counted at its max, beside the tier's budget. */
async function costLine(
  loaded: LoadedConfig,
  suite: PlannedSuite,
  tier: string,
  cases: readonly EvalCase[],
  adaptive: { max: number | 'full' } | undefined,
): Promise<string> {
  const taken = new Set(cases.map((c) => c.id));
  const max = adaptive ? (adaptive.max === 'full' ? suite.cases.length : adaptive.max) : cases.length;
  const extension = suite.cases.filter((c) => !taken.has(c.id)).slice(0, Math.max(0, max - cases.length));
  const estimate = await estimateRun(loaded, [
    { config: suite.config, prompt: suite.prompt, cases, extension, repeats: suite.config.repeats },
  ]);
  const limit = budgetFor(loaded.config.budget, tier);
  const budget = limit
    ? [limit.usd !== null ? formatUsd(limit.usd) : '', limit.calls !== null ? `${limit.calls} calls` : '']
        .filter(Boolean)
        .join(', ')
    : '';
  return `cost: estimated ${estimate.usd === null ? 'unknown (no price)' : formatUsd(estimate.usd)} for ${estimate.calls} model calls${adaptive ? ` (adaptive growth to ${max} cases counted)` : ''}, before cached answers${budget ? `; budget ${budget}` : ''}`;
}

const CORRECTION: Record<RuleConfig['correction'], string> = {
  holm: 'Holm',
  bh: 'Benjamini–Hochberg',
  none: 'no correction',
};

function ruleLine(rule: RuleConfig, n: number, slices: number[], baseline: Run | null, suite: string): string | null {
  const { ref } = rule;
  if (ref.kind !== 'scorer' || ref.stat !== 'pass_rate' || !rule.max_drop) return null;
  const rate =
    baseline?.aggregates.find((a) => a.suite === suite)?.metrics.find((m) => m.metric === rule.metric)?.value ?? 0.9;
  const margin = rule.max_drop.relative ? rule.max_drop.value * rate : rule.max_drop.value;
  const alpha = 1 - rule.confidence;
  const head = `${rule.metric} max drop ${rule.max_drop.text}`;
  if (!rule.per_slice) {
    const detectable = nonInferiorityDetectableDrop({ n, baselineRate: rate, margin, alpha });
    const needed = nonInferioritySampleSize({ baselineRate: rate, margin, alpha, drop: 2 * margin });
    return `${head}: fails a true drop of ${pp(detectable)} or more 80% of the time; failing a ${pp(2 * margin)} drop needs ${needed === undefined ? 'more than a million' : needed} paired cases`;
  }
  // slices below min_n are reported, not gated, so they take no share of α
  const gated = slices.filter((size) => size >= rule.min_n);
  const range = slices.length ? `${Math.min(...slices)}–${Math.max(...slices)}` : '0';
  const shape = `${slices.length} slice${slices.length === 1 ? '' : 's'} of ${range} cases`;
  if (!gated.length) return `${head} per slice (${shape}): no slice has min_n ${rule.min_n} cases, so none is gated`;
  const tests = rule.correction === 'none' ? 1 : gated.length;
  const smallest = Math.min(...gated);
  const detectable = nonInferiorityDetectableDrop({ n: smallest, baselineRate: rate, margin, alpha, tests });
  const needed = nonInferioritySampleSize({ baselineRate: rate, margin, alpha, tests, drop: 2 * margin });
  const ungated = slices.length - gated.length;
  return `${head} per slice (${shape}; ${CORRECTION[rule.correction]} over ${gated.length} gated${ungated ? `, ${ungated} below min_n ${rule.min_n} reported only` : ''}): in the smallest gated slice (${smallest} cases) fails a true drop of ${pp(detectable)} or more 80% of the time; failing a ${pp(2 * margin)} drop needs ${needed === undefined ? 'more than a million' : needed} paired cases per slice`;
}

const num = (x: number) => String(Number(x.toPrecision(3)));

/**
 * A `<id>.mean` or suite-metric rule with a margin (docs/metrics.md, "How the gate compares
 * them"): what worsening it fails 80% of the time. The spread comes from the baseline: the
 * per-case standard deviation σ of the scorer's values for a mean, the bootstrap standard error
 * of the metric over the baseline's cases (as σ/√n) for a suite metric; √2·σ for the
 * difference of two runs, which assumes the runs independent and so overstates what a paired
 * run needs. Without a baseline there is no spread to plan from.
 */
function valueRuleLine(
  rule: RuleConfig,
  n: number,
  slices: number[],
  baseline: Run | null,
  suite: string,
  scorers: readonly ScorerConfig[],
): string | null {
  const { ref } = rule;
  const bound = rule.max_drop ?? rule.max_increase;
  if (!bound) return null;
  if (!(ref.kind === 'scorer' && ref.stat === 'mean') && ref.kind !== 'suite') return null;
  const worse = rule.max_drop ? 'drop' : 'increase';
  const aWorse = rule.max_drop ? 'a drop' : 'an increase';
  const head = `${rule.metric} max ${worse} ${bound.text}${rule.per_slice ? ' per slice' : ''}`;
  if (!baseline) return `${head}: pass --baseline run.json to plan it (the spread of its values comes from a run)`;
  // a case's repeats are one unit, as the gate treats them
  const byCase = new Map<string, ScoreRecord[]>();
  for (const r of baseline.cases) {
    const score = r.suite === suite && !r.error ? r.scores[ref.scorer] : undefined;
    if (score) byCase.set(r.id, [...(byCase.get(r.id) ?? []), score]);
  }
  const units = [...byCase.values()];
  let value: number | null;
  let sd: number | undefined;
  let how: string;
  if (ref.kind === 'scorer') {
    const means = units.map((u) => u.reduce((a, s) => a + s.value, 0) / u.length);
    value = means.length ? means.reduce((a, b) => a + b, 0) / means.length : null;
    sd =
      means.length > 1 && value !== null
        ? Math.sqrt(means.reduce((a, m) => a + (m - value!) ** 2, 0) / (means.length - 1))
        : undefined;
    how = `paired t; per-case SD ${num(sd ?? 0)} in the baseline`;
  } else {
    const config = scorers.find((c) => c.id === ref.scorer);
    const statistic = config ? suiteStatistic(config, ref.stat, ref.class) : undefined;
    if (!statistic) return null;
    const flat = (sample: readonly ScoreRecord[][]) => statistic(sample.flat());
    value = flat(units);
    const se = bootstrapStandardError(units, flat);
    sd = se === undefined ? undefined : se * Math.sqrt(units.length);
    how = `paired bootstrap; SE ${num(se ?? 0)} from resampling the baseline's ${units.length} cases`;
  }
  if (value === null || sd === undefined)
    return `${head}: the baseline has too few scored cases of ${ref.scorer} to plan it`;
  const margin = bound.relative ? bound.value * Math.abs(value) : bound.value;
  const options = { sdDifference: Math.SQRT2 * sd, margin, alpha: 1 - rule.confidence };
  const twice = `${num(2 * margin)}`;
  let where = '';
  let at = n;
  let tests = 1;
  if (rule.per_slice) {
    const gated = slices.filter((size) => size >= rule.min_n);
    if (!gated.length) return `${head}: no slice has min_n ${rule.min_n} cases, so none is gated`;
    at = Math.min(...gated);
    tests = rule.correction === 'none' ? 1 : gated.length;
    where = `in the smallest gated slice (${at} cases; ${CORRECTION[rule.correction]} over ${gated.length}) `;
  }
  const detectable = meanDetectableShift({ ...options, n: at, tests });
  const needed = meanSampleSize({ ...options, tests, shift: 2 * margin });
  return `${head}: ${where}fails a true ${worse} of ${num(detectable)} or more 80% of the time (${how}, √2× for two runs); failing ${aWorse} of ${twice} needs ${needed === undefined ? 'more than a million' : needed} paired cases${rule.per_slice ? ' per slice' : ''}`;
}

/** For an adaptive tier: the cases it is expected to use with no change and with a drop of twice the margin. */
function adaptiveLine(
  rule: RuleConfig,
  settings: { max: number | 'full'; batch?: number },
  start: number,
  datasetSize: number,
  baseline: Run | null,
  suite: string,
  shape: SliceShape,
): string | null {
  const { ref } = rule;
  if (ref.kind !== 'scorer' || ref.stat !== 'pass_rate' || !rule.max_drop) return null;
  const rate =
    baseline?.aggregates.find((a) => a.suite === suite)?.metrics.find((m) => m.metric === rule.metric)?.value ?? 0.9;
  const margin = rule.max_drop.relative ? rule.max_drop.value * rate : rule.max_drop.value;
  const max = settings.max === 'full' ? datasetSize : Math.max(start, Math.min(settings.max, datasetSize));
  if (max <= start) return null;
  const parts = rule.per_slice ? shape.parts : 1;
  const batch = settings.batch ?? Math.max(50, Math.round(max / 20));
  const common = {
    start: Math.max(1, Math.floor(start / parts)),
    batch: Math.max(1, Math.floor(batch / parts)),
    max: Math.max(1, Math.floor(max / parts)),
    psi: 2 * rate * (1 - rate),
    margin,
    alpha: 1 - rule.confidence,
    tests: rule.per_slice && rule.correction !== 'none' ? shape.tests : 1,
  };
  const scale = (n: number) => Math.round(Math.min(max, n * parts));
  const same = scale(expectedCases({ ...common, drop: 0 }));
  const dropped = scale(expectedCases({ ...common, drop: 2 * margin }));
  return `adaptive up to ${max} cases: about ${same} cases expected with no change, ${dropped} with a true drop of ${pp(2 * margin)}${rule.per_slice ? ' in every slice' : ''}`;
}

/** How many slice tests a per-slice rule makes (all values of all slice tags) and how many of the first tag's slices share the cases. */
interface SliceShape {
  tests: number;
  parts: number;
}

/** From the baseline's slices when there is one, else from the tier's cases; 4 values a tag when neither says. */
function sliceShape(
  baseline: Run | null,
  suite: string,
  slices: readonly string[],
  cases: readonly Pick<EvalCase, 'severity' | 'tags'>[],
): SliceShape {
  if (!slices.length) return { tests: 1, parts: 1 };
  const known = baseline?.aggregates.find((a) => a.suite === suite)?.slices ?? [];
  const inTier = composition(cases, slices).slices;
  const valuesOf = (name: string) =>
    known.filter((s) => s.slice === name).length || Object.keys(inTier[name] ?? {}).length || 4;
  return { tests: slices.reduce((total, name) => total + valuesOf(name), 0), parts: valuesOf(slices[0]!) };
}

/** The size of every slice (each value of each slice tag) among the cases a tier runs. */
function sliceSizes(cases: readonly EvalCase[], slices: readonly string[]): number[] {
  return slices.flatMap((name) => {
    const sizes = new Map<string, number>();
    for (const c of cases) sizes.set(c.tags[name] ?? '(none)', (sizes.get(c.tags[name] ?? '(none)') ?? 0) + 1);
    return [...sizes.values()];
  });
}
