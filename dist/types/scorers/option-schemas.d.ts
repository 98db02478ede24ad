export declare const REFERENCE_SCORERS: readonly [import("zod").ZodObject<{
    variant: import("zod").ZodDefault<import("zod").ZodEnum<{
        rouge1: "rouge1";
        rouge2: "rouge2";
        rougeL: "rougeL";
        rougeLsum: "rougeLsum";
    }>>;
    stem: import("zod").ZodDefault<import("zod").ZodBoolean>;
    measure: import("zod").ZodDefault<import("zod").ZodEnum<{
        f: "f";
        p: "p";
        r: "r";
    }>>;
    reference: import("zod").ZodDefault<import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodArray<import("zod").ZodString>]>>;
    threshold: import("zod").ZodOptional<import("zod").ZodNumber>;
    type: import("zod").ZodLiteral<"rouge">;
    id: import("zod").ZodString;
    critical: import("zod").ZodDefault<import("zod").ZodBoolean>;
}, import("zod/v4/core").$strict>, import("zod").ZodObject<{
    tokenize: import("zod").ZodDefault<import("zod").ZodEnum<{
        "13a": "13a";
        none: "none";
        intl: "intl";
        char: "char";
    }>>;
    smooth: import("zod").ZodDefault<import("zod").ZodEnum<{
        none: "none";
        exp: "exp";
        floor: "floor";
        "add-k": "add-k";
    }>>;
    smooth_value: import("zod").ZodOptional<import("zod").ZodNumber>;
    lowercase: import("zod").ZodDefault<import("zod").ZodBoolean>;
    effective_order: import("zod").ZodDefault<import("zod").ZodBoolean>;
    reference: import("zod").ZodDefault<import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodArray<import("zod").ZodString>]>>;
    threshold: import("zod").ZodOptional<import("zod").ZodNumber>;
    type: import("zod").ZodLiteral<"bleu">;
    id: import("zod").ZodString;
    critical: import("zod").ZodDefault<import("zod").ZodBoolean>;
}, import("zod/v4/core").$strict>, import("zod").ZodObject<{
    char_order: import("zod").ZodDefault<import("zod").ZodNumber>;
    word_order: import("zod").ZodDefault<import("zod").ZodNumber>;
    beta: import("zod").ZodDefault<import("zod").ZodNumber>;
    lowercase: import("zod").ZodDefault<import("zod").ZodBoolean>;
    eps_smoothing: import("zod").ZodDefault<import("zod").ZodBoolean>;
    reference: import("zod").ZodDefault<import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodArray<import("zod").ZodString>]>>;
    threshold: import("zod").ZodOptional<import("zod").ZodNumber>;
    type: import("zod").ZodLiteral<"chrf">;
    id: import("zod").ZodString;
    critical: import("zod").ZodDefault<import("zod").ZodBoolean>;
}, import("zod/v4/core").$strict>, import("zod").ZodObject<{
    alpha: import("zod").ZodDefault<import("zod").ZodNumber>;
    beta: import("zod").ZodDefault<import("zod").ZodNumber>;
    gamma: import("zod").ZodDefault<import("zod").ZodNumber>;
    reference: import("zod").ZodDefault<import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodArray<import("zod").ZodString>]>>;
    threshold: import("zod").ZodOptional<import("zod").ZodNumber>;
    type: import("zod").ZodLiteral<"meteor">;
    id: import("zod").ZodString;
    critical: import("zod").ZodDefault<import("zod").ZodBoolean>;
}, import("zod/v4/core").$strict>, import("zod").ZodObject<{
    version: import("zod").ZodDefault<import("zod").ZodEnum<{
        "2.0": "2.0";
        1.1: "1.1";
    }>>;
    reference: import("zod").ZodDefault<import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodArray<import("zod").ZodString>]>>;
    threshold: import("zod").ZodOptional<import("zod").ZodNumber>;
    type: import("zod").ZodLiteral<"exact-match">;
    id: import("zod").ZodString;
    critical: import("zod").ZodDefault<import("zod").ZodBoolean>;
}, import("zod/v4/core").$strict>, import("zod").ZodObject<{
    version: import("zod").ZodDefault<import("zod").ZodEnum<{
        "2.0": "2.0";
        1.1: "1.1";
    }>>;
    reference: import("zod").ZodDefault<import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodArray<import("zod").ZodString>]>>;
    threshold: import("zod").ZodOptional<import("zod").ZodNumber>;
    type: import("zod").ZodLiteral<"token-f1">;
    id: import("zod").ZodString;
    critical: import("zod").ZodDefault<import("zod").ZodBoolean>;
}, import("zod/v4/core").$strict>, import("zod").ZodObject<{
    ignore_case: import("zod").ZodDefault<import("zod").ZodBoolean>;
    trim: import("zod").ZodDefault<import("zod").ZodBoolean>;
    reference: import("zod").ZodDefault<import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodArray<import("zod").ZodString>]>>;
    threshold: import("zod").ZodOptional<import("zod").ZodNumber>;
    type: import("zod").ZodLiteral<"levenshtein">;
    id: import("zod").ZodString;
    critical: import("zod").ZodDefault<import("zod").ZodBoolean>;
}, import("zod/v4/core").$strict>, import("zod").ZodObject<{
    provider: import("zod").ZodDefault<import("zod").ZodString>;
    model: import("zod").ZodOptional<import("zod").ZodString>;
    reference: import("zod").ZodDefault<import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodArray<import("zod").ZodString>]>>;
    threshold: import("zod").ZodOptional<import("zod").ZodNumber>;
    type: import("zod").ZodLiteral<"similarity">;
    id: import("zod").ZodString;
    critical: import("zod").ZodDefault<import("zod").ZodBoolean>;
}, import("zod/v4/core").$strict>, import("zod").ZodObject<{
    type: import("zod").ZodLiteral<"tool-call">;
    calls: import("zod").ZodDefault<import("zod").ZodUnion<readonly [import("zod").ZodArray<import("zod").ZodObject<{
        name: import("zod").ZodString;
        arguments: import("zod").ZodOptional<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodUnknown>>;
        schema: import("zod").ZodOptional<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodUnknown>>;
    }, import("zod/v4/core").$strict>>, import("zod").ZodString]>>;
    arguments: import("zod").ZodDefault<import("zod").ZodEnum<{
        exact: "exact";
        subset: "subset";
    }>>;
    order: import("zod").ZodDefault<import("zod").ZodEnum<{
        any: "any";
        strict: "strict";
    }>>;
    forbidden: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
    threshold: import("zod").ZodDefault<import("zod").ZodNumber>;
    id: import("zod").ZodString;
    critical: import("zod").ZodDefault<import("zod").ZodBoolean>;
}, import("zod/v4/core").$strict>, import("zod").ZodObject<{
    type: import("zod").ZodLiteral<"choice">;
    choices: import("zod").ZodDefault<import("zod").ZodString>;
    answer: import("zod").ZodDefault<import("zod").ZodString>;
    labels: import("zod").ZodDefault<import("zod").ZodEnum<{
        letters: "letters";
        numbers: "numbers";
    }>>;
    pattern: import("zod").ZodOptional<import("zod").ZodString>;
    id: import("zod").ZodString;
    critical: import("zod").ZodDefault<import("zod").ZodBoolean>;
}, import("zod/v4/core").$strict>, import("zod").ZodObject<{
    type: import("zod").ZodLiteral<"classify">;
    reference: import("zod").ZodDefault<import("zod").ZodString>;
    labels: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodString>>;
    pattern: import("zod").ZodOptional<import("zod").ZodString>;
    json_path: import("zod").ZodOptional<import("zod").ZodString>;
    confidence: import("zod").ZodOptional<import("zod").ZodString>;
    synonyms: import("zod").ZodDefault<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodArray<import("zod").ZodString>]>>>;
    ignore_case: import("zod").ZodDefault<import("zod").ZodBoolean>;
    positive: import("zod").ZodOptional<import("zod").ZodString>;
    id: import("zod").ZodString;
    critical: import("zod").ZodDefault<import("zod").ZodBoolean>;
}, import("zod/v4/core").$strict>, import("zod").ZodObject<{
    type: import("zod").ZodLiteral<"code">;
    module: import("zod").ZodOptional<import("zod").ZodString>;
    command: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodString>>;
    env: import("zod").ZodOptional<import("zod").ZodUnion<readonly [import("zod").ZodArray<import("zod").ZodString>, import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodString>]>>;
    cwd: import("zod").ZodOptional<import("zod").ZodString>;
    concurrency: import("zod").ZodDefault<import("zod").ZodNumber>;
    function: import("zod").ZodDefault<import("zod").ZodString>;
    timeout_ms: import("zod").ZodDefault<import("zod").ZodNumber>;
    threshold: import("zod").ZodOptional<import("zod").ZodNumber>;
    id: import("zod").ZodString;
    critical: import("zod").ZodDefault<import("zod").ZodBoolean>;
}, import("zod/v4/core").$strict>, import("zod").ZodObject<{
    type: import("zod").ZodLiteral<"canary">;
    strings: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
    id: import("zod").ZodString;
    critical: import("zod").ZodDefault<import("zod").ZodBoolean>;
}, import("zod/v4/core").$strict>, import("zod").ZodObject<{
    type: import("zod").ZodLiteral<"refusal">;
    expect: import("zod").ZodDefault<import("zod").ZodEnum<{
        answer: "answer";
        refuse: "refuse";
    }>>;
    phrases: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
    id: import("zod").ZodString;
    critical: import("zod").ZodDefault<import("zod").ZodBoolean>;
}, import("zod/v4/core").$strict>, import("zod").ZodObject<{
    type: import("zod").ZodLiteral<"prompt-leak">;
    n: import("zod").ZodDefault<import("zod").ZodNumber>;
    max_overlap: import("zod").ZodDefault<import("zod").ZodNumber>;
    id: import("zod").ZodString;
    critical: import("zod").ZodDefault<import("zod").ZodBoolean>;
}, import("zod/v4/core").$strict>];
