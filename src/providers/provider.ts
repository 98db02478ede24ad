import type { ChatMessage } from '../prompt/messages.js';

/** One model call: a rendered case. */
export interface ProviderRequest {
  suite: string;
  caseId: string;
  repeat: number;
  messages: ChatMessage[];
  signal?: AbortSignal;
}

export interface ProviderResponse {
  output: string;
  toolCalls?: unknown[];
  /** Set by providers that know the latency better than the wall clock (replay reports the recorded one). */
  latencyMs?: number;
  tokens?: { prompt: number; completion: number; total: number };
  costUsd?: number;
}

/** What every provider (openai, command, http, replay) implements. */
export interface Provider {
  readonly name: string;
  readonly type: string;
  readonly model: string;
  readonly concurrency: number;
  call(request: ProviderRequest): Promise<ProviderResponse>;
  close?(): Promise<void>;
}

/** A call that failed for reasons outside the case: recorded as an infrastructure error, never scored. */
export class ProviderError extends Error {
  override name = 'ProviderError';
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
