import { z } from 'zod';
import { ScorerBase } from '../config/scorer-base.js';
import { squadScore, squadSignature } from '../metrics/squad.js';
import { SquadOptions } from './exact-match.js';
import { expandTemplates, graded } from './reference.js';
import type { Scorer } from './scorer.js';

export const TokenF1Scorer = z.strictObject({ ...ScorerBase, type: z.literal('token-f1'), ...SquadOptions });

/** SQuAD token F1 of the normalised output against the best reference, 0–1. */
export function tokenF1Scorer(config: z.output<typeof TokenF1Scorer>): Scorer {
  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score({ case: c, output }) {
      const { f1 } = squadScore(output, expandTemplates(config.reference, c), { version: config.version });
      return graded(f1, config.threshold);
    },
    signature: () => squadSignature({ version: config.version }),
  };
}
