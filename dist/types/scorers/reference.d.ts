import { z } from 'zod';
import type { EvalCase } from '../dataset/case.js';
import type { ScoreRecord } from '../results/run-schema.js';
/**
 * Options every reference-based scorer shares (docs/metrics.md): `reference` is one template or
 * a list (default the case's `expected`; an `expected` that is a list means several references),
 * and `threshold` gives the score a pass/fail and a pass rate.
 */
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
