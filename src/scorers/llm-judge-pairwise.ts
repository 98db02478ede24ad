import type { LlmJudgePairwiseScorer } from '../config/schema.js';
import type { ChatMessage } from '../prompt/messages.js';
import type { JsonSchemaFormat } from '../providers/provider.js';
import type { ModelAccess } from '../runner/session.js';
import { combineRatings } from './llm-judge.js';
import {
  askJudge,
  describeInput,
  JUDGE_PREAMBLE,
  material,
  providersOf,
  reasons,
  sumCosts,
  type JudgeAnswer,
} from './llm-judge-call.js';
import type { Scorer } from './scorer.js';

/** The candidate's result against the baseline in one pair of judgements. */
export type PairOutcome = 'win' | 'tie' | 'loss' | 'inconsistent';

const FORMAT: JsonSchemaFormat = {
  name: 'comparison',
  schema: {
    type: 'object',
    properties: { reason: { type: 'string' }, winner: { type: 'string', enum: ['A', 'B', 'tie'] } },
    required: ['reason', 'winner'],
    additionalProperties: false,
  },
};

type Winner = 'A' | 'B' | 'tie';

/**
 * Both orders of one judge → the candidate's outcome. A win or loss counts only when the
 * judge says so in both orders; a win in one order and a loss in the other is position
 * bias, reported as `inconsistent` and counted as a tie, as in MT-Bench (Zheng et al.,
 * "Judging LLM-as-a-Judge", NeurIPS 2023, §3.4 "conservative" swap).
 */
export function pairOutcome(candidateFirst: Winner, candidateSecond: Winner): PairOutcome {
  const first = candidateFirst === 'A' ? 1 : candidateFirst === 'B' ? -1 : 0;
  const second = candidateSecond === 'B' ? 1 : candidateSecond === 'A' ? -1 : 0;
  if (first === second) return first > 0 ? 'win' : first < 0 ? 'loss' : 'tie';
  return first * second < 0 ? 'inconsistent' : 'tie';
}

export const OUTCOME_VALUE: Record<PairOutcome, number> = { win: 1, tie: 0.5, inconsistent: 0.5, loss: 0 };

function pairMessages(rubric: string, asked: string, a: string, b: string): ChatMessage[] {
  return [
    {
      role: 'system',
      content: `${JUDGE_PREAMBLE}\nTwo responses, A and B, answer the same input. Decide which one better meets the rubric, or "tie" when neither is better. Their order says nothing about their quality.\nAnswer with JSON: {"reason": "<one or two sentences>", "winner": "A" | "B" | "tie"}.`,
    },
    {
      role: 'user',
      content: [
        material('rubric', rubric),
        material('input', asked),
        material('response-a', a),
        material('response-b', b),
      ].join('\n\n'),
    },
  ];
}

/**
 * `llm-judge-pairwise`: is the candidate's answer better than the baseline's answer to the
 * same case? Score 1 win, 0.5 tie (or inconsistent), 0 loss; it passes unless it lost. A
 * case without a baseline output is not scored; identical outputs are a tie without a call.
 */
export function llmJudgePairwiseScorer(config: LlmJudgePairwiseScorer, models: ModelAccess | undefined): Scorer {
  const judges = providersOf(config.provider);
  const parse = (json: Record<string, unknown>): Winner | undefined =>
    json.winner === 'A' || json.winner === 'B' || json.winner === 'tie' ? json.winner : undefined;
  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score() {
      throw new Error('bug: llm-judge-pairwise scores through grade()');
    },
    async grade(input) {
      if (input.baselineOutput === undefined) return undefined;
      if (input.baselineOutput === input.output)
        return { value: 0.5, pass: true, label: 'tie', detail: 'identical to the baseline output' };
      if (!models) throw new Error('bug: llm-judge-pairwise graded without model access');
      const asked = describeInput(input, config.input);
      const forward = pairMessages(config.rubric ?? '', asked, input.output, input.baselineOutput);
      const swapped = pairMessages(config.rubric ?? '', asked, input.baselineOutput, input.output);
      const perJudge = await Promise.all(
        judges.map(async (p) => {
          const [a, b] = await Promise.all([
            askJudge(models, p, input, forward, FORMAT, config.temperature, parse),
            askJudge(models, p, input, swapped, FORMAT, config.temperature, parse),
          ]);
          return { outcome: pairOutcome(a.verdict, b.verdict), answers: [a, b] as JudgeAnswer<Winner>[] };
        }),
      );
      const values = perJudge.map((j) => OUTCOME_VALUE[j.outcome]);
      const value = combineRatings(values, config.combine);
      const outcomes = perJudge.map((j) => j.outcome);
      const label: PairOutcome =
        outcomes.length === 1
          ? outcomes[0]!
          : value > 0.5
            ? 'win'
            : value < 0.5
              ? 'loss'
              : outcomes.includes('inconsistent')
                ? 'inconsistent'
                : 'tie';
      const answers = perJudge.flatMap((j) => j.answers);
      const cost = sumCosts(answers);
      return {
        value,
        pass: value >= 0.5,
        label,
        detail: `${label}: ${reasons(answers.slice(0, 1))}`,
        ...(cost !== undefined ? { cost_usd: cost } : {}),
      };
    },
  };
}
