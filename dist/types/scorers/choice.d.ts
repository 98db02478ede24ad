import { z } from 'zod';
import type { Scorer } from './scorer.js';
export declare const ChoiceScorer: z.ZodObject<{
    type: z.ZodLiteral<"choice">;
    choices: z.ZodDefault<z.ZodString>;
    answer: z.ZodDefault<z.ZodString>;
    labels: z.ZodDefault<z.ZodEnum<{
        letters: "letters";
        numbers: "numbers";
    }>>;
    pattern: z.ZodOptional<z.ZodString>;
    id: z.ZodString;
    critical: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
type ChoiceConfig = z.output<typeof ChoiceScorer>;
/**
 * Reads the chosen option out of an answer: a stated "answer is X", a leading "X." or "(X)",
 * a lone option name, else the one option whose text the answer contains.
 */
export declare function extractChoice(output: string, options: readonly string[], labels: ChoiceConfig['labels']): number;
/** Multiple choice (MMLU/HellaSwag style): 1 when the chosen option is the case's answer. */
export declare function choiceScorer(config: ChoiceConfig): Scorer;
export {};
