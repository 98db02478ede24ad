import { ProviderError } from './provider.js';
type ErrorClass = abstract new (...args: never[]) => Error;
/**
 * The error classes the `openai` and `@anthropic-ai/sdk` clients share (both are generated
 * by the same tool, with the same names and fields), so one mapping serves both.
 */
export interface SdkErrors {
    APIUserAbortError: ErrorClass;
    APIConnectionTimeoutError: ErrorClass;
    APIConnectionError: ErrorClass;
    APIError: ErrorClass;
}
/**
 * Retryable: connection failures, timeouts, 408, 409, 429, 5xx (Anthropic's 529 "overloaded"
 * among them) and malformed bodies (a proxy's hiccup); not: other 4xx. The wait the server
 * asked for (`retry-after-ms`, `Retry-After`) travels with the error to the runner.
 */
export declare function toProviderError(error: unknown, errors: SdkErrors, redact: (s: string) => string, baseURL: string): ProviderError;
/** An HTTP error answer as a ProviderError: retryable or not by status, with the server's requested wait. */
export declare function httpError(status: number, message: string, headers: Headers | undefined, redact: (s: string) => string, retryAfterMs?: number | undefined): ProviderError;
/** Anything else a client threw: a body that was not JSON is retried, the rest is reported as it is. */
export declare function otherError(error: unknown, redact: (s: string) => string): ProviderError;
/** Replaces the key (and anything shaped like an OpenAI or Anthropic key) in a message. */
export declare function redactor(key: string | undefined): (text: string) => string;
/** Tool-call arguments as the model wrote them: parsed when they are JSON, else the raw text (a malformed call is the model's answer, to be scored). */
export declare function parseArguments(text: string): unknown;
export {};
