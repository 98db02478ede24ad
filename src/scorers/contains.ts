import type { z } from 'zod';
import type { ContainsScorer } from '../config/schema.js';
import { expandTemplates } from './reference.js';
import type { Scorer } from './scorer.js';

/**
 * The output contains the rendered `expected` text(s). With several, the score is the
 * fraction found and the case passes when all (or, with `any`, one) are found.
 */
export function containsScorer(config: z.output<typeof ContainsScorer>): Scorer {
  const fold = config.type === 'icontains' ? (s: string) => s.toLocaleLowerCase() : (s: string) => s;
  const templates = Array.isArray(config.expected) ? config.expected : [config.expected];
  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score({ case: c, output }) {
      const haystack = fold(output);
      // an `expected` that is a list in the dataset means "each of these"
      const needles = expandTemplates(templates, c);
      const found = needles.filter((n) => haystack.includes(fold(n))).length;
      let pass = config.any ? found > 0 : found === needles.length;
      if (config.negate) pass = !pass;
      const value = config.negate ? (pass ? 1 : 0) : config.any ? (found > 0 ? 1 : 0) : found / needles.length;
      return { value, pass };
    },
  };
}
