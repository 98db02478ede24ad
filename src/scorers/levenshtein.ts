import { z } from 'zod';
import { ScorerBase } from '../config/scorer-base.js';
import { editDistance } from '../core/suggest.js';
import { expandTemplates, graded, ReferenceOptions } from './reference.js';
import type { Scorer } from './scorer.js';
import { textNormalizer } from './equals.js';

export const LevenshteinScorer = z.strictObject({
  ...ScorerBase,
  type: z.literal('levenshtein'),
  ...ReferenceOptions,
  ignore_case: z.boolean().default(false),
  trim: z.boolean().default(true),
});

/** 1 − edit distance / the longer length, over Unicode code points; two empty strings are identical. */
export function levenshteinSimilarity(a: string, b: string): number {
  const [x, y] = [Array.from(a), Array.from(b)];
  const longer = Math.max(x.length, y.length);
  return longer === 0 ? 1 : 1 - editDistance(x, y) / longer;
}

/** Normalised Levenshtein similarity of the output to the closest reference, in [0, 1]. */
export function levenshteinScorer(config: z.output<typeof LevenshteinScorer>): Scorer {
  const normalize = textNormalizer(config);
  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score({ case: c, output }) {
      const out = normalize(output);
      const best = Math.max(
        0,
        ...expandTemplates(config.reference, c).map((r) => levenshteinSimilarity(out, normalize(r))),
      );
      return graded(best, config.threshold);
    },
    signature: () =>
      `levenshtein|unit:codepoint|case:${config.ignore_case ? 'lc' : 'mixed'}|trim:${config.trim ? 'yes' : 'no'}`,
  };
}
