import type { LlmJudgeScorer } from '../config/schema.js';

/** A judge scale as numbers: pass-fail is 0 (fail) and 1 (pass). */
export interface JudgeScale {
  low: number;
  high: number;
  passFail: boolean;
}

/** The scale agreement is measured on with a preset's bundled calibration set: its labels are pass/fail. */
export const BUNDLED_SCALE: JudgeScale = judgeScale('pass-fail');

export function judgeScale(scale: LlmJudgeScorer['scale']): JudgeScale {
  return scale === 'pass-fail'
    ? { low: 0, high: 1, passFail: true }
    : { low: scale[0], high: scale[1], passFail: false };
}

/** A human label on this scale as a number, or undefined when it is not one (`pass`/`fail`, true/false and 1/0 on pass-fail). */
export function humanRating(label: unknown, scale: JudgeScale): number | undefined {
  if (scale.passFail) {
    if (label === 'pass' || label === true || label === 1) return 1;
    if (label === 'fail' || label === false || label === 0) return 0;
    return undefined;
  }
  const n = typeof label === 'string' && label.trim() !== '' ? Number(label) : label;
  return typeof n === 'number' && Number.isInteger(n) && n >= scale.low && n <= scale.high ? n : undefined;
}

/**
 * A case's human label for judge `scorer` that agreement can use: on the judge's scale, with
 * the output the human rated (`human.output`). Anything else gives no agreement pair.
 */
export function ratedLabel(
  human: Record<string, unknown> | undefined,
  scorer: string,
  scale: JudgeScale,
): { human: number; output: string } | undefined {
  const rating = humanRating(human?.[scorer], scale);
  const output = human?.output;
  return rating !== undefined && typeof output === 'string' ? { human: rating, output } : undefined;
}

/** A preset judge whose scale fits its bundled calibration set's pass/fail labels (a rating scale through its threshold). */
export const canUseBundledSet = (config: Pick<LlmJudgeScorer, 'preset' | 'scale' | 'threshold'>) =>
  config.preset !== undefined && (judgeScale(config.scale).passFail || config.threshold !== undefined);
