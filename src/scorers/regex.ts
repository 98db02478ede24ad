import type { z } from 'zod';
import type { RegexScorer } from '../config/schema.js';
import { binary, type Scorer } from './scorer.js';

/** The output matches `pattern` (or, with `negate`, does not). */
export function regexScorer(config: z.output<typeof RegexScorer>): Scorer {
  // the loader has already checked that the pattern compiles
  const re = new RegExp(config.pattern, config.flags.replace(/[gy]/g, ''));
  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score({ output }) {
      return binary(re.test(output) !== config.negate);
    },
  };
}
