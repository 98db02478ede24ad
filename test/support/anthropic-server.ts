import { startApiServer, wordCount, type ApiRequest, type ApiScripted, type ApiServer } from './loopback-api.js';

/**
 * The Messages API (POST /v1/messages, streaming off) as api.anthropic.com answers it, on
 * 127.0.0.1: text or tool_use content, usage, rate-limit headers, and its error bodies
 * (`{"type": "error", "error": {"type", "message"}}`) for 429 rate_limit_error and
 * 529 overloaded_error. A normal answer echoes the last user message.
 */
export function startAnthropicServer(script?: (request: ApiRequest) => ApiScripted | undefined): Promise<ApiServer> {
  return startApiServer((request, scripted) => {
    if (request.path !== '/v1/messages' || request.method !== 'POST')
      return { status: 404, body: errorBody('not_found_error', `Not found: ${request.method} ${request.path}`) };
    // the API takes the key as x-api-key or as a bearer token (what @anthropic-ai/sdk 1.x sends)
    if (request.headers['x-api-key'] === undefined && !/^Bearer \S/.test(request.headers.authorization ?? ''))
      return { status: 401, body: errorBody('authentication_error', 'x-api-key header is required') };
    if (scripted?.kind === 'status')
      return {
        status: scripted.status,
        body: scripted.body ?? errorBody(errorType(scripted.status), errorMessage(scripted.status)),
        headers: { 'request-id': `req_${request.n}`, ...scripted.headers },
      };
    const body = request.body as { model: string; system?: string; messages: { role: string; content: string }[] };
    const text = scripted?.kind === 'reply' && scripted.text !== undefined ? scripted.text : `echo: ${lastUser(body)}`;
    const toolCalls = scripted?.kind === 'reply' ? scripted.toolCalls : undefined;
    const input =
      wordCount(body.system ?? '') + body.messages.reduce((n, m) => n + wordCount(String(m.content)) + 3, 0);
    const content = [
      ...(text ? [{ type: 'text', text }] : []),
      ...(toolCalls ?? []).map((t, i) => ({
        type: 'tool_use',
        id: `toolu_0${i}abc`,
        name: t.name,
        input: t.arguments,
      })),
    ];
    const output = wordCount(text) + (toolCalls ? 12 : 0);
    const cached = scripted?.kind === 'reply' ? (scripted.cachedTokens ?? 0) : 0;
    return {
      status: 200,
      headers: {
        'request-id': `req_${request.n}`,
        'anthropic-ratelimit-requests-limit': '4000',
        'anthropic-ratelimit-requests-remaining': '3999',
        'anthropic-ratelimit-requests-reset': new Date(Date.now() + 15).toISOString(),
        ...(scripted?.kind === 'reply' ? scripted.headers : {}),
      },
      body: {
        id: `msg_0${request.n}`,
        type: 'message',
        role: 'assistant',
        model: body.model,
        content,
        stop_reason: toolCalls ? 'tool_use' : 'end_turn',
        stop_sequence: null,
        usage: {
          input_tokens: input - cached,
          cache_creation_input_tokens: 0,
          cache_read_input_tokens: cached,
          output_tokens: output,
          service_tier: 'standard',
        },
      },
    };
  }, script);
}

function lastUser(body: { messages: { role: string; content: string }[] }): string {
  return [...body.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
}

const errorBody = (type: string, message: string) => ({ type: 'error', error: { type, message } });

function errorType(status: number): string {
  return (
    { 400: 'invalid_request_error', 401: 'authentication_error', 429: 'rate_limit_error', 529: 'overloaded_error' }[
      status
    ] ?? 'api_error'
  );
}

function errorMessage(status: number): string {
  if (status === 429)
    return 'This request would exceed the rate limit for your organization of 50 requests per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits.';
  if (status === 529) return 'Overloaded';
  if (status === 400) return 'prompt is too long: 210000 tokens > 200000 maximum';
  return 'Internal server error';
}
