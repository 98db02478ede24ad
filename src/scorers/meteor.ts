import { z } from 'zod';
import { ScorerBase } from '../config/scorer-base.js';
import { meteorScore } from '../metrics/meteor.js';
import { expandTemplates, graded, ReferenceOptions } from './reference.js';
import type { Scorer } from './scorer.js';

export const MeteorScorer = z.strictObject({
  ...ScorerBase,
  type: z.literal('meteor'),
  ...ReferenceOptions,
  alpha: z.number().min(0).max(1).default(0.9),
  beta: z.number().nonnegative().default(3),
  gamma: z.number().min(0).max(1).default(0.5),
});

/** NLTK's meteor_score with exact and stem matching (no WordNet synonyms), 0–1, best over references. */
export function meteorScorer(config: z.output<typeof MeteorScorer>): Scorer {
  const options = { alpha: config.alpha, beta: config.beta, gamma: config.gamma };
  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score({ case: c, output }) {
      return graded(meteorScore(expandTemplates(config.reference, c), output, options), config.threshold);
    },
    signature: () =>
      `nltk-meteor|version:3.8|stages:exact,stem|wordnet:no|tok:split|case:lc|alpha:${config.alpha}|beta:${config.beta}|gamma:${config.gamma}`,
  };
}
