import { z } from 'zod';
import type { Scorer } from './scorer.js';
export declare const TokenF1Scorer: z.ZodObject<{
    version: z.ZodDefault<z.ZodEnum<{
        "2.0": "2.0";
        1.1: "1.1";
    }>>;
    reference: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    threshold: z.ZodOptional<z.ZodNumber>;
    type: z.ZodLiteral<"token-f1">;
    id: z.ZodString;
    critical: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
/** SQuAD token F1 of the normalised output against the best reference, 0–1. */
export declare function tokenF1Scorer(config: z.output<typeof TokenF1Scorer>): Scorer;
