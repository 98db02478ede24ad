import type * as GenAIModule from '@google/genai/web';
import type { GenerateContentConfig, GenerateContentResponse, GoogleGenAI } from '@google/genai/web';
import type { z } from 'zod';
import type { GeminiProvider as GeminiConfig } from '../config/schema.js';
import type { Result } from '../core/result.js';
import { ok } from '../core/result.js';
import { parseDuration, parseRetryAfter } from './backoff.js';
import { configuredTools, readKey, splitSystem, type ResolvedFiles } from './chat-shared.js';
import { keepAliveFetch } from './keep-alive-fetch.js';
import { costUsd, priceFor } from './prices.js';
import { callSettings, ProviderError, type Provider, type ProviderRequest, type ProviderResponse } from './provider.js';
import { httpError, otherError, redactor } from './sdk-error.js';
import type { RecordedToolCall } from './tool-definitions.js';

type Config = z.output<typeof GeminiConfig>;

const DEFAULT_BASE_URL = 'https://generativelanguage.googleapis.com';

/**
 * Gemini through generateContent and the official `@google/genai` (loaded on first call; its
 * fetch-only `web` entry, which needs none of the Node entry's Google Cloud auth modules: the
 * key goes in a header and every call brings its own fetch),
 * against the Gemini API or a gateway that speaks it. The SDK retries only when given
 * retry options, and none are given: the runner retries, honouring the server's wait
 * (`Retry-After`, or the RetryInfo `retryDelay` in a 429's body). The key comes only from
 * the variable `api_key_env` names; Vertex AI mode and the SDK's environment variables are
 * switched off explicitly.
 */
export function createGeminiProvider(
  name: string,
  config: Config,
  resolved: ResolvedFiles,
  env: NodeJS.ProcessEnv = process.env,
): Result<Provider> {
  const keyRead = readKey(name, config.api_key_env, env);
  if (!keyRead.ok) return keyRead;
  const key = keyRead.value;
  const baseUrl = config.base_url ?? DEFAULT_BASE_URL;
  const redact = redactor(key);

  const declarations = configuredTools(resolved, config.tools)?.map((t) => ({
    name: t.name,
    ...(t.description ? { description: t.description } : {}),
    parametersJsonSchema: t.parameters,
  }));
  const choice = config.tool_choice;
  const toolConfig =
    choice === undefined
      ? undefined
      : typeof choice === 'object'
        ? { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: [choice.function] } }
        : { functionCallingConfig: { mode: ({ auto: 'AUTO', none: 'NONE', required: 'ANY' } as const)[choice] } };
  const format = config.response_format;
  const settings = {
    ...(config.temperature !== undefined ? { temperature: config.temperature } : {}),
    ...(config.top_p !== undefined ? { topP: config.top_p } : {}),
    ...(config.top_k !== undefined ? { topK: config.top_k } : {}),
    ...(config.seed !== undefined ? { seed: config.seed } : {}),
    ...(config.max_tokens !== undefined ? { maxOutputTokens: config.max_tokens } : {}),
    ...(config.stop ? { stopSequences: config.stop } : {}),
    ...(format === 'json' || typeof format === 'object' ? { responseMimeType: 'application/json' } : {}),
    ...(typeof format === 'object'
      ? { responseJsonSchema: resolved.schema ?? (format.json_schema as Record<string, unknown>) }
      : {}),
    ...(declarations?.length ? { tools: [{ functionDeclarations: declarations }] } : {}),
    ...(toolConfig ? { toolConfig } : {}),
  };
  const call = callSettings(config, priceFor(config.model));

  const connections = keepAliveFetch();
  let loaded: Promise<{ client: GoogleGenAI; sdk: typeof GenAIModule }> | undefined;
  const getClient = () =>
    (loaded ??= import('@google/genai/web').then((sdk) => ({
      sdk,
      client: new sdk.GoogleGenAI({
        apiKey: key ?? 'no-key',
        vertexai: false,
        apiVersion: 'v1beta',
        httpOptions: { baseUrl, headers: config.headers, timeout: config.timeout_ms + 5_000 },
      }),
    })));

  return ok({
    name,
    type: 'gemini',
    model: config.model,
    ...call,
    cacheIdentity: { type: 'gemini', base_url: baseUrl, model: config.model, ...settings },

    async call(request: ProviderRequest): Promise<ProviderResponse> {
      const { client, sdk } = await getClient();
      const { system, turns } = splitSystem(request.messages);
      // the headers of an error answer, which the SDK's ApiError does not keep (Retry-After)
      let errorHeaders: Headers | undefined;
      const fetchForCall: typeof fetch = (input, init) =>
        connections.fetch(input, init).then((response) => {
          if (!response.ok) errorHeaders = response.headers;
          return response;
        });
      const generation: GenerateContentConfig = {
        ...(settings as GenerateContentConfig),
        ...(system ? { systemInstruction: system } : {}),
        ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
        ...(request.responseFormat
          ? { responseMimeType: 'application/json', responseJsonSchema: request.responseFormat.schema }
          : {}),
        automaticFunctionCalling: { disable: true },
        ...(request.signal ? { abortSignal: request.signal } : {}),
        httpOptions: { fetch: fetchForCall },
      };
      let data: GenerateContentResponse;
      try {
        data = await client.models.generateContent({
          model: config.model,
          contents: turns.map((t) => ({
            role: t.role === 'assistant' ? 'model' : 'user',
            parts: [{ text: t.content }],
          })),
          config: generation,
        });
      } catch (error) {
        throw toGeminiError(error, sdk, errorHeaders, redact, baseUrl);
      }
      const parts = data.candidates?.[0]?.content?.parts ?? [];
      const output = parts.flatMap((p) => (typeof p.text === 'string' && !p.thought ? [p.text] : [])).join('');
      const toolCalls: RecordedToolCall[] = parts.flatMap((p) =>
        p.functionCall?.name
          ? [
              {
                ...(p.functionCall.id ? { id: p.functionCall.id } : {}),
                name: p.functionCall.name,
                arguments: p.functionCall.args ?? {},
              },
            ]
          : [],
      );
      const usage = data.usageMetadata;
      // thinking tokens are billed as output (Gemini API pricing)
      const tokens = usage
        ? {
            prompt: usage.promptTokenCount ?? 0,
            completion: (usage.candidatesTokenCount ?? 0) + (usage.thoughtsTokenCount ?? 0),
            cached: usage.cachedContentTokenCount ?? 0,
          }
        : undefined;
      const cost = costUsd(tokens, call.price);
      return {
        output,
        ...(toolCalls.length ? { toolCalls } : {}),
        ...(tokens
          ? {
              tokens: {
                prompt: tokens.prompt,
                completion: tokens.completion,
                total: tokens.prompt + tokens.completion,
              },
            }
          : {}),
        ...(cost !== null ? { costUsd: cost } : {}),
      };
    },

    async close() {
      connections.close();
    },
  });
}

