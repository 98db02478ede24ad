import type * as AnthropicModule from '@anthropic-ai/sdk';
import type { Anthropic as AnthropicClient } from '@anthropic-ai/sdk';
import type { z } from 'zod';
import type { AnthropicProvider as AnthropicConfig } from '../config/schema.js';
import type { Result } from '../core/result.js';
import { ok } from '../core/result.js';
import { keepAliveFetch } from './keep-alive-fetch.js';
import { costUsd, priceFor } from './prices.js';
import { callSettings, ProviderError, type Provider, type ProviderRequest, type ProviderResponse } from './provider.js';
import { redactor, toProviderError } from './sdk-error.js';
import type { RecordedToolCall } from './tool-definitions.js';
import { configuredTools, readKey, splitSystem, type ResolvedFiles } from './chat-shared.js';

type Config = z.output<typeof AnthropicConfig>;
type Params = AnthropicClient.Messages.MessageCreateParamsNonStreaming;

const DEFAULT_BASE_URL = 'https://api.anthropic.com';

/**
 * Claude through the Messages API and the official `@anthropic-ai/sdk` (loaded on first
 * call). As with openai: the client's own retries are off so the runner sees every attempt
 * (429 and 529 "overloaded" with their retry-after), and the key comes only from the
 * variable `api_key_env` names: the SDK's own credential chain (profiles, auth tokens) is
 * never consulted, so a run uses exactly the credential the config says.
 */
export function createAnthropicProvider(
  name: string,
  config: Config,
  resolved: ResolvedFiles,
  env: NodeJS.ProcessEnv = process.env,
): Result<Provider> {
  const keyRead = readKey(name, config.api_key_env, env);
  if (!keyRead.ok) return keyRead;
  const key = keyRead.value;
  const baseURL = config.base_url ?? (env.ANTHROPIC_BASE_URL || DEFAULT_BASE_URL);
  const redact = redactor(key);

  const tools = configuredTools(resolved, config.tools)?.map((t) => ({
    name: t.name,
    ...(t.description ? { description: t.description } : {}),
    input_schema: t.parameters,
  }));
  const toolChoice =
    config.tool_choice === undefined
      ? undefined
      : typeof config.tool_choice === 'object'
        ? { type: 'tool' as const, name: config.tool_choice.function }
        : { type: ({ auto: 'auto', none: 'none', required: 'any' } as const)[config.tool_choice] };
  const format =
    typeof config.response_format === 'object'
      ? {
          type: 'json_schema' as const,
          schema: resolved.schema ?? (config.response_format.json_schema as Record<string, unknown>),
        }
      : undefined;
  const settings = {
    model: config.model,
    max_tokens: config.max_tokens,
    ...(config.temperature !== undefined ? { temperature: config.temperature } : {}),
    ...(config.top_p !== undefined ? { top_p: config.top_p } : {}),
    ...(config.top_k !== undefined ? { top_k: config.top_k } : {}),
    ...(config.stop ? { stop_sequences: config.stop } : {}),
    ...(tools?.length ? { tools } : {}),
    ...(toolChoice ? { tool_choice: toolChoice } : {}),
    ...(format ? { output_config: { format } } : {}),
  };
  const call = callSettings(config, priceFor(config.model));

  const connections = keepAliveFetch();
  let loaded: Promise<{ client: AnthropicClient; errors: typeof AnthropicModule }> | undefined;
  const getClient = () =>
    (loaded ??= import('@anthropic-ai/sdk').then((errors) => ({
      errors,
      client: new errors.Anthropic({
        apiKey: key ?? 'no-key',
        authToken: null,
        baseURL,
        maxRetries: 0,
        timeout: config.timeout_ms + 5_000,
        defaultHeaders: config.headers,
        fetch: connections.fetch,
      }),
    })));

  return ok({
    name,
    type: 'anthropic',
    model: config.model,
    ...call,
    cacheIdentity: { type: 'anthropic', base_url: baseURL, ...settings },

    async call(request: ProviderRequest): Promise<ProviderResponse> {
      const { client, errors } = await getClient();
      const { system, turns } = splitSystem(request.messages);
      const body: Params = {
        ...settings,
        ...(system ? { system } : {}),
        messages: turns,
        ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
        ...(request.responseFormat
          ? { output_config: { format: { type: 'json_schema', schema: request.responseFormat.schema } } }
          : {}),
      } as Params;
      try {
        const { data, response } = await client.messages.create(body, { signal: request.signal }).withResponse();
        if (!Array.isArray(data?.content)) throw new ProviderError('the response has no content list', true);
        const text = data.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('');
        const toolCalls: RecordedToolCall[] = data.content.flatMap((block) =>
          block.type === 'tool_use' ? [{ id: block.id, name: block.name, arguments: block.input }] : [],
        );
        const usage = data.usage;
        const tokens = usage
          ? {
              cached: usage.cache_read_input_tokens ?? 0,
              cacheWrite: usage.cache_creation_input_tokens ?? 0,
              prompt:
                usage.input_tokens + (usage.cache_read_input_tokens ?? 0) + (usage.cache_creation_input_tokens ?? 0),
              completion: usage.output_tokens,
            }
          : undefined;
        const cost = costUsd(tokens, call.price);
        return {
          output: text,
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
          ...rateLimitOf(response.headers),
        };
      } catch (error) {
        throw toProviderError(error, errors, redact, baseURL);
      }
    },

    async close() {
      connections.close();
    },
  });
}

/**
 * When a request or token window is used up: `anthropic-ratelimit-*-remaining` at 0 and its
 * `-reset` (an RFC 3339 time), per the Messages API's rate-limit headers.
 */
function rateLimitOf(headers: Headers, now = Date.now()): Pick<ProviderResponse, 'rateLimit'> {
  let resetMs: number | undefined;
  for (const window of ['requests', 'tokens', 'input-tokens', 'output-tokens']) {
    const remaining = headers.get(`anthropic-ratelimit-${window}-remaining`);
    if (remaining === null || Number(remaining) > 0) continue;
    const at = Date.parse(headers.get(`anthropic-ratelimit-${window}-reset`) ?? '');
    if (!Number.isNaN(at)) resetMs = Math.max(resetMs ?? 0, at - now);
  }
  return resetMs === undefined ? {} : { rateLimit: { remaining: 0, resetMs: Math.max(0, resetMs) } };
}
