import type { LlmJudgeScorer } from '../config/schema.js';
/** A judge scale as numbers: pass-fail is 0 (fail) and 1 (pass). */
export interface JudgeScale {
    low: number;
    high: number;
    passFail: boolean;
}
/** The scale agreement is measured on with a preset's bundled calibration set: its labels are pass/fail. */
export declare const BUNDLED_SCALE: JudgeScale;
export declare function judgeScale(scale: LlmJudgeScorer['scale']): JudgeScale;
/** A human label on this scale as a number, or undefined when it is not one (`pass`/`fail`, true/false and 1/0 on pass-fail). */
export declare function humanRating(label: unknown, scale: JudgeScale): number | undefined;
/**
 * A case's human label for judge `scorer` that agreement can use: on the judge's scale, with
 * the output the human rated (`human.output`). Anything else gives no agreement pair.
 */
export declare function ratedLabel(human: Record<string, unknown> | undefined, scorer: string, scale: JudgeScale): {
    human: number;
    output: string;
} | undefined;
/** A preset judge whose scale fits its bundled calibration set's pass/fail labels (a rating scale through its threshold). */
export declare const canUseBundledSet: (config: Pick<LlmJudgeScorer, "preset" | "scale" | "threshold">) => boolean;
