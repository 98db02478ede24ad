import { z } from 'zod';
import type { EvalCase } from '../dataset/case.js';
import type { ScoreRecord } from '../results/run-schema.js';
export declare const ReferenceOptions: {
    reference: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    threshold: z.ZodOptional<z.ZodNumber>;
};
/**
 * Renders templates against a case. A template that is exactly one placeholder naming a list
 * (e.g. `{{expected}}` with `expected: [a, b]`) stands for each element.
 */
export declare function expandTemplates(templates: string | readonly string[], c: EvalCase): readonly string[];
/** A continuous score, with a pass/fail only when the scorer has a threshold. */
export declare function graded(value: number, threshold: number | undefined, extra?: Partial<ScoreRecord>): ScoreRecord;
