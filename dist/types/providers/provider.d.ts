import type { ChatMessage } from '../prompt/messages.js';
/** A JSON Schema the model's answer must follow (OpenAI structured output). */
export interface JsonSchemaFormat {
    name: string;
    schema: Record<string, unknown>;
}
/** One model call: a rendered case. */
export interface ProviderRequest {
    suite: string;
    caseId: string;
    repeat: number;
    messages: ChatMessage[];
    signal?: AbortSignal;
    /** Per-call settings a scorer needs (the judge asks for structured output at temperature 0). */
    responseFormat?: JsonSchemaFormat;
    temperature?: number;
    /** Extra fields a provider passes through to the user's program (command, http): the case's vars. */
    vars?: Record<string, unknown>;
}
export interface ProviderResponse {
    output: string;
    toolCalls?: unknown[];
    /** Set by providers that know the latency better than the wall clock (replay reports the recorded one). */
    latencyMs?: number;
    tokens?: {
        prompt: number;
        completion: number;
        total: number;
    };
    costUsd?: number;
    /** What the server said about its rate limits, so the runner can slow down before it is told to. */
    rateLimit?: {
        remaining: number;
        resetMs: number;
    };
}
/** How the runner treats a provider's calls; every field has a default in the runner. */
export interface CallPolicy {
    timeoutMs: number;
    maxRetries: number;
    /** This many cases failing in a row (after retries) open the circuit: the run stops with exit code 3. */
    breakerThreshold: number;
}
/** USD per million tokens. */
export interface Price {
    input: number;
    output: number;
    /** Input tokens served from the provider's prompt cache, where they are cheaper than `input`. */
    cached_input?: number;
}
/** The runner settings every calling provider's config has, as the Provider fields they become. */
export declare function callSettings(config: {
    concurrency: number;
    timeout_ms: number;
    max_retries: number;
    circuit_breaker: number;
    price?: Price;
}, fallbackPrice?: Price): {
    price?: Price | undefined;
    concurrency: number;
    policy: {
        timeoutMs: number;
        maxRetries: number;
        breakerThreshold: number;
    };
};
/** What every provider (openai, anthropic, gemini, command, http, replay) implements. */
export interface Provider {
    readonly name: string;
    readonly type: string;
    readonly model: string;
    readonly concurrency: number;
    /**
     * Everything besides the messages and repeat index that changes the answer (model,
     * temperature, seed, tools, …): part of the response-cache key. Absent: never cached.
     */
    readonly cacheIdentity?: unknown;
    readonly policy?: Partial<CallPolicy>;
    /** Token prices for cost, when the provider bills by token and reports usage. */
    readonly price?: Price;
    call(request: ProviderRequest): Promise<ProviderResponse>;
    /** Embeddings of `texts` by `model`, for scorers that compare meaning (openai; replay from recordings). */
    embed?(request: EmbedRequest): Promise<EmbedResponse>;
    /** The model `embed` uses when the scorer names none; absent: the scorer must name one. */
    readonly embeddingModel?: string;
    /**
     * Everything besides the model and the text that changes an embedding (the server): part
     * of the embedding-cache key. Absent: embeddings are never cached (replay reads its file).
     */
    readonly embeddingIdentity?: unknown;
    /** Answers many calls at once through a batch API (openai with `batch: true`; docs/providers.md). */
    batch?: BatchApi;
    close?(): Promise<void>;
}
export interface EmbedRequest {
    texts: string[];
    model: string;
    signal?: AbortSignal;
}
export interface EmbedResponse {
    /** One vector per text, in the order of `texts`. */
    vectors: number[][];
    tokens: number;
}
/** Where a submitted batch stands, for progress lines. */
export interface BatchProgress {
    id: string;
    status: string;
    total: number;
    completed: number;
    failed: number;
}
export interface BatchRunOptions {
    /** The batch this request set was already submitted as (kept in the cache dir), to resume instead of submitting again. */
    resume?: string;
    /** Called once the batch exists, so a re-run can resume it. */
    submitted(id: string): Promise<void>;
    progress(status: BatchProgress): void;
    /** Polling ends when this aborts (the run stopped): the batch keeps running at the provider. */
    signal: AbortSignal;
}
/** What a batch answered: per item id, an answer or the reason there is none; `stopped` when polling was abandoned. */
export type BatchResult = {
    stopped: false;
    id: string;
    answers: Map<string, ProviderResponse | ProviderError>;
} | {
    stopped: true;
    id: string | null;
};
export interface BatchApi {
    run(items: readonly {
        id: string;
        request: ProviderRequest;
    }[], options: BatchRunOptions): Promise<BatchResult>;
}
/** A call that failed for reasons outside the case: recorded as an infrastructure error, never scored. */
export declare class ProviderError extends Error {
    readonly retryable: boolean;
    readonly retryAfterMs?: number | undefined;
    /** HTTP status, when there was one: 429 counts toward adaptive concurrency. */
    readonly status?: number | undefined;
    name: string;
    constructor(message: string, retryable: boolean, retryAfterMs?: number | undefined, 
    /** HTTP status, when there was one: 429 counts toward adaptive concurrency. */
    status?: number | undefined);
}
