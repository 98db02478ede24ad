import { z } from 'zod';
/** One dataset line, as users write it. */
export declare const DatasetLine: z.ZodObject<{
    id: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<string, string | number>>>;
    vars: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    expected: z.ZodOptional<z.ZodUnknown>;
    tags: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>;
    severity: z.ZodDefault<z.ZodEnum<{
        critical: "critical";
        high: "high";
        normal: "normal";
        low: "low";
    }>>;
    human: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    metadata: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    incident_output: z.ZodOptional<z.ZodString>;
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
        preset: z.ZodOptional<z.ZodEnum<{
            faithfulness: "faithfulness";
            "answer-relevance": "answer-relevance";
            "context-recall": "context-recall";
            factuality: "factuality";
            "closed-qa": "closed-qa";
            refusal: "refusal";
        }>>;
        scale: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<"pass-fail">, z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>]>>;
        threshold: z.ZodOptional<z.ZodNumber>;
        reference: z.ZodOptional<z.ZodString>;
        failure_tags: z.ZodOptional<z.ZodBoolean>;
        provider: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        rubric: z.ZodOptional<z.ZodString>;
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
        rubric: z.ZodOptional<z.ZodString>;
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
    }, z.core.$strict>, z.ZodObject<{
        variant: z.ZodDefault<z.ZodEnum<{
            rouge1: "rouge1";
            rouge2: "rouge2";
            rougeL: "rougeL";
            rougeLsum: "rougeLsum";
        }>>;
        stem: z.ZodDefault<z.ZodBoolean>;
        measure: z.ZodDefault<z.ZodEnum<{
            f: "f";
            p: "p";
            r: "r";
        }>>;
        reference: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        threshold: z.ZodOptional<z.ZodNumber>;
        type: z.ZodLiteral<"rouge">;
        id: z.ZodString;
        critical: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
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
    }, z.core.$strict>, z.ZodObject<{
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
    }, z.core.$strict>, z.ZodObject<{
        alpha: z.ZodDefault<z.ZodNumber>;
        beta: z.ZodDefault<z.ZodNumber>;
        gamma: z.ZodDefault<z.ZodNumber>;
        reference: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        threshold: z.ZodOptional<z.ZodNumber>;
        type: z.ZodLiteral<"meteor">;
        id: z.ZodString;
        critical: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        version: z.ZodDefault<z.ZodEnum<{
            "2.0": "2.0";
            1.1: "1.1";
        }>>;
        reference: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        threshold: z.ZodOptional<z.ZodNumber>;
        type: z.ZodLiteral<"exact-match">;
        id: z.ZodString;
        critical: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        version: z.ZodDefault<z.ZodEnum<{
            "2.0": "2.0";
            1.1: "1.1";
        }>>;
        reference: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        threshold: z.ZodOptional<z.ZodNumber>;
        type: z.ZodLiteral<"token-f1">;
        id: z.ZodString;
        critical: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        ignore_case: z.ZodDefault<z.ZodBoolean>;
        trim: z.ZodDefault<z.ZodBoolean>;
        reference: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        threshold: z.ZodOptional<z.ZodNumber>;
        type: z.ZodLiteral<"levenshtein">;
        id: z.ZodString;
        critical: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        provider: z.ZodDefault<z.ZodString>;
        model: z.ZodOptional<z.ZodString>;
        reference: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        threshold: z.ZodOptional<z.ZodNumber>;
        type: z.ZodLiteral<"similarity">;
        id: z.ZodString;
        critical: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"tool-call">;
        calls: z.ZodDefault<z.ZodUnion<readonly [z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            arguments: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            schema: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strict>>, z.ZodString]>>;
        arguments: z.ZodDefault<z.ZodEnum<{
            exact: "exact";
            subset: "subset";
        }>>;
        order: z.ZodDefault<z.ZodEnum<{
            any: "any";
            strict: "strict";
        }>>;
        forbidden: z.ZodDefault<z.ZodArray<z.ZodString>>;
        threshold: z.ZodDefault<z.ZodNumber>;
        id: z.ZodString;
        critical: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
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
    }, z.core.$strict>, z.ZodObject<{
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
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"code">;
        module: z.ZodOptional<z.ZodString>;
        command: z.ZodOptional<z.ZodArray<z.ZodString>>;
        env: z.ZodOptional<z.ZodUnion<readonly [z.ZodArray<z.ZodString>, z.ZodRecord<z.ZodString, z.ZodString>]>>;
        cwd: z.ZodOptional<z.ZodString>;
        concurrency: z.ZodDefault<z.ZodNumber>;
        function: z.ZodDefault<z.ZodString>;
        timeout_ms: z.ZodDefault<z.ZodNumber>;
        threshold: z.ZodOptional<z.ZodNumber>;
        id: z.ZodString;
        critical: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"canary">;
        strings: z.ZodDefault<z.ZodArray<z.ZodString>>;
        id: z.ZodString;
        critical: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"refusal">;
        expect: z.ZodDefault<z.ZodEnum<{
            answer: "answer";
            refuse: "refuse";
        }>>;
        phrases: z.ZodDefault<z.ZodArray<z.ZodString>>;
        id: z.ZodString;
        critical: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"prompt-leak">;
        n: z.ZodDefault<z.ZodNumber>;
        max_overlap: z.ZodDefault<z.ZodNumber>;
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
    /** Set by a suite's contamination check before the run (docs/governance.md), and copied to its records. */
    contamination?: {
        overlap: number;
        flagged: boolean;
    };
}
export { templateContext } from './template-context.js';
