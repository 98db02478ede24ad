import type { z } from 'zod';
import type { HttpProvider as HttpConfig } from '../config/schema.js';
import type { Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';
import { render } from '../prompt/template.js';
import { parseRetryAfter } from './backoff.js';
import { getPath, parseJsonPath, type JsonPath } from './json-path.js';
import { keepAliveFetch } from './keep-alive-fetch.js';
import { callSettings, ProviderError, type Provider, type ProviderRequest, type ProviderResponse } from './provider.js';

type Config = z.output<typeof HttpConfig>;

const WHOLE_PLACEHOLDER = /^\s*\{\{\s*([A-Za-z_][\w.]*)\s*\}\}\s*$/;

/**
 * POSTs a JSON body rendered from the case to the user's own endpoint and picks the answer
 * out of the JSON response by a path. Header values may name environment variables as
 * `${NAME}` (a bearer token); they are read once, and never appear in a message.
 */
export function createHttpProvider(
  name: string,
  config: Config,
  env: NodeJS.ProcessEnv = process.env,
): Result<Provider> {
  const secrets: string[] = [];
  const missing = new Set<string>();
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  for (const [header, template] of Object.entries(config.headers)) {
    headers[header.toLowerCase()] = template.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, variable: string) => {
      const value = env[variable];
      if (value === undefined || value === '') missing.add(variable);
      else secrets.push(value);
      return value ?? '';
    });
  }
  if (missing.size)
    return fail({
      file: '(environment)',
      message: `provider "${name}" uses ${[...missing].join(', ')} in its headers, which ${missing.size === 1 ? 'is' : 'are'} not set`,
    });
  const paths: Record<'output' | 'tool_calls' | 'usage', JsonPath | undefined> = {
    output: undefined,
    tool_calls: undefined,
    usage: undefined,
  };
  for (const key of ['output', 'tool_calls', 'usage'] as const) {
    const text = config[key];
    if (text === undefined) continue;
    const path = parseJsonPath(text);
    if (!path)
      return fail({
        file: '(config)',
        path: `providers.${name}.${key}`,
        message: `not a JSON path: ${JSON.stringify(text)}; write it like choices[0].message.content`,
      });
    paths[key] = path;
  }
  const redact = (text: string) => secrets.reduce((t, s) => t.split(s).join('***'), text);
  const connections = keepAliveFetch();

  return ok({
    name,
    type: 'http',
    model: config.model,
    ...callSettings(config),
    cacheIdentity: {
      type: 'http',
      url: config.url,
      method: config.method,
      body: config.body,
      output: config.output,
      model: config.model,
    },

    async call(request: ProviderRequest): Promise<ProviderResponse> {
      const body = JSON.stringify(renderBody(config.body, bodyContext(request)));
      let response: Response;
      try {
        response = await connections.fetch(config.url, {
          method: config.method,
          headers,
          body,
          signal: request.signal,
        });
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new ProviderError(
          redact(`cannot reach ${config.url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`),
          true,
        );
      }
      const text = await response.text().catch((error: Error) => {
        throw new ProviderError(`the response from ${config.url} broke off: ${error.message}`, true);
      });
      if (!response.ok) {
        const status = response.status;
        const retryable = status === 408 || status === 409 || status === 429 || status >= 500;
        throw new ProviderError(
          redact(`HTTP ${status} from ${config.url}: ${text.slice(0, 300)}`),
          retryable,
          parseRetryAfter((h) => response.headers.get(h)),
          status,
        );
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new ProviderError(
          `${config.url} answered with malformed JSON: ${JSON.stringify(text.slice(0, 200))}`,
          true,
        );
      }
      const output = getPath(json, paths.output!);
      if (output === undefined || output === null)
        throw new ProviderError(`the response from ${config.url} has no value at ${config.output}`, false);
      const toolCalls = paths.tool_calls ? getPath(json, paths.tool_calls) : undefined;
      const usage = paths.usage
        ? (getPath(json, paths.usage) as
            { prompt_tokens?: number; completion_tokens?: number; total_tokens?: number } | undefined)
        : undefined;
      const tokens =
        usage && typeof usage.prompt_tokens === 'number' && typeof usage.completion_tokens === 'number'
          ? {
              prompt: usage.prompt_tokens,
              completion: usage.completion_tokens,
              total: usage.total_tokens ?? usage.prompt_tokens + usage.completion_tokens,
            }
          : undefined;
      return {
        output: typeof output === 'string' ? output : JSON.stringify(output),
        ...(Array.isArray(toolCalls) ? { toolCalls } : {}),
        ...(tokens ? { tokens } : {}),
      };
    },

    async close() {
      connections.close();
    },
  });
}

function bodyContext(request: ProviderRequest): Record<string, unknown> {
  const vars = request.vars ?? {};
  const lastUser = [...request.messages].reverse().find((m) => m.role === 'user');
  return {
    ...vars,
    vars,
    messages: request.messages,
    prompt: lastUser?.content ?? '',
    id: request.caseId,
    repeat: request.repeat,
    suite: request.suite,
  };
}

/** Renders every string in the body template; a string that is exactly one placeholder keeps the value's JSON type (`"{{messages}}"` → an array). */
export function renderBody(template: unknown, context: Record<string, unknown>): unknown {
  if (typeof template === 'string') {
    const whole = WHOLE_PLACEHOLDER.exec(template);
    if (whole) {
      const value = whole[1]!
        .split('.')
        .reduce<unknown>(
          (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
          context,
        );
      return value === undefined ? null : value;
    }
    return render(template, context);
  }
  if (Array.isArray(template)) return template.map((t) => renderBody(t, context));
  if (template && typeof template === 'object')
    return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, renderBody(v, context)]));
  return template;
}
