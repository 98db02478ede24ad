import { z } from 'zod';
import { type MetricRef } from './metric-name.js';
/** `0.02` (metric units), `5%` (relative to the baseline value) or `2pp` (percentage points, i.e. 0.02). */
export declare const Margin: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<{
    value: number;
    relative: boolean;
    text: string;
}, string | number>>;
export type Margin = z.output<typeof Margin>;
export declare const ReplayProvider: z.ZodObject<{
    type: z.ZodLiteral<"replay">;
    recordings: z.ZodString;
    model: z.ZodDefault<z.ZodString>;
    embedding_model: z.ZodOptional<z.ZodString>;
    concurrency: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export declare const OpenAIProvider: z.ZodObject<{
    concurrency: z.ZodDefault<z.ZodNumber>;
    timeout_ms: z.ZodDefault<z.ZodNumber>;
    max_retries: z.ZodDefault<z.ZodNumber>;
    circuit_breaker: z.ZodDefault<z.ZodNumber>;
    price: z.ZodOptional<z.ZodObject<{
        input: z.ZodNumber;
        output: z.ZodNumber;
        cached_input: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    type: z.ZodLiteral<"openai">;
    model: z.ZodString;
    base_url: z.ZodOptional<z.ZodURL>;
    api_key_env: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    query: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    temperature: z.ZodOptional<z.ZodNumber>;
    top_p: z.ZodOptional<z.ZodNumber>;
    seed: z.ZodOptional<z.ZodNumber>;
    max_tokens: z.ZodOptional<z.ZodNumber>;
    max_completion_tokens: z.ZodOptional<z.ZodNumber>;
    stop: z.ZodOptional<z.ZodArray<z.ZodString>>;
    response_format: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        text: "text";
        json: "json";
    }>, z.ZodObject<{
        json_schema: z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodString]>;
        name: z.ZodDefault<z.ZodString>;
        strict: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>]>>;
    tools: z.ZodOptional<z.ZodUnion<readonly [z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>, z.ZodString]>>;
    tool_choice: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        none: "none";
        auto: "auto";
        required: "required";
    }>, z.ZodObject<{
        function: z.ZodString;
    }, z.core.$strict>]>>;
    embedding_model: z.ZodDefault<z.ZodString>;
    batch: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
        poll_ms: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>]>>;
}, z.core.$strict>;
/** Claude through the Messages API (the official @anthropic-ai/sdk). */
export declare const AnthropicProvider: z.ZodObject<{
    concurrency: z.ZodDefault<z.ZodNumber>;
    timeout_ms: z.ZodDefault<z.ZodNumber>;
    max_retries: z.ZodDefault<z.ZodNumber>;
    circuit_breaker: z.ZodDefault<z.ZodNumber>;
    price: z.ZodOptional<z.ZodObject<{
        input: z.ZodNumber;
        output: z.ZodNumber;
        cached_input: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    type: z.ZodLiteral<"anthropic">;
    model: z.ZodString;
    base_url: z.ZodOptional<z.ZodURL>;
    api_key_env: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    temperature: z.ZodOptional<z.ZodNumber>;
    top_p: z.ZodOptional<z.ZodNumber>;
    top_k: z.ZodOptional<z.ZodNumber>;
    max_tokens: z.ZodDefault<z.ZodNumber>;
    stop: z.ZodOptional<z.ZodArray<z.ZodString>>;
    response_format: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<"text">, z.ZodObject<{
        json_schema: z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodString]>;
        name: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>]>>;
    tools: z.ZodOptional<z.ZodUnion<readonly [z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>, z.ZodString]>>;
    tool_choice: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        none: "none";
        auto: "auto";
        required: "required";
    }>, z.ZodObject<{
        function: z.ZodString;
    }, z.core.$strict>]>>;
}, z.core.$strict>;
/** Gemini through the Gemini API's generateContent (the official @google/genai). */
export declare const GeminiProvider: z.ZodObject<{
    concurrency: z.ZodDefault<z.ZodNumber>;
    timeout_ms: z.ZodDefault<z.ZodNumber>;
    max_retries: z.ZodDefault<z.ZodNumber>;
    circuit_breaker: z.ZodDefault<z.ZodNumber>;
    price: z.ZodOptional<z.ZodObject<{
        input: z.ZodNumber;
        output: z.ZodNumber;
        cached_input: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    type: z.ZodLiteral<"gemini">;
    model: z.ZodString;
    base_url: z.ZodOptional<z.ZodURL>;
    api_key_env: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    temperature: z.ZodOptional<z.ZodNumber>;
    top_p: z.ZodOptional<z.ZodNumber>;
    top_k: z.ZodOptional<z.ZodNumber>;
    seed: z.ZodOptional<z.ZodNumber>;
    max_tokens: z.ZodOptional<z.ZodNumber>;
    stop: z.ZodOptional<z.ZodArray<z.ZodString>>;
    response_format: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        text: "text";
        json: "json";
    }>, z.ZodObject<{
        json_schema: z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodString]>;
        name: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>]>>;
    tools: z.ZodOptional<z.ZodUnion<readonly [z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>, z.ZodString]>>;
    tool_choice: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        none: "none";
        auto: "auto";
        required: "required";
    }>, z.ZodObject<{
        function: z.ZodString;
    }, z.core.$strict>]>>;
}, z.core.$strict>;
export declare const CommandProvider: z.ZodObject<{
    concurrency: z.ZodDefault<z.ZodNumber>;
    max_retries: z.ZodDefault<z.ZodNumber>;
    timeout_ms: z.ZodDefault<z.ZodNumber>;
    circuit_breaker: z.ZodDefault<z.ZodNumber>;
    price: z.ZodOptional<z.ZodObject<{
        input: z.ZodNumber;
        output: z.ZodNumber;
        cached_input: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    type: z.ZodLiteral<"command">;
    command: z.ZodUnion<readonly [z.ZodArray<z.ZodString>, z.ZodString]>;
    mode: z.ZodDefault<z.ZodEnum<{
        "per-case": "per-case";
        worker: "worker";
    }>>;
    stdout: z.ZodDefault<z.ZodEnum<{
        text: "text";
        json: "json";
    }>>;
    cwd: z.ZodOptional<z.ZodString>;
    env: z.ZodOptional<z.ZodUnion<readonly [z.ZodArray<z.ZodString>, z.ZodRecord<z.ZodString, z.ZodString>]>>;
    model: z.ZodDefault<z.ZodString>;
}, z.core.$strict>;
export declare const HttpProvider: z.ZodObject<{
    concurrency: z.ZodDefault<z.ZodNumber>;
    timeout_ms: z.ZodDefault<z.ZodNumber>;
    max_retries: z.ZodDefault<z.ZodNumber>;
    circuit_breaker: z.ZodDefault<z.ZodNumber>;
    price: z.ZodOptional<z.ZodObject<{
        input: z.ZodNumber;
        output: z.ZodNumber;
        cached_input: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    type: z.ZodLiteral<"http">;
    url: z.ZodURL;
    method: z.ZodDefault<z.ZodEnum<{
        POST: "POST";
        PUT: "PUT";
    }>>;
    headers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    body: z.ZodDefault<z.ZodUnknown>;
    output: z.ZodDefault<z.ZodString>;
    tool_calls: z.ZodOptional<z.ZodString>;
    usage: z.ZodOptional<z.ZodString>;
    model: z.ZodDefault<z.ZodString>;
}, z.core.$strict>;
export declare const ProviderConfig: z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"replay">;
    recordings: z.ZodString;
    model: z.ZodDefault<z.ZodString>;
    embedding_model: z.ZodOptional<z.ZodString>;
    concurrency: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>, z.ZodObject<{
    concurrency: z.ZodDefault<z.ZodNumber>;
    timeout_ms: z.ZodDefault<z.ZodNumber>;
    max_retries: z.ZodDefault<z.ZodNumber>;
    circuit_breaker: z.ZodDefault<z.ZodNumber>;
    price: z.ZodOptional<z.ZodObject<{
        input: z.ZodNumber;
        output: z.ZodNumber;
        cached_input: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    type: z.ZodLiteral<"openai">;
    model: z.ZodString;
    base_url: z.ZodOptional<z.ZodURL>;
    api_key_env: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    query: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    temperature: z.ZodOptional<z.ZodNumber>;
    top_p: z.ZodOptional<z.ZodNumber>;
    seed: z.ZodOptional<z.ZodNumber>;
    max_tokens: z.ZodOptional<z.ZodNumber>;
    max_completion_tokens: z.ZodOptional<z.ZodNumber>;
    stop: z.ZodOptional<z.ZodArray<z.ZodString>>;
    response_format: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        text: "text";
        json: "json";
    }>, z.ZodObject<{
        json_schema: z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodString]>;
        name: z.ZodDefault<z.ZodString>;
        strict: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>]>>;
    tools: z.ZodOptional<z.ZodUnion<readonly [z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>, z.ZodString]>>;
    tool_choice: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        none: "none";
        auto: "auto";
        required: "required";
    }>, z.ZodObject<{
        function: z.ZodString;
    }, z.core.$strict>]>>;
    embedding_model: z.ZodDefault<z.ZodString>;
    batch: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
        poll_ms: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>]>>;
}, z.core.$strict>, z.ZodObject<{
    concurrency: z.ZodDefault<z.ZodNumber>;
    timeout_ms: z.ZodDefault<z.ZodNumber>;
    max_retries: z.ZodDefault<z.ZodNumber>;
    circuit_breaker: z.ZodDefault<z.ZodNumber>;
    price: z.ZodOptional<z.ZodObject<{
        input: z.ZodNumber;
        output: z.ZodNumber;
        cached_input: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    type: z.ZodLiteral<"anthropic">;
    model: z.ZodString;
    base_url: z.ZodOptional<z.ZodURL>;
    api_key_env: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    temperature: z.ZodOptional<z.ZodNumber>;
    top_p: z.ZodOptional<z.ZodNumber>;
    top_k: z.ZodOptional<z.ZodNumber>;
    max_tokens: z.ZodDefault<z.ZodNumber>;
    stop: z.ZodOptional<z.ZodArray<z.ZodString>>;
    response_format: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<"text">, z.ZodObject<{
        json_schema: z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodString]>;
        name: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>]>>;
    tools: z.ZodOptional<z.ZodUnion<readonly [z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>, z.ZodString]>>;
    tool_choice: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        none: "none";
        auto: "auto";
        required: "required";
    }>, z.ZodObject<{
        function: z.ZodString;
    }, z.core.$strict>]>>;
}, z.core.$strict>, z.ZodObject<{
    concurrency: z.ZodDefault<z.ZodNumber>;
    timeout_ms: z.ZodDefault<z.ZodNumber>;
    max_retries: z.ZodDefault<z.ZodNumber>;
    circuit_breaker: z.ZodDefault<z.ZodNumber>;
    price: z.ZodOptional<z.ZodObject<{
        input: z.ZodNumber;
        output: z.ZodNumber;
        cached_input: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    type: z.ZodLiteral<"gemini">;
    model: z.ZodString;
    base_url: z.ZodOptional<z.ZodURL>;
    api_key_env: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    temperature: z.ZodOptional<z.ZodNumber>;
    top_p: z.ZodOptional<z.ZodNumber>;
    top_k: z.ZodOptional<z.ZodNumber>;
    seed: z.ZodOptional<z.ZodNumber>;
    max_tokens: z.ZodOptional<z.ZodNumber>;
    stop: z.ZodOptional<z.ZodArray<z.ZodString>>;
    response_format: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        text: "text";
        json: "json";
    }>, z.ZodObject<{
        json_schema: z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodString]>;
        name: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>]>>;
    tools: z.ZodOptional<z.ZodUnion<readonly [z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>, z.ZodString]>>;
    tool_choice: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        none: "none";
        auto: "auto";
        required: "required";
    }>, z.ZodObject<{
        function: z.ZodString;
    }, z.core.$strict>]>>;
}, z.core.$strict>, z.ZodObject<{
    concurrency: z.ZodDefault<z.ZodNumber>;
    max_retries: z.ZodDefault<z.ZodNumber>;
    timeout_ms: z.ZodDefault<z.ZodNumber>;
    circuit_breaker: z.ZodDefault<z.ZodNumber>;
    price: z.ZodOptional<z.ZodObject<{
        input: z.ZodNumber;
        output: z.ZodNumber;
        cached_input: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    type: z.ZodLiteral<"command">;
    command: z.ZodUnion<readonly [z.ZodArray<z.ZodString>, z.ZodString]>;
    mode: z.ZodDefault<z.ZodEnum<{
        "per-case": "per-case";
        worker: "worker";
    }>>;
    stdout: z.ZodDefault<z.ZodEnum<{
        text: "text";
        json: "json";
    }>>;
    cwd: z.ZodOptional<z.ZodString>;
    env: z.ZodOptional<z.ZodUnion<readonly [z.ZodArray<z.ZodString>, z.ZodRecord<z.ZodString, z.ZodString>]>>;
    model: z.ZodDefault<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    concurrency: z.ZodDefault<z.ZodNumber>;
    timeout_ms: z.ZodDefault<z.ZodNumber>;
    max_retries: z.ZodDefault<z.ZodNumber>;
    circuit_breaker: z.ZodDefault<z.ZodNumber>;
    price: z.ZodOptional<z.ZodObject<{
        input: z.ZodNumber;
        output: z.ZodNumber;
        cached_input: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    type: z.ZodLiteral<"http">;
    url: z.ZodURL;
    method: z.ZodDefault<z.ZodEnum<{
        POST: "POST";
        PUT: "PUT";
    }>>;
    headers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    body: z.ZodDefault<z.ZodUnknown>;
    output: z.ZodDefault<z.ZodString>;
    tool_calls: z.ZodOptional<z.ZodString>;
    usage: z.ZodOptional<z.ZodString>;
    model: z.ZodDefault<z.ZodString>;
}, z.core.$strict>], "type">;
export type ProviderConfig = z.output<typeof ProviderConfig>;
export declare const EqualsScorer: z.ZodObject<{
    type: z.ZodLiteral<"equals">;
    expected: z.ZodDefault<z.ZodString>;
    ignore_case: z.ZodDefault<z.ZodBoolean>;
    trim: z.ZodDefault<z.ZodBoolean>;
    id: z.ZodString;
    critical: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
export declare const ContainsScorer: z.ZodObject<{
    type: z.ZodEnum<{
        contains: "contains";
        icontains: "icontains";
    }>;
    expected: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    any: z.ZodDefault<z.ZodBoolean>;
    negate: z.ZodDefault<z.ZodBoolean>;
    id: z.ZodString;
    critical: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
export declare const RegexScorer: z.ZodObject<{
    type: z.ZodLiteral<"regex">;
    pattern: z.ZodString;
    flags: z.ZodDefault<z.ZodString>;
    negate: z.ZodDefault<z.ZodBoolean>;
    id: z.ZodString;
    critical: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
export declare const JsonScorer: z.ZodObject<{
    type: z.ZodLiteral<"json">;
    schema: z.ZodOptional<z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodString]>>;
    id: z.ZodString;
    critical: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
export declare const LlmJudgeScorer: z.ZodObject<{
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
}, z.core.$strict>;
export type LlmJudgeScorer = z.output<typeof LlmJudgeScorer>;
/** Candidate vs the baseline's output of the same case, judged in both orders to cancel position bias. */
export declare const LlmJudgePairwiseScorer: z.ZodObject<{
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
}, z.core.$strict>;
export type LlmJudgePairwiseScorer = z.output<typeof LlmJudgePairwiseScorer>;
export declare const ScorerConfig: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
}, z.core.$strict>], "type">;
export type ScorerConfig = z.output<typeof ScorerConfig>;
export declare const Outcome: z.ZodEnum<{
    pass: "pass";
    fail: "fail";
    warn: "warn";
}>;
/**
 * A rule, with its metric name parsed (`ref`) and the checks that involve several of its
 * fields, so that anything parsing with this schema accepts exactly what `validate` accepts.
 * Checks that need the suite (does the scorer exist?) are on SuiteConfig.
 */
export declare const RuleConfig: z.ZodPipe<z.ZodObject<{
    metric: z.ZodString;
    min: z.ZodOptional<z.ZodNumber>;
    max: z.ZodOptional<z.ZodNumber>;
    max_drop: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<{
        value: number;
        relative: boolean;
        text: string;
    }, string | number>>>;
    max_increase: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<{
        value: number;
        relative: boolean;
        text: string;
    }, string | number>>>;
    per_slice: z.ZodDefault<z.ZodBoolean>;
    min_n: z.ZodDefault<z.ZodNumber>;
    confidence: z.ZodDefault<z.ZodNumber>;
    correction: z.ZodDefault<z.ZodEnum<{
        none: "none";
        holm: "holm";
        bh: "bh";
    }>>;
    on_inconclusive: z.ZodDefault<z.ZodEnum<{
        pass: "pass";
        fail: "fail";
        warn: "warn";
    }>>;
    on_no_baseline: z.ZodDefault<z.ZodEnum<{
        pass: "pass";
        fail: "fail";
        warn: "warn";
    }>>;
    aggregate: z.ZodDefault<z.ZodEnum<{
        mean: "mean";
        majority: "majority";
        "pass@k": "pass@k";
        "pass^k": "pass^k";
    }>>;
}, z.core.$strict>, z.ZodTransform<{
    ref: MetricRef;
    metric: string;
    per_slice: boolean;
    min_n: number;
    confidence: number;
    correction: "none" | "holm" | "bh";
    on_inconclusive: "pass" | "fail" | "warn";
    on_no_baseline: "pass" | "fail" | "warn";
    aggregate: "mean" | "majority" | "pass@k" | "pass^k";
    min?: number | undefined;
    max?: number | undefined;
    max_drop?: {
        value: number;
        relative: boolean;
        text: string;
    } | undefined;
    max_increase?: {
        value: number;
        relative: boolean;
        text: string;
    } | undefined;
}, {
    metric: string;
    per_slice: boolean;
    min_n: number;
    confidence: number;
    correction: "none" | "holm" | "bh";
    on_inconclusive: "pass" | "fail" | "warn";
    on_no_baseline: "pass" | "fail" | "warn";
    aggregate: "mean" | "majority" | "pass@k" | "pass^k";
    min?: number | undefined;
    max?: number | undefined;
    max_drop?: {
        value: number;
        relative: boolean;
        text: string;
    } | undefined;
    max_increase?: {
        value: number;
        relative: boolean;
        text: string;
    } | undefined;
}>>;
export type RuleConfig = z.output<typeof RuleConfig>;
export declare const TierConfig: z.ZodObject<{
    sample: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<{
        count: number;
        fraction?: undefined;
    } | {
        fraction: number;
        count?: undefined;
    }, string | number>>>;
    adaptive: z.ZodOptional<z.ZodObject<{
        max: z.ZodUnion<readonly [z.ZodNumber, z.ZodLiteral<"full">]>;
        batch: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    seed: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
}, z.core.$strict>;
/** GPT-3's gram length and PaLM's flagged share (docs/governance.md, "Contamination and lineage"). */
export declare const CONTAMINATION_DEFAULTS: {
    readonly n: 13;
    readonly threshold: 0.7;
};
/** docs/governance.md, "Contamination and lineage": the corpus a suite's cases must not be in. */
export declare const ContaminationConfig: z.ZodObject<{
    corpus: z.ZodArray<z.ZodString>;
    n: z.ZodDefault<z.ZodNumber>;
    threshold: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export type ContaminationConfig = z.output<typeof ContaminationConfig>;
export declare const SuiteConfig: z.ZodObject<{
    id: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    paths: z.ZodDefault<z.ZodArray<z.ZodString>>;
    prompt: z.ZodString;
    dataset: z.ZodOptional<z.ZodString>;
    pack: z.ZodOptional<z.ZodString>;
    input: z.ZodOptional<z.ZodString>;
    vars: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    risk: z.ZodOptional<z.ZodEnum<{
        critical: "critical";
        high: "high";
        low: "low";
        medium: "medium";
    }>>;
    provider: z.ZodDefault<z.ZodString>;
    tiers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodNullable<z.ZodObject<{
        sample: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<{
            count: number;
            fraction?: undefined;
        } | {
            fraction: number;
            count?: undefined;
        }, string | number>>>;
        adaptive: z.ZodOptional<z.ZodObject<{
            max: z.ZodUnion<readonly [z.ZodNumber, z.ZodLiteral<"full">]>;
            batch: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        seed: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
    }, z.core.$strict>>, z.ZodTransform<{
        seed: string | number;
        sample?: {
            count: number;
            fraction?: undefined;
        } | {
            fraction: number;
            count?: undefined;
        } | undefined;
        adaptive?: {
            max: number | "full";
            batch?: number | undefined;
        } | undefined;
    }, {
        seed: string | number;
        sample?: {
            count: number;
            fraction?: undefined;
        } | {
            fraction: number;
            count?: undefined;
        } | undefined;
        adaptive?: {
            max: number | "full";
            batch?: number | undefined;
        } | undefined;
    } | null>>>>;
    repeats: z.ZodDefault<z.ZodNumber>;
    slices: z.ZodDefault<z.ZodArray<z.ZodString>>;
    scorers: z.ZodDefault<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
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
    case_scorers: z.ZodOptional<z.ZodArray<z.ZodString>>;
    rules: z.ZodDefault<z.ZodArray<z.ZodPipe<z.ZodObject<{
        metric: z.ZodString;
        min: z.ZodOptional<z.ZodNumber>;
        max: z.ZodOptional<z.ZodNumber>;
        max_drop: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<{
            value: number;
            relative: boolean;
            text: string;
        }, string | number>>>;
        max_increase: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<{
            value: number;
            relative: boolean;
            text: string;
        }, string | number>>>;
        per_slice: z.ZodDefault<z.ZodBoolean>;
        min_n: z.ZodDefault<z.ZodNumber>;
        confidence: z.ZodDefault<z.ZodNumber>;
        correction: z.ZodDefault<z.ZodEnum<{
            none: "none";
            holm: "holm";
            bh: "bh";
        }>>;
        on_inconclusive: z.ZodDefault<z.ZodEnum<{
            pass: "pass";
            fail: "fail";
            warn: "warn";
        }>>;
        on_no_baseline: z.ZodDefault<z.ZodEnum<{
            pass: "pass";
            fail: "fail";
            warn: "warn";
        }>>;
        aggregate: z.ZodDefault<z.ZodEnum<{
            mean: "mean";
            majority: "majority";
            "pass@k": "pass@k";
            "pass^k": "pass^k";
        }>>;
    }, z.core.$strict>, z.ZodTransform<{
        ref: MetricRef;
        metric: string;
        per_slice: boolean;
        min_n: number;
        confidence: number;
        correction: "none" | "holm" | "bh";
        on_inconclusive: "pass" | "fail" | "warn";
        on_no_baseline: "pass" | "fail" | "warn";
        aggregate: "mean" | "majority" | "pass@k" | "pass^k";
        min?: number | undefined;
        max?: number | undefined;
        max_drop?: {
            value: number;
            relative: boolean;
            text: string;
        } | undefined;
        max_increase?: {
            value: number;
            relative: boolean;
            text: string;
        } | undefined;
    }, {
        metric: string;
        per_slice: boolean;
        min_n: number;
        confidence: number;
        correction: "none" | "holm" | "bh";
        on_inconclusive: "pass" | "fail" | "warn";
        on_no_baseline: "pass" | "fail" | "warn";
        aggregate: "mean" | "majority" | "pass@k" | "pass^k";
        min?: number | undefined;
        max?: number | undefined;
        max_drop?: {
            value: number;
            relative: boolean;
            text: string;
        } | undefined;
        max_increase?: {
            value: number;
            relative: boolean;
            text: string;
        } | undefined;
    }>>>>;
    contamination: z.ZodOptional<z.ZodObject<{
        corpus: z.ZodArray<z.ZodString>;
        n: z.ZodDefault<z.ZodNumber>;
        threshold: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type SuiteConfig = z.output<typeof SuiteConfig>;
/** Caps on one run (README "Limits"); past one, the run stops before any model call with exit code 2. */
export declare const Limits: z.ZodObject<{
    cases: z.ZodDefault<z.ZodNumber>;
    case_bytes: z.ZodDefault<z.ZodNumber>;
    prompt_bytes: z.ZodDefault<z.ZodNumber>;
    calls: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export type Limits = z.output<typeof Limits>;
export declare const Budget: z.ZodObject<{
    tiers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
        usd: z.ZodOptional<z.ZodNumber>;
        calls: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>>;
    usd: z.ZodOptional<z.ZodNumber>;
    calls: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
export type Budget = z.output<typeof Budget>;
export declare const GateConfig: z.ZodObject<{
    version: z.ZodLiteral<1>;
    providers: z.ZodRecord<z.ZodString, z.ZodDiscriminatedUnion<[z.ZodObject<{
        type: z.ZodLiteral<"replay">;
        recordings: z.ZodString;
        model: z.ZodDefault<z.ZodString>;
        embedding_model: z.ZodOptional<z.ZodString>;
        concurrency: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>, z.ZodObject<{
        concurrency: z.ZodDefault<z.ZodNumber>;
        timeout_ms: z.ZodDefault<z.ZodNumber>;
        max_retries: z.ZodDefault<z.ZodNumber>;
        circuit_breaker: z.ZodDefault<z.ZodNumber>;
        price: z.ZodOptional<z.ZodObject<{
            input: z.ZodNumber;
            output: z.ZodNumber;
            cached_input: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        type: z.ZodLiteral<"openai">;
        model: z.ZodString;
        base_url: z.ZodOptional<z.ZodURL>;
        api_key_env: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        query: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        temperature: z.ZodOptional<z.ZodNumber>;
        top_p: z.ZodOptional<z.ZodNumber>;
        seed: z.ZodOptional<z.ZodNumber>;
        max_tokens: z.ZodOptional<z.ZodNumber>;
        max_completion_tokens: z.ZodOptional<z.ZodNumber>;
        stop: z.ZodOptional<z.ZodArray<z.ZodString>>;
        response_format: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
            text: "text";
            json: "json";
        }>, z.ZodObject<{
            json_schema: z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodString]>;
            name: z.ZodDefault<z.ZodString>;
            strict: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strict>]>>;
        tools: z.ZodOptional<z.ZodUnion<readonly [z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>, z.ZodString]>>;
        tool_choice: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
            none: "none";
            auto: "auto";
            required: "required";
        }>, z.ZodObject<{
            function: z.ZodString;
        }, z.core.$strict>]>>;
        embedding_model: z.ZodDefault<z.ZodString>;
        batch: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
            poll_ms: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>]>>;
    }, z.core.$strict>, z.ZodObject<{
        concurrency: z.ZodDefault<z.ZodNumber>;
        timeout_ms: z.ZodDefault<z.ZodNumber>;
        max_retries: z.ZodDefault<z.ZodNumber>;
        circuit_breaker: z.ZodDefault<z.ZodNumber>;
        price: z.ZodOptional<z.ZodObject<{
            input: z.ZodNumber;
            output: z.ZodNumber;
            cached_input: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        type: z.ZodLiteral<"anthropic">;
        model: z.ZodString;
        base_url: z.ZodOptional<z.ZodURL>;
        api_key_env: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        temperature: z.ZodOptional<z.ZodNumber>;
        top_p: z.ZodOptional<z.ZodNumber>;
        top_k: z.ZodOptional<z.ZodNumber>;
        max_tokens: z.ZodDefault<z.ZodNumber>;
        stop: z.ZodOptional<z.ZodArray<z.ZodString>>;
        response_format: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<"text">, z.ZodObject<{
            json_schema: z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodString]>;
            name: z.ZodDefault<z.ZodString>;
        }, z.core.$strict>]>>;
        tools: z.ZodOptional<z.ZodUnion<readonly [z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>, z.ZodString]>>;
        tool_choice: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
            none: "none";
            auto: "auto";
            required: "required";
        }>, z.ZodObject<{
            function: z.ZodString;
        }, z.core.$strict>]>>;
    }, z.core.$strict>, z.ZodObject<{
        concurrency: z.ZodDefault<z.ZodNumber>;
        timeout_ms: z.ZodDefault<z.ZodNumber>;
        max_retries: z.ZodDefault<z.ZodNumber>;
        circuit_breaker: z.ZodDefault<z.ZodNumber>;
        price: z.ZodOptional<z.ZodObject<{
            input: z.ZodNumber;
            output: z.ZodNumber;
            cached_input: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        type: z.ZodLiteral<"gemini">;
        model: z.ZodString;
        base_url: z.ZodOptional<z.ZodURL>;
        api_key_env: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        temperature: z.ZodOptional<z.ZodNumber>;
        top_p: z.ZodOptional<z.ZodNumber>;
        top_k: z.ZodOptional<z.ZodNumber>;
        seed: z.ZodOptional<z.ZodNumber>;
        max_tokens: z.ZodOptional<z.ZodNumber>;
        stop: z.ZodOptional<z.ZodArray<z.ZodString>>;
        response_format: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
            text: "text";
            json: "json";
        }>, z.ZodObject<{
            json_schema: z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodString]>;
            name: z.ZodDefault<z.ZodString>;
        }, z.core.$strict>]>>;
        tools: z.ZodOptional<z.ZodUnion<readonly [z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>, z.ZodString]>>;
        tool_choice: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
            none: "none";
            auto: "auto";
            required: "required";
        }>, z.ZodObject<{
            function: z.ZodString;
        }, z.core.$strict>]>>;
    }, z.core.$strict>, z.ZodObject<{
        concurrency: z.ZodDefault<z.ZodNumber>;
        max_retries: z.ZodDefault<z.ZodNumber>;
        timeout_ms: z.ZodDefault<z.ZodNumber>;
        circuit_breaker: z.ZodDefault<z.ZodNumber>;
        price: z.ZodOptional<z.ZodObject<{
            input: z.ZodNumber;
            output: z.ZodNumber;
            cached_input: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        type: z.ZodLiteral<"command">;
        command: z.ZodUnion<readonly [z.ZodArray<z.ZodString>, z.ZodString]>;
        mode: z.ZodDefault<z.ZodEnum<{
            "per-case": "per-case";
            worker: "worker";
        }>>;
        stdout: z.ZodDefault<z.ZodEnum<{
            text: "text";
            json: "json";
        }>>;
        cwd: z.ZodOptional<z.ZodString>;
        env: z.ZodOptional<z.ZodUnion<readonly [z.ZodArray<z.ZodString>, z.ZodRecord<z.ZodString, z.ZodString>]>>;
        model: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        concurrency: z.ZodDefault<z.ZodNumber>;
        timeout_ms: z.ZodDefault<z.ZodNumber>;
        max_retries: z.ZodDefault<z.ZodNumber>;
        circuit_breaker: z.ZodDefault<z.ZodNumber>;
        price: z.ZodOptional<z.ZodObject<{
            input: z.ZodNumber;
            output: z.ZodNumber;
            cached_input: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        type: z.ZodLiteral<"http">;
        url: z.ZodURL;
        method: z.ZodDefault<z.ZodEnum<{
            POST: "POST";
            PUT: "PUT";
        }>>;
        headers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
        body: z.ZodDefault<z.ZodUnknown>;
        output: z.ZodDefault<z.ZodString>;
        tool_calls: z.ZodOptional<z.ZodString>;
        usage: z.ZodOptional<z.ZodString>;
        model: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>], "type">>;
    suites: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        description: z.ZodOptional<z.ZodString>;
        paths: z.ZodDefault<z.ZodArray<z.ZodString>>;
        prompt: z.ZodString;
        dataset: z.ZodOptional<z.ZodString>;
        pack: z.ZodOptional<z.ZodString>;
        input: z.ZodOptional<z.ZodString>;
        vars: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        risk: z.ZodOptional<z.ZodEnum<{
            critical: "critical";
            high: "high";
            low: "low";
            medium: "medium";
        }>>;
        provider: z.ZodDefault<z.ZodString>;
        tiers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodNullable<z.ZodObject<{
            sample: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<{
                count: number;
                fraction?: undefined;
            } | {
                fraction: number;
                count?: undefined;
            }, string | number>>>;
            adaptive: z.ZodOptional<z.ZodObject<{
                max: z.ZodUnion<readonly [z.ZodNumber, z.ZodLiteral<"full">]>;
                batch: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
            seed: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
        }, z.core.$strict>>, z.ZodTransform<{
            seed: string | number;
            sample?: {
                count: number;
                fraction?: undefined;
            } | {
                fraction: number;
                count?: undefined;
            } | undefined;
            adaptive?: {
                max: number | "full";
                batch?: number | undefined;
            } | undefined;
        }, {
            seed: string | number;
            sample?: {
                count: number;
                fraction?: undefined;
            } | {
                fraction: number;
                count?: undefined;
            } | undefined;
            adaptive?: {
                max: number | "full";
                batch?: number | undefined;
            } | undefined;
        } | null>>>>;
        repeats: z.ZodDefault<z.ZodNumber>;
        slices: z.ZodDefault<z.ZodArray<z.ZodString>>;
        scorers: z.ZodDefault<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
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
        case_scorers: z.ZodOptional<z.ZodArray<z.ZodString>>;
        rules: z.ZodDefault<z.ZodArray<z.ZodPipe<z.ZodObject<{
            metric: z.ZodString;
            min: z.ZodOptional<z.ZodNumber>;
            max: z.ZodOptional<z.ZodNumber>;
            max_drop: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<{
                value: number;
                relative: boolean;
                text: string;
            }, string | number>>>;
            max_increase: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<{
                value: number;
                relative: boolean;
                text: string;
            }, string | number>>>;
            per_slice: z.ZodDefault<z.ZodBoolean>;
            min_n: z.ZodDefault<z.ZodNumber>;
            confidence: z.ZodDefault<z.ZodNumber>;
            correction: z.ZodDefault<z.ZodEnum<{
                none: "none";
                holm: "holm";
                bh: "bh";
            }>>;
            on_inconclusive: z.ZodDefault<z.ZodEnum<{
                pass: "pass";
                fail: "fail";
                warn: "warn";
            }>>;
            on_no_baseline: z.ZodDefault<z.ZodEnum<{
                pass: "pass";
                fail: "fail";
                warn: "warn";
            }>>;
            aggregate: z.ZodDefault<z.ZodEnum<{
                mean: "mean";
                majority: "majority";
                "pass@k": "pass@k";
                "pass^k": "pass^k";
            }>>;
        }, z.core.$strict>, z.ZodTransform<{
            ref: MetricRef;
            metric: string;
            per_slice: boolean;
            min_n: number;
            confidence: number;
            correction: "none" | "holm" | "bh";
            on_inconclusive: "pass" | "fail" | "warn";
            on_no_baseline: "pass" | "fail" | "warn";
            aggregate: "mean" | "majority" | "pass@k" | "pass^k";
            min?: number | undefined;
            max?: number | undefined;
            max_drop?: {
                value: number;
                relative: boolean;
                text: string;
            } | undefined;
            max_increase?: {
                value: number;
                relative: boolean;
                text: string;
            } | undefined;
        }, {
            metric: string;
            per_slice: boolean;
            min_n: number;
            confidence: number;
            correction: "none" | "holm" | "bh";
            on_inconclusive: "pass" | "fail" | "warn";
            on_no_baseline: "pass" | "fail" | "warn";
            aggregate: "mean" | "majority" | "pass@k" | "pass^k";
            min?: number | undefined;
            max?: number | undefined;
            max_drop?: {
                value: number;
                relative: boolean;
                text: string;
            } | undefined;
            max_increase?: {
                value: number;
                relative: boolean;
                text: string;
            } | undefined;
        }>>>>;
        contamination: z.ZodOptional<z.ZodObject<{
            corpus: z.ZodArray<z.ZodString>;
            n: z.ZodDefault<z.ZodNumber>;
            threshold: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    overrides: z.ZodDefault<z.ZodObject<{
        label: z.ZodDefault<z.ZodString>;
        min_permission: z.ZodDefault<z.ZodEnum<{
            read: "read";
            triage: "triage";
            write: "write";
            maintain: "maintain";
            admin: "admin";
        }>>;
    }, z.core.$strict>>;
    baseline: z.ZodDefault<z.ZodObject<{
        branch: z.ZodOptional<z.ZodString>;
        artifact: z.ZodDefault<z.ZodString>;
        workflow: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    limits: z.ZodDefault<z.ZodObject<{
        cases: z.ZodDefault<z.ZodNumber>;
        case_bytes: z.ZodDefault<z.ZodNumber>;
        prompt_bytes: z.ZodDefault<z.ZodNumber>;
        calls: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    budget: z.ZodOptional<z.ZodObject<{
        tiers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
            usd: z.ZodOptional<z.ZodNumber>;
            calls: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>>;
        usd: z.ZodOptional<z.ZodNumber>;
        calls: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    report: z.ZodOptional<z.ZodObject<{
        chart: z.ZodDefault<z.ZodEnum<{
            mermaid: "mermaid";
            text: "text";
            off: "off";
        }>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type GateConfig = z.output<typeof GateConfig>;
