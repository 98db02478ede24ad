import { z } from 'zod';
import { ScorerBase } from '../config/scorer-base.js';
import { squadScore, squadSignature } from '../metrics/squad.js';
import { expandTemplates, ReferenceOptions } from './reference.js';
import { binary, type Scorer } from './scorer.js';

export const SquadOptions = {
  ...ReferenceOptions,
  /** Which official SQuAD script's rules: 2.0 (unanswerable questions allowed) or 1.1. */
  version: z.enum(['2.0', '1.1']).default('2.0'),
};

export const ExactMatchScorer = z.strictObject({ ...ScorerBase, type: z.literal('exact-match'), ...SquadOptions });

/** SQuAD exact match: the normalised output equals a normalised reference (best over several); 0 or 1. */
export function exactMatchScorer(config: z.output<typeof ExactMatchScorer>): Scorer {
  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score({ case: c, output }) {
      const { exact } = squadScore(output, expandTemplates(config.reference, c), { version: config.version });
      return config.threshold === undefined ? binary(exact === 1) : { value: exact, pass: exact >= config.threshold };
    },
    signature: () => squadSignature({ version: config.version }),
  };
}
