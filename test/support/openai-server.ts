import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request the server received, as the test sees it. */
export interface SeenRequest {
  n: number;
  /** Requests in flight when this one arrived, itself included. */
  inFlight: number;
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

/** What to do with one request instead of answering normally. */
export type Scripted =
  | {
      kind: 'reply';
      content?: string;
      toolCalls?: { name: string; arguments: string }[];
      headers?: Record<string, string>;
      delayMs?: number;
    }
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number }
  | { kind: 'raw'; status?: number; text: string; delayMs?: number }
  | { kind: 'hang' }
  | { kind: 'reset' };

export type Script = (request: SeenRequest) => Scripted | undefined;

export interface OpenAIServerOptions {
  /** Decides per request; undefined → a normal answer. */
  script?: Script;
  /** The assistant's text for a normal answer; default `echo: <last user message>`. */
  reply?: (request: SeenRequest) => string;
  /** Wait this long before every answer. */
  latencyMs?: number;
}

export interface OpenAIServer {
  /** The base URL to give the client: http://127.0.0.1:PORT/v1 */
  url: string;
  requests: SeenRequest[];
  /** Most requests in flight at once. */
  maxInFlight: number;
  options: OpenAIServerOptions;
  close(): Promise<void>;
}

const words = (text: string) => (text.match(/\S+/g) ?? []).length;

/** Chat Completions and Embeddings as api.openai.com answers them (v1, JSON, streaming off), on 127.0.0.1, scriptable per request. */
export async function startOpenAIServer(options: OpenAIServerOptions = {}): Promise<OpenAIServer> {
  const sockets = new Set<Socket>();
  let inFlight = 0;
  const state: OpenAIServer = { url: '', requests: [], maxInFlight: 0, options, close: async () => undefined };

  const server = createServer(async (req, res) => {
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    } catch {
      return send(res, 400, {
        error: {
          message: 'We could not parse the JSON body of your request.',
          type: 'invalid_request_error',
          param: null,
          code: null,
        },
      });
    }
    const seen: SeenRequest = {
      n: state.requests.length,
      inFlight,
      method: req.method ?? '',
      path: (req.url ?? '').split('?')[0]!,
      headers: req.headers,
      body,
    };
    state.requests.push(seen);
    const scripted = state.options.script?.(seen);
    if (scripted?.kind === 'hang') return;
    if (scripted?.kind === 'reset') return req.socket.destroy();
    const delay = (scripted && 'delayMs' in scripted ? scripted.delayMs : undefined) ?? state.options.latencyMs ?? 0;
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    if (res.destroyed) return;
    if (scripted?.kind === 'status')
      return send(res, scripted.status, scripted.body ?? errorBody(scripted.status), scripted.headers);
    if (scripted?.kind === 'raw') {
      res.writeHead(scripted.status ?? 200, { 'content-type': 'application/json' });
      return res.end(scripted.text);
    }
    if (seen.path === '/v1/embeddings') return send(res, 200, embeddings(body));
    if (seen.path !== '/v1/chat/completions')
      return send(res, 404, {
        error: {
          message: `Invalid URL (${req.method} ${req.url})`,
          type: 'invalid_request_error',
          param: null,
          code: null,
        },
      });
    const content =
      scripted?.kind === 'reply' && scripted.content !== undefined
        ? scripted.content
        : (state.options.reply?.(seen) ?? `echo: ${lastUser(body)}`);
    send(res, 200, completion(body, content, scripted?.kind === 'reply' ? scripted.toolCalls : undefined), {
      'x-ratelimit-limit-requests': '10000',
      'x-ratelimit-remaining-requests': '9999',
      'x-ratelimit-reset-requests': '6ms',
      ...(scripted?.kind === 'reply' ? scripted.headers : {}),
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return state;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'openai-processing-ms': '12',
    'x-request-id': `req_${Math.random().toString(16).slice(2)}`,
    ...headers,
  });
  res.end(JSON.stringify(body));
}

export function lastUser(body: Record<string, unknown>): string {
  const messages = (body.messages ?? []) as { role: string; content: string }[];
  return [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
}

function errorBody(status: number): unknown {
  if (status === 429)
    return {
      error: {
        message:
          'Rate limit reached for gpt-4o-mini in organization org-test on requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in 120ms.',
        type: 'requests',
        param: null,
        code: 'rate_limit_exceeded',
      },
    };
  if (status === 401)
    return {
      error: {
        message:
          'Incorrect API key provided: sk-test-*********************1234. You can find your API key at https://platform.openai.com/account/api-keys.',
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_api_key',
      },
    };
  if (status === 400)
    return {
      error: {
        message: "This model's maximum context length is 128000 tokens.",
        type: 'invalid_request_error',
        param: 'messages',
        code: 'context_length_exceeded',
      },
    };
  return {
    error: {
      message: 'The server had an error while processing your request. Sorry about that!',
      type: 'server_error',
      param: null,
      code: null,
    },
  };
}

function completion(body: Record<string, unknown>, content: string, toolCalls?: { name: string; arguments: string }[]) {
  const prompt = ((body.messages ?? []) as { content: string }[]).reduce((n, m) => n + words(m.content) + 4, 0);
  const completionTokens = words(content) + (toolCalls ? 10 : 0);
  return {
    id: `chatcmpl-${Math.random().toString(36).slice(2, 12)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: `${String(body.model)}-2024-07-18`,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: toolCalls ? null : content,
          refusal: null,
          annotations: [],
          ...(toolCalls
            ? { tool_calls: toolCalls.map((t, i) => ({ id: `call_${i}abc`, type: 'function', function: t })) }
            : {}),
        },
        logprobs: null,
        finish_reason: toolCalls ? 'tool_calls' : 'stop',
      },
    ],
    usage: {
      prompt_tokens: prompt,
      completion_tokens: completionTokens,
      total_tokens: prompt + completionTokens,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: 0,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    },
    service_tier: 'default',
    system_fingerprint: 'fp_0ba0d124f1',
  };
}

function embeddings(body: Record<string, unknown>) {
  const input = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
  // a deterministic 8-dimensional vector per text: letter frequencies folded, then normalised
  const embed = (text: string) => {
    const v = new Array<number>(8).fill(0);
    for (const ch of text.toLowerCase()) v[ch.charCodeAt(0) % 8]! += 1;
    const norm = Math.hypot(...v) || 1;
    return v.map((x) => x / norm);
  };
  const tokens = input.reduce((n, t) => n + words(t), 0);
  return {
    object: 'list',
    // answered out of order on purpose: clients must sort by index
    data: input.map((t, index) => ({ object: 'embedding', index, embedding: embed(t) })).reverse(),
    model: String(body.model),
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  };
}
