import type { OpenAI as OpenAIClient } from 'openai';
import { ProviderError, type BatchApi, type ProviderRequest, type ProviderResponse } from './provider.js';
/** What the Batch API needs from the openai provider: its client, its request body and its reading of an answer. */
export interface OpenAIBatchParts {
    client(): Promise<OpenAIClient>;
    toError(error: unknown): Promise<ProviderError>;
    body(request: ProviderRequest): OpenAIClient.Chat.ChatCompletionCreateParamsNonStreaming;
    /** A completion's answer, priced at the Batch API's rate. */
    answer(completion: OpenAIClient.Chat.ChatCompletion): ProviderResponse;
    /** The first wait between status checks. */
    pollMs: number;
}
/**
 * Sends calls through the OpenAI Batch API (docs/providers.md, "OpenAI Batch API"): one JSONL
 * file of /v1/chat/completions requests uploaded with purpose `batch`, one batch with a 24 h
 * window, polled with a growing wait until it ends, then its output and error files read back
 * by `custom_id`. A batch id given to resume is polled instead of submitting again, unless
 * that batch failed validation or is gone.
 */
export declare function openAIBatch(parts: OpenAIBatchParts): BatchApi;
