import { z } from 'zod';
import type { Scorer } from './scorer.js';
export declare const MeteorScorer: z.ZodObject<{
    alpha: z.ZodDefault<z.ZodNumber>;
    beta: z.ZodDefault<z.ZodNumber>;
    gamma: z.ZodDefault<z.ZodNumber>;
    reference: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    threshold: z.ZodOptional<z.ZodNumber>;
    type: z.ZodLiteral<"meteor">;
    id: z.ZodString;
    critical: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
/** NLTK's meteor_score with exact and stem matching (no WordNet synonyms), 0–1, best over references. */
export declare function meteorScorer(config: z.output<typeof MeteorScorer>): Scorer;
