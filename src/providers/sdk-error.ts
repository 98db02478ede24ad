import { parseRetryAfter } from './backoff.js';
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
export function toProviderError(
  error: unknown,
  errors: SdkErrors,
  redact: (s: string) => string,
  baseURL: string,
): ProviderError {
  if (error instanceof ProviderError) return error;
  if (error instanceof errors.APIUserAbortError) return new ProviderError('the call was aborted', true);
  if (error instanceof errors.APIConnectionTimeoutError) return new ProviderError('the request timed out', true);
  if (error instanceof errors.APIConnectionError) {
    const cause = error.cause as { code?: string; message?: string } | undefined;
    return new ProviderError(
      redact(`cannot reach ${baseURL}: ${cause?.code ?? cause?.message ?? error.message}`),
      true,
    );
  }
  if (error instanceof errors.APIError && typeof (error as { status?: unknown }).status === 'number') {
    const { status, headers } = error as unknown as { status: number; headers?: Headers };
    return httpError(status, error.message.replace(/^\d{3}\s*/, ''), headers, redact);
  }
  return otherError(error, redact);
}

/** An HTTP error answer as a ProviderError: retryable or not by status, with the server's requested wait. */
export function httpError(
  status: number,
  message: string,
  headers: Headers | undefined,
  redact: (s: string) => string,
  retryAfterMs = headers ? parseRetryAfter((h) => headers.get(h)) : undefined,
): ProviderError {
  const retryable = status === 408 || status === 409 || status === 429 || status >= 500;
  return new ProviderError(redact(`HTTP ${status}: ${message}`), retryable, retryAfterMs, status);
}

/** Anything else a client threw: a body that was not JSON is retried, the rest is reported as it is. */
export function otherError(error: unknown, redact: (s: string) => string): ProviderError {
  if (error instanceof SyntaxError)
    return new ProviderError(`the server answered with malformed JSON (${error.message})`, true);
  const e = error as Error;
  return new ProviderError(redact(`${e?.name ?? 'Error'}: ${e?.message ?? String(error)}`), true);
}

/** Replaces the key (and anything shaped like an OpenAI or Anthropic key) in a message. */
export function redactor(key: string | undefined): (text: string) => string {
  return (text) => {
    const out = key ? text.split(key).join('***') : text;
    return out.replace(/\bsk-(ant-)?[A-Za-z0-9_*-]{6,}/g, 'sk-***').replace(/\bAIza[0-9A-Za-z_-]{20,}/g, 'AIza***');
  };
}

/** Tool-call arguments as the model wrote them: parsed when they are JSON, else the raw text (a malformed call is the model's answer, to be scored). */
export function parseArguments(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
