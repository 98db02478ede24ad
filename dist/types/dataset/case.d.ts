import { z } from 'zod';
/** One dataset line, as users write it. */
export declare const DatasetLine: z.ZodObject<{
    id: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<string, string | number>>>;
    vars: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    expected: z.ZodOptional<z.ZodUnknown>;
    tags: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>;
    severity: z.ZodDefault<z.ZodEnum<{
        critical: "critical";
        low: "low";
        high: "high";
        normal: "normal";
    }>>;
    human: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    metadata: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
}, z.core.$strict>;
/** A loaded case: its id is always set and its fingerprint says whether its content changed. */
export interface EvalCase extends Omit<z.output<typeof DatasetLine>, 'id'> {
    id: string;
    /** 1-based line in the dataset file. */
    line: number;
    /** Hash of vars, expected, tags and human labels: a baseline case pairs only when this (and its severity) is unchanged. */
    fingerprint: string;
}
/** What templates (prompt and scorer `expected`) can refer to. */
export declare function templateContext(c: Pick<EvalCase, 'id' | 'vars' | 'expected' | 'tags'>): Record<string, unknown>;
