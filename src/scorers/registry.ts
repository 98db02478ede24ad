import type { ScorerConfig } from '../config/schema.js';
import type { Result } from '../core/result.js';
import { ok } from '../core/result.js';
import { containsScorer } from './contains.js';
import { equalsScorer } from './equals.js';
import { jsonScorer } from './json.js';
import { llmJudgePairwiseScorer } from './llm-judge-pairwise.js';
import { llmJudgeScorer } from './llm-judge.js';
import { regexScorer } from './regex.js';
import { bleuScorer } from './bleu.js';
import { chrfScorer } from './chrf.js';
import { choiceScorer } from './choice.js';
import { classifyScorer } from './classify.js';
import { codeScorer } from './code.js';
import { exactMatchScorer } from './exact-match.js';
import { levenshteinScorer } from './levenshtein.js';
import { meteorScorer } from './meteor.js';
import { rougeScorer } from './rouge.js';
import { similarityScorer } from './similarity.js';
import { tokenF1Scorer } from './token-f1.js';
import { toolCallScorer } from './tool-call.js';
import { canaryScorer } from './canary.js';
import { refusalScorer } from './refusal.js';
import { promptLeakScorer } from './prompt-leak.js';
import type { EvalCase } from '../dataset/case.js';
import type { ModelAccess } from '../runner/session.js';
import type { Scorer } from './scorer.js';

export interface ScorerResources {
  /** Reads a JSON file that a scorer's config names (e.g. a JSON Schema), relative to the config. */
  readJson(path: string): Result<Record<string, unknown>>;
  /** How model-graded scorers reach their judge providers; absent when nothing will be graded (validate). */
  models?: ModelAccess;
  /** Where a file the config names (a `code` scorer's module) is: absolute, and as messages show it. */
  locate?(path: string): { absolute: string; display: string };
  /** The suite's system prompt rendered for a case (the prompt-leak scorer compares answers with it). */
  systemPrompt?(c: EvalCase): string;
}

/** Maps a scorer's YAML `type` to its implementation. */
export async function createScorer(config: ScorerConfig, resources: ScorerResources): Promise<Result<Scorer>> {
  switch (config.type) {
    case 'equals':
      return ok(equalsScorer(config));
    case 'contains':
    case 'icontains':
      return ok(containsScorer(config));
    case 'regex':
      return ok(regexScorer(config));
    case 'json': {
      if (typeof config.schema === 'string') {
        const schema = resources.readJson(config.schema);
        return schema.ok ? jsonScorer(config, schema.value) : schema;
      }
      return jsonScorer(config, config.schema);
    }
    case 'llm-judge':
      return ok(llmJudgeScorer(config, resources.models));
    case 'llm-judge-pairwise':
      return ok(llmJudgePairwiseScorer(config, resources.models));
    case 'rouge':
      return ok(rougeScorer(config));
    case 'bleu':
      return ok(bleuScorer(config));
    case 'chrf':
      return ok(chrfScorer(config));
    case 'meteor':
      return ok(meteorScorer(config));
    case 'exact-match':
      return ok(exactMatchScorer(config));
    case 'token-f1':
      return ok(tokenF1Scorer(config));
    case 'levenshtein':
      return ok(levenshteinScorer(config));
    case 'similarity':
      return ok(similarityScorer(config, resources.models));
    case 'tool-call':
      return toolCallScorer(config);
    case 'choice':
      return ok(choiceScorer(config));
    case 'classify':
      return ok(classifyScorer(config));
    case 'canary':
      return ok(canaryScorer(config));
    case 'refusal':
      return ok(refusalScorer(config));
    case 'prompt-leak':
      return ok(promptLeakScorer(config, resources.systemPrompt));
    case 'code': {
      const where = resources.locate?.(config.module) ?? { absolute: config.module, display: config.module };
      return codeScorer(config, where.absolute, where.display);
    }
  }
}
