import { contentHash } from '../core/hash.js';
import type { RuleConfig, ScorerConfig } from './schema.js';

/** A rule or scorer whose definition hash differs from the baseline's is not comparable with it. */
export const ruleHash = (rule: RuleConfig): string => contentHash(rule);
export const scorerHash = (scorer: ScorerConfig): string => contentHash(scorer);
