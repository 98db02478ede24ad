import type { ChatMessage } from '../prompt/messages.js';
import type { LlmJudgeScorer } from '../config/schema.js';
import type { JsonSchemaFormat } from '../providers/provider.js';
import type { ModelAccess } from '../runner/session.js';
import type { Scorer } from './scorer.js';
import { type JudgeScale } from './llm-judge-scale.js';
/**
 * Combines several judges' ratings: mean, median, or majority (the most frequent rating;
 * a tie goes to the lower one, so disagreement never rounds up).
 */
export declare function combineRatings(ratings: readonly number[], how: LlmJudgeScorer['combine']): number;
/**
 * The structured output a judge must give: a short reason first (it reasons before it rates),
 * then the rating, and with `failureTags` the failure modes it saw (strict structured output
 * needs every property listed, so the list is asked for only when the scorer wants it).
 */
export declare function ratingFormat(scale: JudgeScale, failureTags?: boolean): JsonSchemaFormat;
export declare function parseRating(json: Record<string, unknown>, scale: JudgeScale): number | undefined;
export declare function judgeMessages(config: {
    rubric: string;
    failureTags?: boolean;
}, scale: JudgeScale, asked: string, response: string, reference: string | undefined): ChatMessage[];
/**
 * `llm-judge`: a model grades the answer against a rubric on a scale, with structured
 * output so the verdict is never guessed from prose, and a short reason kept per case.
 * When the case carries a human label for this scorer on a rated output
 * (`human: {helpful: 4, output: "…"}`), that output is judged too, so the run can report
 * judge–human agreement (`judge.<id>.agreement`).
 */
export declare function llmJudgeScorer(config: LlmJudgeScorer, models: ModelAccess | undefined): Scorer;
