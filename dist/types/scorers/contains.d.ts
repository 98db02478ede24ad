import type { z } from 'zod';
import type { ContainsScorer } from '../config/schema.js';
import type { Scorer } from './scorer.js';
/**
 * The output contains the rendered `expected` text(s). With several, the score is the
 * fraction found and the case passes when all (or, with `any`, one) are found.
 */
export declare function containsScorer(config: z.output<typeof ContainsScorer>): Scorer;
