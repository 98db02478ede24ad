import type { ScorerConfig } from '../config/schema.js';
import type { Result } from '../core/result.js';
import type { EvalCase } from '../dataset/case.js';
import type { ModelAccess } from '../runner/session.js';
import type { Scorer } from './scorer.js';
export interface ScorerResources {
    /** Reads a JSON file that a scorer's config names (e.g. a JSON Schema), relative to the config. */
    readJson(path: string): Result<Record<string, unknown>>;
    /** How model-graded scorers reach their judge providers; absent when nothing will be graded (validate). */
    models?: ModelAccess;
    /** Where a file the config names (a `code` scorer's module) is: absolute, and as messages show it. */
    locate?(path: string): {
        absolute: string;
        display: string;
    };
    /** The suite's system prompt rendered for a case (the prompt-leak scorer compares answers with it). */
    systemPrompt?(c: EvalCase): string;
}
/** Maps a scorer's YAML `type` to its implementation. */
export declare function createScorer(config: ScorerConfig, resources: ScorerResources): Promise<Result<Scorer>>;
