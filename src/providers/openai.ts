import type * as OpenAIModule from 'openai';
import type { OpenAI as OpenAIClient } from 'openai';
import type { z } from 'zod';
import type { OpenAIProvider as OpenAIConfig } from '../config/schema.js';
import type { Result } from '../core/result.js';
import { ok } from '../core/result.js';
import { readKey, type ResolvedFiles } from './chat-shared.js';
import { parseDuration } from './backoff.js';
import { batchPrice, costUsd, priceFor } from './prices.js';
import { openAIBatch } from './openai-batch.js';
import { parseArguments, redactor, toProviderError } from './sdk-error.js';
import { keepAliveFetch } from './keep-alive-fetch.js';
import {
  callSettings,
  ProviderError,
  type Price,
  type Provider,
  type ProviderRequest,
  type ProviderResponse,
} from './provider.js';

/** JSON files the config names (tools, a response JSON Schema), already read by the registry. */
export type OpenAIResolved = ResolvedFiles;

type Config = z.output<typeof OpenAIConfig>;

/**
 * Chat Completions (and embeddings) through the official `openai` client, against
 * api.openai.com or any compatible server. The client's own retries are off: the runner
 * retries, so that Retry-After, adaptive concurrency and the circuit breaker see every
 * attempt. The key comes only from the environment and is scrubbed from every message.
 */
