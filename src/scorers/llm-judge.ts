import type { ChatMessage } from '../prompt/messages.js';
import type { LlmJudgeScorer } from '../config/schema.js';
import { templateContext } from '../dataset/template-context.js';
import { render } from '../prompt/template.js';
import type { JsonSchemaFormat } from '../providers/provider.js';
import type { ScoreRecord } from '../results/run-schema.js';
import type { ModelAccess } from '../runner/session.js';
import { askJudge, describeInput, JUDGE_PREAMBLE, material, providersOf, reasons, sumCosts } from './llm-judge-call.js';
import type { GradeInput, Scorer } from './scorer.js';
import { judgeScale, ratedLabel, type JudgeScale } from './llm-judge-scale.js';
import { judgeRubric } from './llm-judge-presets.js';

/**
 * Combines several judges' ratings: mean, median, or majority (the most frequent rating;
 * a tie goes to the lower one, so disagreement never rounds up).
 */
export function combineRatings(ratings: readonly number[], how: LlmJudgeScorer['combine']): number {
  const sorted = [...ratings].sort((a, b) => a - b);
  if (how === 'median') {
    const mid = sorted.length / 2;
    return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  }
  if (how === 'majority') {
    const counts = new Map<number, number>();
    for (const r of sorted) counts.set(r, (counts.get(r) ?? 0) + 1);
    let best = sorted[0]!;
    for (const [r, n] of counts) if (n > counts.get(best)!) best = r;
    return best;
  }
  return sorted.reduce((a, b) => a + b, 0) / sorted.length;
}

/** The failure modes a judge may name (docs/governance.md, "Failure taxonomy"). */
const FAILURE_TAGS = ['hallucination', 'omission', 'format', 'refusal', 'tone'] as const;

/**
 * The structured output a judge must give: a short reason first (it reasons before it rates),
 * then the rating, and with `failureTags` the failure modes it saw (strict structured output
 * needs every property listed, so the list is asked for only when the scorer wants it).
 */
export function ratingFormat(scale: JudgeScale, failureTags = false): JsonSchemaFormat {
  const rating = scale.passFail
    ? { type: 'string', enum: ['pass', 'fail'] }
    : { type: 'integer', enum: Array.from({ length: scale.high - scale.low + 1 }, (_, i) => scale.low + i) };
  const tags = { type: 'array', items: { type: 'string', enum: [...FAILURE_TAGS] } };
  return {
    name: 'judgement',
    schema: {
      type: 'object',
      properties: { reason: { type: 'string' }, rating, ...(failureTags ? { failure_tags: tags } : {}) },
      required: ['reason', 'rating', ...(failureTags ? ['failure_tags'] : [])],
      additionalProperties: false,
    },
  };
}

export function parseRating(json: Record<string, unknown>, scale: JudgeScale): number | undefined {
  const r = json.rating;
  if (scale.passFail) return r === 'pass' ? 1 : r === 'fail' ? 0 : undefined;
  return typeof r === 'number' && Number.isInteger(r) && r >= scale.low && r <= scale.high ? r : undefined;
}

/** The known failure tags in a judge's answer, if it gave a list; unknown words are dropped, not guessed at. */
function parseFailureTags(json: Record<string, unknown>): string[] {
  const tags = json.failure_tags;
  if (!Array.isArray(tags)) return [];
  return [...new Set(tags.filter((t): t is string => (FAILURE_TAGS as readonly unknown[]).includes(t)))];
}

export function judgeMessages(
  config: { rubric: string; failureTags?: boolean },
  scale: JudgeScale,
  asked: string,
  response: string,
  reference: string | undefined,
): ChatMessage[] {
  const how = scale.passFail
    ? 'Rate "pass" if the response meets the rubric, otherwise "fail".'
    : `Rate the response with an integer from ${scale.low} (worst) to ${scale.high} (best).`;
  return [
    {
      role: 'system',
      content: config.failureTags
        ? `${JUDGE_PREAMBLE}\n${how}\nList in "failure_tags" each way the response fails the rubric, from: ${FAILURE_TAGS.join(', ')} (an empty list when it does not fail).\nAnswer with JSON: {"reason": "<one or two sentences>", "rating": ${scale.passFail ? '"pass" | "fail"' : '<integer>'}, "failure_tags": [<tags>]}.`
        : `${JUDGE_PREAMBLE}\n${how}\nAnswer with JSON: {"reason": "<one or two sentences>", "rating": ${scale.passFail ? '"pass" | "fail"' : '<integer>'}}.`,
    },
    {
      role: 'user',
      content: [
        material('rubric', config.rubric),
        material('input', asked),
        ...(reference !== undefined ? [material('reference', reference)] : []),
        material('response', response),
      ].join('\n\n'),
    },
  ];
}

/**
 * `llm-judge`: a model grades the answer against a rubric on a scale, with structured
 * output so the verdict is never guessed from prose, and a short reason kept per case.
 * When the case carries a human label for this scorer on a rated output
 * (`human: {helpful: 4, output: "…"}`), that output is judged too, so the run can report
 * judge–human agreement (`judge.<id>.agreement`).
 */
export function llmJudgeScorer(config: LlmJudgeScorer, models: ModelAccess | undefined): Scorer {
  const scale = judgeScale(config.scale);
  const format = ratingFormat(scale, config.failure_tags === true);
  const judges = providersOf(config.provider);
  const { rubric, reference: referenceTemplate } = judgeRubric(config);

  const rate = async (input: GradeInput, response: string) => {
    if (!models) throw new Error('bug: llm-judge graded without model access');
    const context = templateContext(input.case);
    const reference = referenceTemplate !== undefined ? render(referenceTemplate, context) : undefined;
    const messages = judgeMessages(
      { rubric, failureTags: config.failure_tags },
      scale,
      describeInput(input, config.input),
      response,
      reference,
    );
    const answers = await Promise.all(
      judges.map((p) =>
        askJudge(models, p, input, messages, format, config.temperature, (json) => {
          const rating = parseRating(json, scale);
          return rating === undefined ? undefined : { rating, tags: parseFailureTags(json) };
        }),
      ),
    );
    return {
      rating: combineRatings(
        answers.map((a) => a.verdict.rating),
        config.combine,
      ),
      // every tag some judge gave, in the documented order
      tags: FAILURE_TAGS.filter((t) => answers.some((a) => a.verdict.tags.includes(t))),
      answers,
    };
  };

  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score() {
      throw new Error('bug: llm-judge scores through grade()');
    },
    async grade(input) {
      const { rating, tags, answers } = await rate(input, input.output);
      const value = (rating - scale.low) / (scale.high - scale.low);
      const pass = scale.passFail ? rating > 0.5 : config.threshold !== undefined ? rating >= config.threshold : null;
      let costUsd = sumCosts(answers);
      const labelled = ratedLabel(input.case.human, config.id, scale);
      let calibration: ScoreRecord['calibration'];
      if (labelled && input.repeat === 0) {
        const judged = labelled.output === input.output ? { rating, answers: [] } : await rate(input, labelled.output);
        calibration = { human: labelled.human, judge: judged.rating };
        const extra = sumCosts(judged.answers);
        if (extra !== undefined) costUsd = (costUsd ?? 0) + extra;
      }
      const label = scale.passFail ? (pass ? 'pass' : 'fail') : String(Math.round(rating * 100) / 100);
      return {
        value,
        pass,
        label,
        detail: reasons(answers),
        ...(tags.length ? { failure_tags: tags } : {}),
        ...(costUsd !== undefined ? { cost_usd: costUsd } : {}),
        ...(calibration ? { calibration } : {}),
      };
    },
  };
}
