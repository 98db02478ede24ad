import type { LlmJudgeScorer } from '../config/schema.js';
import type { EvalCase } from '../dataset/case.js';
import { loadCalibrationSet } from '../dataset/calibration-set.js';
import type { ChatMessage } from '../prompt/messages.js';
import type { SuiteManifest } from '../results/run-schema.js';
import type { RunControl } from '../runner/caller.js';
import { mapPool } from '../runner/pool.js';
import { ProviderError } from '../providers/provider.js';
import { canUseBundledSet, judgeScale, ratedLabel } from '../scorers/llm-judge-scale.js';
import type { Scorer } from '../scorers/scorer.js';

/** A labelled case to judge: its label on the agreement scale, and for a bundled case the input it was asked. */
export interface LabelledCase {
  c: EvalCase;
  human: number;
  input?: string;
  why?: string;
}

export interface JudgedCase extends LabelledCase {
  judge: number;
  reason: string | undefined;
}

/**
 * Judges each labelled case's rated output with `judge` and puts the rating on the scale of the
 * labels: a bundled set's labels are pass/fail, so a rating-scale judge is compared through its
 * `threshold` (docs/metrics.md, "Preset judges"). Cases without an output, and judge calls that
 * fail, are skipped with the reason.
 */
export async function judgeLabelled(input: {
  judge: Scorer;
  config: LlmJudgeScorer;
  items: readonly LabelledCase[];
  output: (c: EvalCase) => string | undefined;
  /** What a case was asked: a bundled case its `input`, a dataset case the suite's prompt. */
  messages: (item: LabelledCase) => ChatMessage[];
  suite: string;
  bundled: boolean;
  control: RunControl;
  concurrency: number;
}): Promise<{ judged: JudgedCase[]; skipped: { id: string; reason: string }[] }> {
  const scale = judgeScale(input.config.scale);
  const judged: JudgedCase[] = [];
  const skipped: { id: string; reason: string }[] = [];
  await mapPool(input.items, input.concurrency, async (item) => {
    const output = input.output(item.c);
    if (output === undefined || input.control.stopped !== null) return;
    try {
      // the label is this case's calibration data, not a second output to judge
      const score = await input.judge.grade!({
        case: { ...item.c, human: undefined },
        output,
        suite: input.suite,
        repeat: 0,
        messages: input.messages(item),
        signal: input.control.signal,
      });
      if (!score) return;
      const rating = scale.low + score.value * (scale.high - scale.low);
      const judge = input.bundled && !scale.passFail ? Number(rating >= input.config.threshold!) : rating;
      judged.push({ ...item, judge, reason: score.detail });
    } catch (error) {
      // a judge call that failed leaves this case out; anything else is a bug and stops the run
      if (!(error instanceof ProviderError)) throw error;
      skipped.push({ id: item.c.id, reason: error.message });
    }
  });
  return { judged, skipped };
}

/**
 * Whether a run measures this judge on its preset's bundled set: its agreement is gated, no case
 * carries a human label for it that agreement can use, and the set's pass/fail labels fit its
 * scale (a rating scale through its threshold).
 */
export function needsBundledSet(
  config: LlmJudgeScorer,
  rules: readonly { metric: string }[],
  cases: readonly EvalCase[],
): boolean {
  if (!canUseBundledSet(config) || !rules.some((r) => r.metric === `judge.${config.id}.agreement`)) return false;
  const scale = judgeScale(config.scale);
  return !cases.some((c) => ratedLabel(c.human, config.id, scale));
}

/**
 * `judge.<id>.agreement` on day one: a suite that gates a preset judge's agreement but whose
 * cases carry no human label for it has the judge rate the preset's bundled calibration set
 * (30 judge calls, cached like any call), and records the pairs in the suite's manifest so that
 * `compare` and `merge` recompute the same α (docs/metrics.md, "Preset judges").
 */
export async function bundledCalibration(input: {
  configs: readonly LlmJudgeScorer[];
  rules: readonly { metric: string }[];
  cases: readonly EvalCase[];
  scorers: readonly Scorer[];
  suite: string;
  control: RunControl;
  concurrency: number;
}): Promise<SuiteManifest['calibration']> {
  const out: NonNullable<SuiteManifest['calibration']> = {};
  for (const config of input.configs) {
    const judge = input.scorers.find((s) => s.id === config.id);
    if (!judge?.grade || !needsBundledSet(config, input.rules, input.cases)) continue;
    const set = loadCalibrationSet(config.preset!, config.id);
    const { judged, skipped } = await judgeLabelled({
      judge,
      config,
      items: set.cases,
      output: (c) => c.human?.output as string | undefined,
      messages: (item) => [{ role: 'user', content: item.input! }],
      suite: input.suite,
      bundled: true,
      control: input.control,
      concurrency: input.concurrency,
    });
    // in the set's order, so the same judgements always give the same bootstrap interval
    const order = new Map(set.cases.map((item, i) => [item.c.id, i]));
    judged.sort((a, b) => order.get(a.c.id)! - order.get(b.c.id)!);
    out[config.id] = {
      set: config.preset!,
      pairs: judged.map((j) => ({ human: j.human, judge: j.judge })),
      skipped: skipped.length,
    };
  }
  return Object.keys(out).length ? out : undefined;
}
