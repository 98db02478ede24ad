import { z } from 'zod';
import { type Scorer } from './scorer.js';
export declare const SquadOptions: {
    /** Which official SQuAD script's rules: 2.0 (unanswerable questions allowed) or 1.1. */
    version: z.ZodDefault<z.ZodEnum<{
        "2.0": "2.0";
        1.1: "1.1";
    }>>;
    reference: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    threshold: z.ZodOptional<z.ZodNumber>;
};
export declare const ExactMatchScorer: z.ZodObject<{
    version: z.ZodDefault<z.ZodEnum<{
        "2.0": "2.0";
        1.1: "1.1";
    }>>;
    reference: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    threshold: z.ZodOptional<z.ZodNumber>;
    type: z.ZodLiteral<"exact-match">;
    id: z.ZodString;
    critical: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
/** SQuAD exact match: the normalised output equals a normalised reference (best over several); 0 or 1. */
export declare function exactMatchScorer(config: z.output<typeof ExactMatchScorer>): Scorer;
