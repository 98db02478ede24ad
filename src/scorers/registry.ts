import type { ScorerConfig } from '../config/schema.js';
import type { Result } from '../core/result.js';
import { ok } from '../core/result.js';
import { containsScorer } from './contains.js';
import { equalsScorer } from './equals.js';
import { jsonScorer } from './json.js';
import { llmJudgePairwiseScorer } from './llm-judge-pairwise.js';
import { llmJudgeScorer } from './llm-judge.js';
import { regexScorer } from './regex.js';
import type { ModelAccess } from '../runner/session.js';
import type { Scorer } from './scorer.js';

export interface ScorerResources {
  /** Reads a JSON file that a scorer's config names (e.g. a JSON Schema), relative to the config. */
  readJson(path: string): Result<Record<string, unknown>>;
  /** How model-graded scorers reach their judge providers; absent when nothing will be graded (validate). */
  models?: ModelAccess;
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
  }
}
