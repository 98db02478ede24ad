import type { RuleConfig } from '../config/schema.js';
import type { EvalCase } from '../dataset/case.js';
import { sampleCases } from '../dataset/sample.js';
import { nonInferiorityDetectableDrop, nonInferioritySampleSize } from '../stats/power.js';
import { planSuites } from '../pipeline/plan-suites.js';
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
    for (const [tier, { sample, seed }] of Object.entries(suite.config.tiers)) {
      const cases = sampleCases(suite.cases, sample, `${seed}\u0000${suite.config.id}`);
      lines.push(
        `  tier ${tier}: ${cases.length} cases × ${suite.config.repeats} repeat${suite.config.repeats === 1 ? '' : 's'}`,
      );
      for (const rule of suite.config.rules) {
        const line = ruleLine(rule, cases.length, sliceSizes(cases, suite.config.slices), baseline, suite.config.id);
        if (line) lines.push(`    ${line}`);
      }
    }
  }
  lines.push(
    '',
    baseline
      ? `Pass rates from ${cmd.baseline}.`
      : 'No --baseline given: assumes a 90% pass rate and independent runs (2p(1−p) discordant), which is conservative; pass --baseline run.json for your own figures.',
  );
  io.out(`${lines.join('\n')}\n`);
  return 0;
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

/** The size of every slice (each value of each slice tag) among the cases a tier runs. */
function sliceSizes(cases: readonly EvalCase[], slices: readonly string[]): number[] {
  return slices.flatMap((name) => {
    const sizes = new Map<string, number>();
    for (const c of cases) sizes.set(c.tags[name] ?? '(none)', (sizes.get(c.tags[name] ?? '(none)') ?? 0) + 1);
    return [...sizes.values()];
  });
}
