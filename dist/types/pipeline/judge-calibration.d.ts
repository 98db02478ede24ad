import type { LlmJudgeScorer } from '../config/schema.js';
import type { EvalCase } from '../dataset/case.js';
import type { ChatMessage } from '../prompt/messages.js';
import type { SuiteManifest } from '../results/run-schema.js';
import type { RunControl } from '../runner/caller.js';
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
export declare function judgeLabelled(input: {
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
}): Promise<{
    judged: JudgedCase[];
    skipped: {
        id: string;
        reason: string;
    }[];
}>;
/**
 * Whether a run measures this judge on its preset's bundled set: its agreement is gated, no case
 * carries a human label for it that agreement can use, and the set's pass/fail labels fit its
 * scale (a rating scale through its threshold).
 */
export declare function needsBundledSet(config: LlmJudgeScorer, rules: readonly {
    metric: string;
}[], cases: readonly EvalCase[]): boolean;
/**
 * `judge.<id>.agreement` on day one: a suite that gates a preset judge's agreement but whose
 * cases carry no human label for it has the judge rate the preset's bundled calibration set
 * (30 judge calls, cached like any call), and records the pairs in the suite's manifest so that
 * `compare` and `merge` recompute the same α (docs/metrics.md, "Preset judges").
 */
export declare function bundledCalibration(input: {
    configs: readonly LlmJudgeScorer[];
    rules: readonly {
        metric: string;
    }[];
    cases: readonly EvalCase[];
    scorers: readonly Scorer[];
    suite: string;
    control: RunControl;
    concurrency: number;
}): Promise<SuiteManifest['calibration']>;
