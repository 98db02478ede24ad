import type { LlmJudgePairwiseScorer } from '../config/schema.js';
import type { ModelAccess } from '../runner/session.js';
import type { Scorer } from './scorer.js';
/** The candidate's result against the baseline in one pair of judgements. */
export type PairOutcome = 'win' | 'tie' | 'loss' | 'inconsistent';
type Winner = 'A' | 'B' | 'tie';
/**
 * Both orders of one judge → the candidate's outcome. A win or loss counts only when the
 * judge says so in both orders; a win in one order and a loss in the other is position
 * bias, reported as `inconsistent` and counted as a tie, as in MT-Bench (Zheng et al.,
 * "Judging LLM-as-a-Judge", NeurIPS 2023, §3.4 "conservative" swap).
 */
export declare function pairOutcome(candidateFirst: Winner, candidateSecond: Winner): PairOutcome;
export declare const OUTCOME_VALUE: Record<PairOutcome, number>;
/**
 * `llm-judge-pairwise`: is the candidate's answer better than the baseline's answer to the
 * same case? Score 1 win, 0.5 tie (or inconsistent), 0 loss; it passes unless it lost. A
 * case without a baseline output is not scored; identical outputs are a tie without a call.
 */
export declare function llmJudgePairwiseScorer(config: LlmJudgePairwiseScorer, models: ModelAccess | undefined): Scorer;
export {};
