import { z } from 'zod';
import type { ModelAccess } from '../runner/session.js';
import type { Scorer } from './scorer.js';
export declare const SimilarityScorer: z.ZodObject<{
    provider: z.ZodDefault<z.ZodString>;
    model: z.ZodOptional<z.ZodString>;
    reference: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    threshold: z.ZodOptional<z.ZodNumber>;
    type: z.ZodLiteral<"similarity">;
    id: z.ZodString;
    critical: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
type SimilarityConfig = z.output<typeof SimilarityScorer>;
export declare function cosine(a: readonly number[], b: readonly number[]): number;
/**
 * Cosine similarity of the output's embedding to the closest reference's, in [−1, 1]. Each
 * distinct text is embedded once per run (references repeat across repeats and cases), and
 * across runs the disk cache keeps embeddings like calls (docs/metrics.md, `similarity`).
 */
export declare function similarityScorer(config: SimilarityConfig, models: ModelAccess | undefined): Scorer;
export {};
