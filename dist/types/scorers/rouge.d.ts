import { z } from 'zod';
import type { Scorer } from './scorer.js';
export declare const RougeScorer: z.ZodObject<{
    variant: z.ZodDefault<z.ZodEnum<{
        rouge1: "rouge1";
        rouge2: "rouge2";
        rougeL: "rougeL";
        rougeLsum: "rougeLsum";
    }>>;
    stem: z.ZodDefault<z.ZodBoolean>;
    measure: z.ZodDefault<z.ZodEnum<{
        f: "f";
        p: "p";
        r: "r";
    }>>;
    reference: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    threshold: z.ZodOptional<z.ZodNumber>;
    type: z.ZodLiteral<"rouge">;
    id: z.ZodString;
    critical: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
/** rouge-score's ROUGE of the output against the reference(s), on its 0–1 scale (docs/metrics.md). */
export declare function rougeScorer(config: z.output<typeof RougeScorer>): Scorer;