export function createOpenAIProvider(
  name: string,
  config: Config,
  resolved: OpenAIResolved,
  env: NodeJS.ProcessEnv = process.env,
): Result<Provider> {
  const keyRead = readKey(name, config.api_key_env, env, 'a server that needs no key (Ollama, vLLM)');
  if (!keyRead.ok) return keyRead;
  const key = keyRead.value;
  const baseURL = config.base_url ?? (env.OPENAI_BASE_URL || undefined);
  const redact = redactor(key);

  const responseFormat =
    config.response_format === 'json'
      ? { type: 'json_object' as const }
      : config.response_format && typeof config.response_format === 'object'
        ? {
            type: 'json_schema' as const,
            json_schema: {
              name: config.response_format.name,
              schema: resolved.schema ?? (config.response_format.json_schema as Record<string, unknown>),
              strict: config.response_format.strict,
            },
          }
        : undefined;
  const tools = resolved.tools ?? (Array.isArray(config.tools) ? config.tools : undefined);
  const toolChoice =
    typeof config.tool_choice === 'object'
      ? { type: 'function' as const, function: { name: config.tool_choice.function } }
      : config.tool_choice;
  const settings = {
    model: config.model,
    ...(config.temperature !== undefined ? { temperature: config.temperature } : {}),
    ...(config.top_p !== undefined ? { top_p: config.top_p } : {}),
    ...(config.seed !== undefined ? { seed: config.seed } : {}),
    ...(config.max_tokens !== undefined ? { max_tokens: config.max_tokens } : {}),
    ...(config.max_completion_tokens !== undefined ? { max_completion_tokens: config.max_completion_tokens } : {}),
    ...(config.stop ? { stop: config.stop } : {}),
    ...(responseFormat ? { response_format: responseFormat } : {}),
    ...(tools ? { tools } : {}),
    ...(toolChoice ? { tool_choice: toolChoice } : {}),
  };

  const connections = keepAliveFetch();
  // the client loads on first use, so runs that never call OpenAI don't pay for loading it
  let loaded: Promise<{ openai: OpenAIClient; errors: typeof OpenAIModule }> | undefined;
  const getClient = () =>
    (loaded ??= import('openai').then((errors) => ({
      errors,
      openai: new errors.OpenAI({
        apiKey: key ?? 'no-key',
        baseURL,
        maxRetries: 0,
        // the runner's per-attempt timeout aborts first; this only bounds a runner bug
        timeout: config.timeout_ms + 5_000,
        defaultHeaders: config.headers,
        defaultQuery: config.query,
        fetch: connections.fetch,
      }),
    })));

  /** The Chat Completions request body for one call (also one line of a batch). */
  const bodyOf = (request: ProviderRequest) =>
    ({
      ...settings,
      messages: request.messages,
      ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
      ...(request.responseFormat
        ? {
            response_format: {
              type: 'json_schema' as const,
              json_schema: { ...request.responseFormat, strict: true },
            },
          }
        : {}),
    }) as OpenAIClient.Chat.ChatCompletionCreateParamsNonStreaming;

  const call = callSettings(config, priceFor(config.model));
  return ok({
    name,
    type: 'openai',
    model: config.model,
    ...call,
    cacheIdentity: { type: 'openai', base_url: baseURL ?? null, query: config.query ?? null, ...settings },

    async call(request: ProviderRequest): Promise<ProviderResponse> {
      const { openai, errors } = await getClient();
      try {
        const { data, response } = await openai.chat.completions
          .create(bodyOf(request), { signal: request.signal })
          .withResponse();
        return { ...answerOf(data, call.price), ...rateLimitOf(response.headers) };
      } catch (error) {
        throw toProviderError(error, errors, redact, baseURL ?? 'https://api.openai.com/v1');
      }
    },

    embeddingModel: config.embedding_model,
    // only the server answers for an embedding; the chat settings (temperature, tools) do not
    embeddingIdentity: { type: 'openai', base_url: baseURL ?? null, query: config.query ?? null },

    ...(config.batch
      ? {
          batch: openAIBatch({
            client: async () => (await getClient()).openai,
            toError: async (error) =>
              toProviderError(error, (await getClient()).errors, redact, baseURL ?? 'https://api.openai.com/v1'),
            body: bodyOf,
            answer: (data) => answerOf(data, call.price && batchPrice(call.price)),
            pollMs: typeof config.batch === 'object' ? config.batch.poll_ms : 30_000,
          }),
        }
      : {}),

    async embed({ texts, model, signal }) {
      const { openai, errors } = await getClient();
      try {
        const data = await openai.embeddings.create({ model, input: texts, encoding_format: 'float' }, { signal });
        const vectors = [...data.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
        if (vectors.length !== texts.length)
          throw new ProviderError(`expected ${texts.length} embeddings, got ${vectors.length}`, true);
        return { vectors, tokens: data.usage?.total_tokens ?? 0 };
      } catch (error) {
        throw toProviderError(error, errors, redact, baseURL ?? 'https://api.openai.com/v1');
      }
    },

    async close() {
      connections.close();
    },
  });
}

/** A chat completion as the runner's answer; prompt-cache hits are billed at the cached-input price. */
function answerOf(data: OpenAIClient.Chat.ChatCompletion, price: Price | undefined): ProviderResponse {
  const choice = data?.choices?.[0];
  if (!choice?.message) throw new ProviderError('the response has no choices[0].message', true);
  const message = choice.message;
  const toolCalls = message.tool_calls?.map((call) =>
    call.type === 'function'
      ? { id: call.id, name: call.function.name, arguments: parseArguments(call.function.arguments) }
      : call,
  );
  const usage = data.usage;
  const tokens = usage
    ? {
        prompt: usage.prompt_tokens,
        completion: usage.completion_tokens,
        cached: usage.prompt_tokens_details?.cached_tokens ?? 0,
      }
    : undefined;
  const cost = tokens ? costUsd(tokens, price) : null;
  return {
    output: message.content ?? message.refusal ?? '',
    ...(toolCalls?.length ? { toolCalls } : {}),
    ...(usage
      ? { tokens: { prompt: usage.prompt_tokens, completion: usage.completion_tokens, total: usage.total_tokens } }
      : {}),
    ...(cost !== null ? { costUsd: cost } : {}),
  };
}

/** When the server says a request or token window is used up, how long until it resets. */
function rateLimitOf(headers: Headers): Pick<ProviderResponse, 'rateLimit'> {
  const windows = [
    [headers.get('x-ratelimit-remaining-requests'), headers.get('x-ratelimit-reset-requests')],
    [headers.get('x-ratelimit-remaining-tokens'), headers.get('x-ratelimit-reset-tokens')],
  ] as const;
  let resetMs: number | undefined;
  for (const [remaining, reset] of windows) {
    if (remaining === null || Number(remaining) > 0) continue;
    const ms = parseDuration(reset);
    if (ms !== undefined) resetMs = Math.max(resetMs ?? 0, ms);
  }
  return resetMs === undefined ? {} : { rateLimit: { remaining: 0, resetMs } };
}
