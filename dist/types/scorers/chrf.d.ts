import { z } from 'zod';
import { type ChrfOptions } from '../metrics/chrf.js';
import { type Scorer } from './scorer.js';
export declare const ChrfScorer: z.ZodObject<{
    char_order: z.ZodDefault<z.ZodNumber>;
    word_order: z.ZodDefault<z.ZodNumber>;
    beta: z.ZodDefault<z.ZodNumber>;
    lowercase: z.ZodDefault<z.ZodBoolean>;
    eps_smoothing: z.ZodDefault<z.ZodBoolean>;
    reference: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    threshold: z.ZodOptional<z.ZodNumber>;
    type: z.ZodLiteral<"chrf">;
    id: z.ZodString;
    critical: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
type ChrfConfig = z.output<typeof ChrfScorer>;
export declare const chrfOptions: (config: ChrfConfig) => ChrfOptions;
/**
 * sacreBLEU's sentence chrF (chrF++ with `word_order: 2`), 0–100. The case's statistics
 * against its best reference are kept so that `<id>.corpus` is sacreBLEU's corpus chrF.
 */
export declare function chrfScorer(config: ChrfConfig): Scorer;
export declare const chrfZero: (config: ChrfConfig) => number[];
/** Corpus chrF from the cases' kept statistics: sacreBLEU's corpus_score over the same segments. */
export declare function corpusChrfOf(config: ChrfConfig, stats: readonly (readonly number[])[]): number;
export {};