function toGeminiError(
  error: unknown,
  sdk: typeof GenAIModule,
  headers: Headers | undefined,
  redact: (s: string) => string,
  baseUrl: string,
): ProviderError {
  if (error instanceof ProviderError) return error;
  if (error instanceof sdk.ApiError) {
    const body = parseErrorBody(error.message);
    const wait = headers ? parseRetryAfter((h) => headers.get(h)) : undefined;
    return httpError(error.status, body.message ?? error.message, headers, redact, wait ?? body.retryDelayMs);
  }
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e?.name === 'AbortError') return new ProviderError('the call was aborted', true);
  if (e instanceof TypeError && e.message === 'fetch failed')
    return new ProviderError(
      redact(`cannot reach ${baseUrl}: ${e.cause?.code ?? e.cause?.message ?? e.message}`),
      true,
    );
  return otherError(error, redact);
}

/**
 * The SDK's ApiError message is the error body as JSON: `{"error": {"message", "status",
 * "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "27s"}]}}`
 * (google.rpc.Status, as the Gemini API returns it).
 */
function parseErrorBody(text: string): { message?: string; retryDelayMs?: number } {
  try {
    const body = JSON.parse(text) as {
      error?: { message?: string; status?: string; details?: { '@type'?: string; retryDelay?: string }[] };
    };
    const retry = body.error?.details?.find((d) => d['@type']?.endsWith('google.rpc.RetryInfo'));
    return {
      ...(body.error?.message
        ? { message: `${body.error.status ? `${body.error.status}: ` : ''}${body.error.message}` }
        : {}),
      ...(retry?.retryDelay ? { retryDelayMs: parseDuration(retry.retryDelay) } : {}),
    };
  } catch {
    return {};
  }
}
