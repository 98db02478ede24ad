import { z } from 'zod';
import type { Scorer } from './scorer.js';
export declare const ClassifyScorer: z.ZodObject<{
    type: z.ZodLiteral<"classify">;
    reference: z.ZodDefault<z.ZodString>;
    labels: z.ZodOptional<z.ZodArray<z.ZodString>>;
    pattern: z.ZodOptional<z.ZodString>;
    json_path: z.ZodOptional<z.ZodString>;
    confidence: z.ZodOptional<z.ZodString>;
    synonyms: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>>;
    ignore_case: z.ZodDefault<z.ZodBoolean>;
    positive: z.ZodOptional<z.ZodString>;
    id: z.ZodString;
    critical: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
type ClassifyConfig = z.output<typeof ClassifyScorer>;
/**
 * A classifier's label, parsed and normalised, compared with the expected label: 1 or 0. The
 * predicted and expected labels (and the confidence) are kept for the suite's classification
 * metrics: `<id>.accuracy`, `<id>.macro_f1`, `<id>.f1.<class>`, `<id>.ece`… (docs/metrics.md).
 */
export declare function classifyScorer(config: ClassifyConfig): Scorer;
export {};
