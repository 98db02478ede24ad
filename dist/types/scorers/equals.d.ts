import type { z } from 'zod';
import type { EqualsScorer } from '../config/schema.js';
import { type Scorer } from './scorer.js';
/** Trims and case-folds as a scorer's `trim` and `ignore_case` say. */
export declare function textNormalizer(o: {
    trim: boolean;
    ignore_case: boolean;
}): (s: string) => string;
/** The output equals the rendered `expected` (trimmed, optionally case-insensitive). */
export declare function equalsScorer(config: z.output<typeof EqualsScorer>): Scorer;
