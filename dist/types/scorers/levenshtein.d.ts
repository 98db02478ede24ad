import { z } from 'zod';
import type { Scorer } from './scorer.js';
export declare const LevenshteinScorer: z.ZodObject<{
    ignore_case: z.ZodDefault<z.ZodBoolean>;
    trim: z.ZodDefault<z.ZodBoolean>;
    reference: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    threshold: z.ZodOptional<z.ZodNumber>;
    type: z.ZodLiteral<"levenshtein">;
    id: z.ZodString;
    critical: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
/** 1 − edit distance / the longer length, over Unicode code points; two empty strings are identical. */
export declare function levenshteinSimilarity(a: string, b: string): number;
/** Normalised Levenshtein similarity of the output to the closest reference, in [0, 1]. */
export declare function levenshteinScorer(config: z.output<typeof LevenshteinScorer>): Scorer;
