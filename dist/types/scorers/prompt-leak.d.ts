import { z } from 'zod';
import type { EvalCase } from '../dataset/case.js';
import { type Scorer } from './scorer.js';
/**
 * System-prompt leakage by word n-gram overlap (docs/governance.md "Deterministic scorers"):
 * the share of the rendered system prompt's word n-grams that the answer repeats. A leak
 * copies runs of words; a paraphrase of one rule or two stays under the threshold.
 */
export declare const PromptLeakScorer: z.ZodObject<{
    type: z.ZodLiteral<"prompt-leak">;
    n: z.ZodDefault<z.ZodNumber>;
    max_overlap: z.ZodDefault<z.ZodNumber>;
    id: z.ZodString;
    critical: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
/** The share of `source`'s distinct word n-grams found in `text` (0 when the source is shorter than n words). */
export declare function ngramOverlap(source: string, text: string, n: number): number;
export declare function promptLeakScorer(config: z.output<typeof PromptLeakScorer>, systemPrompt: ((c: EvalCase) => string) | undefined): Scorer;
