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
    assert: z.ZodOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
        type: z.ZodLiteral<"equals">;
        expected: z.ZodDefault<z.ZodString>;
        ignore_case: z.ZodDefault<z.ZodBoolean>;
        trim: z.ZodDefault<z.ZodBoolean>;
        id: z.ZodString;
        critical: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodEnum<{
            contains: "contains";
            icontains: "icontains";
        }>;
        expected: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        any: z.ZodDefault<z.ZodBoolean>;
        negate: z.ZodDefault<z.ZodBoolean>;
        id: z.ZodString;
        critical: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"regex">;
        pattern: z.ZodString;
        flags: z.ZodDefault<z.ZodString>;
        negate: z.ZodDefault<z.ZodBoolean>;
        id: z.ZodString;
        critical: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"json">;
        schema: z.ZodOptional<z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodString]>>;
        id: z.ZodString;
        critical: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        scale: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<"pass-fail">, z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>]>>;
        threshold: z.ZodOptional<z.ZodNumber>;
        reference: z.ZodOptional<z.ZodString>;
        provider: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        rubric: z.ZodString;
        input: z.ZodOptional<z.ZodString>;
        combine: z.ZodDefault<z.ZodEnum<{
            mean: "mean";
            median: "median";
            majority: "majority";
        }>>;
        temperature: z.ZodDefault<z.ZodNumber>;
        type: z.ZodLiteral<"llm-judge">;
        id: z.ZodString;
        critical: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        provider: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        rubric: z.ZodString;
        input: z.ZodOptional<z.ZodString>;
        combine: z.ZodDefault<z.ZodEnum<{
            mean: "mean";
            median: "median";
            majority: "majority";
        }>>;
        temperature: z.ZodDefault<z.ZodNumber>;
        type: z.ZodLiteral<"llm-judge-pairwise">;
        id: z.ZodString;
        critical: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>], "type">>>;
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
