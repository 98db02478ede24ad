import { z } from 'zod';
import { type BleuOptions } from '../metrics/bleu.js';
import { type Scorer } from './scorer.js';
export declare const BleuScorer: z.ZodObject<{
    tokenize: z.ZodDefault<z.ZodEnum<{
        "13a": "13a";
        none: "none";
        intl: "intl";
        char: "char";
    }>>;
    smooth: z.ZodDefault<z.ZodEnum<{
        none: "none";
        exp: "exp";
        floor: "floor";
        "add-k": "add-k";
    }>>;
    smooth_value: z.ZodOptional<z.ZodNumber>;
    lowercase: z.ZodDefault<z.ZodBoolean>;
    effective_order: z.ZodDefault<z.ZodBoolean>;
    reference: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    threshold: z.ZodOptional<z.ZodNumber>;
    type: z.ZodLiteral<"bleu">;
    id: z.ZodString;
    critical: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
type BleuConfig = z.output<typeof BleuScorer>;
export declare function bleuOptions(config: BleuConfig, sentence: boolean): BleuOptions;
/**
 * sacreBLEU's sentence_bleu of the output against the reference(s), 0–100. The case's
 * n-gram statistics are kept so that `<id>.corpus` is sacreBLEU's corpus_bleu (docs/metrics.md).
 */
export declare function bleuScorer(config: BleuConfig): Scorer;
/** `[sysLen, refLen, correct₁…₄, total₁…₄]`, then the case's number of references: what run.json keeps per case. */
export declare function flattenBleu(s: {
    sysLen: number;
    refLen: number;
    correct: number[];
    total: number[];
}): number[];
/** Corpus BLEU from the cases' kept statistics: sacreBLEU's corpus_bleu over the same segments. */
export declare function corpusBleuOf(config: BleuConfig, stats: readonly (readonly number[])[]): number;
/** sacreBLEU's `nrefs` of a set of cases from their kept statistics (the last entry is the case's reference count). */
export declare function nrefsOf(stats: readonly (readonly number[])[], size: number): number | 'var';
export {};
