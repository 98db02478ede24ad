import type { z } from 'zod';
import type { RegexScorer } from '../config/schema.js';
import { type Scorer } from './scorer.js';
/** The output matches `pattern` (or, with `negate`, does not). */
export declare function regexScorer(config: z.output<typeof RegexScorer>): Scorer;
