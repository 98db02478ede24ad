import type { z } from 'zod';
import type { EqualsScorer } from '../config/schema.js';
import { type Scorer } from './scorer.js';
/** The output equals the rendered `expected` (trimmed, optionally case-insensitive). */
export declare function equalsScorer(config: z.output<typeof EqualsScorer>): Scorer;
