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

/** How the Batches endpoint behaves (developers.openai.com/api/reference/resources/batches). */
export interface BatchBehaviour {
  /** Status checks a batch answers before it is finished (validating → in_progress → finalizing → done); default 2. */
  checks?: number;
  /** Stays in_progress whatever is asked, until this is set back to false. */
  hold?: boolean;
  /** How it ends: completed (default); expired (only the first half of the requests ran, the rest `batch_expired` in the error file); failed (no request ran). */
  outcome?: 'completed' | 'expired' | 'failed';
  /** A request line that fails with this HTTP status and message (written to the error file), instead of an answer. */
  lineError?: (body: Record<string, unknown>) => { status: number; message: string } | undefined;
}

/** A file the Files endpoint holds. */
export interface StoredFile {
  id: string;
  purpose: string;
  filename: string;
  text: string;
}

/** A batch as the server keeps it. */
export interface StoredBatch {
  id: string;
  input_file_id: string;
  endpoint: string;
  completion_window: string;
  metadata: Record<string, string> | null;
  checks: number;
  object: Record<string, unknown>;
}

export interface OpenAIServerOptions {
  /** Decides per request; undefined → a normal answer. */
  script?: Script;
  batches?: BatchBehaviour;
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
  files: Map<string, StoredFile>;
  batches: Map<string, StoredBatch>;
  close(): Promise<void>;
}

const words = (text: string) => (text.match(/\S+/g) ?? []).length;

/** Chat Completions and Embeddings as api.openai.com answers them (v1, JSON, streaming off), on 127.0.0.1, scriptable per request. */
export async function startOpenAIServer(options: OpenAIServerOptions = {}): Promise<OpenAIServer> {
  const sockets = new Set<Socket>();
  let inFlight = 0;
  const state: OpenAIServer = {
    url: '',
    requests: [],
    maxInFlight: 0,
    options,
    files: new Map(),
    batches: new Map(),
    close: async () => undefined,
  };

  const server = createServer(async (req, res) => {
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: Record<string, unknown> = {};
    const multipart = /^multipart\/form-data;\s*boundary=(.+)$/i.exec(req.headers['content-type'] ?? '');
    try {
      body = multipart
        ? formFields(Buffer.concat(chunks).toString('utf8'), multipart[1]!.replace(/^"|"$/g, ''))
        : (JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>);
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
    if (seen.path.startsWith('/v1/files') || seen.path.startsWith('/v1/batches')) {
      const answered = batchEndpoints(state, seen);
      if (answered.kind === 'text') {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        return res.end(answered.text);
      }
      return send(res, answered.status, answered.body);
    }
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

/** The fields of a multipart/form-data body (RFC 7578): `file` as its text, with `filename`. */
function formFields(text: string, boundary: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const part of text.split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = part.slice(0, split);
    const name = /name="([^"]*)"/.exec(head)?.[1];
    if (!name) continue;
    fields[name] = part.slice(split + 4).replace(/\r\n$/, '');
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    if (filename) fields.filename = filename;
  }
  if (!('file' in fields) && !('purpose' in fields)) throw new SyntaxError('no form fields');
  return fields;
}

type Answer = { kind: 'json'; status: number; body: unknown } | { kind: 'text'; text: string };

const notFound = (what: string): Answer => ({
  kind: 'json',
  status: 404,
  body: { error: { message: `No such ${what}`, type: 'invalid_request_error', param: null, code: null } },
});
const invalid = (message: string, param: string | null = null): Answer => ({
  kind: 'json',
  status: 400,
  body: { error: { message, type: 'invalid_request_error', param, code: null } },
});
const now = () => Math.floor(Date.now() / 1000);

/** Files (upload, content) and Batches (create, retrieve) as the Batch API answers them. */
function batchEndpoints(state: OpenAIServer, seen: SeenRequest): Answer {
  const { method, path, body } = seen;
  if (method === 'POST' && path === '/v1/files') {
    if (body.purpose !== 'batch') return invalid(`Invalid purpose: ${String(body.purpose)}`, 'purpose');
    if (typeof body.file !== 'string') return invalid("Missing required parameter: 'file'.", 'file');
    return { kind: 'json', status: 200, body: fileObject(storeFile(state, 'batch', String(body.filename), body.file)) };
  }
  const content = /^\/v1\/files\/([^/]+)\/content$/.exec(path);
  if (method === 'GET' && content) {
    const file = state.files.get(content[1]!);
    return file ? { kind: 'text', text: file.text } : notFound('File');
  }
  if (method === 'POST' && path === '/v1/batches') {
    const input = state.files.get(String(body.input_file_id));
    if (!input) return invalid(`No such File object: ${String(body.input_file_id)}`, 'input_file_id');
    if (body.completion_window !== '24h') return invalid('completion_window must be 24h', 'completion_window');
    const batch: StoredBatch = {
      id: `batch_${Math.random().toString(16).slice(2, 14)}`,
      input_file_id: input.id,
      endpoint: String(body.endpoint),
      completion_window: '24h',
      metadata: (body.metadata as Record<string, string> | undefined) ?? null,
      checks: 0,
      object: {},
    };
    const lines = input.text.split('\n').filter((l) => l.trim());
    batch.object = batchObject(batch, 'validating', { total: lines.length, completed: 0, failed: 0 });
    state.batches.set(batch.id, batch);
    return { kind: 'json', status: 200, body: batch.object };
  }
  const retrieve = /^\/v1\/batches\/([^/]+)$/.exec(path);
  if (method === 'GET' && retrieve) {
    const batch = state.batches.get(retrieve[1]!);
    if (!batch) return notFound('batch');
    advance(state, batch);
    return { kind: 'json', status: 200, body: batch.object };
  }
  return notFound(`endpoint ${method} ${path}`);
}

function storeFile(state: OpenAIServer, purpose: string, filename: string, text: string): StoredFile {
  const file = { id: `file-${Math.random().toString(36).slice(2, 14)}`, purpose, filename, text };
  state.files.set(file.id, file);
  return file;
}

function fileObject(file: StoredFile) {
  return {
    id: file.id,
    object: 'file',
    bytes: Buffer.byteLength(file.text),
    created_at: now(),
    expires_at: null,
    filename: file.filename,
    purpose: file.purpose,
    status: 'processed',
    status_details: null,
  };
}

function batchObject(
  batch: StoredBatch,
  status: string,
  counts: { total: number; completed: number; failed: number },
  extra: Record<string, unknown> = {},
) {
  return {
    id: batch.id,
    object: 'batch',
    endpoint: batch.endpoint,
    errors: null,
    input_file_id: batch.input_file_id,
    completion_window: batch.completion_window,
    status,
    output_file_id: null,
    error_file_id: null,
    created_at: now(),
    in_progress_at: status === 'validating' ? null : now(),
    expires_at: now() + 86_400,
    finalizing_at: null,
    completed_at: null,
    failed_at: null,
    expired_at: null,
    cancelling_at: null,
    cancelled_at: null,
    request_counts: counts,
    metadata: batch.metadata,
    ...extra,
  };
}

/** One status check: in_progress and finalizing for `checks` checks, then the outcome with its output and error files. */
function advance(state: OpenAIServer, batch: StoredBatch): void {
  const behaviour = state.options.batches ?? {};
  const status = batch.object.status as string;
  if (['completed', 'failed', 'expired', 'cancelled'].includes(status)) return;
  const lines = state.files
    .get(batch.input_file_id)!
    .text.split('\n')
    .filter((l) => l.trim());
  const total = lines.length;
  const checks = behaviour.checks ?? 2;
  if (behaviour.hold || batch.checks < checks) {
    batch.checks++;
    const done = behaviour.hold ? Math.floor(total / 3) : Math.floor((total * batch.checks) / (checks + 1));
    batch.object = batchObject(batch, batch.checks === checks && !behaviour.hold ? 'finalizing' : 'in_progress', {
      total,
      completed: done,
      failed: 0,
    });
    return;
  }
  const parsed = lines.map(
    (l) => JSON.parse(l) as { custom_id?: unknown; method?: unknown; url?: unknown; body?: Record<string, unknown> },
  );
  const ids = new Set<unknown>();
  const problems = parsed.flatMap((line, i) => {
    const problem =
      typeof line.custom_id !== 'string'
        ? 'custom_id must be a string'
        : ids.has(line.custom_id)
          ? `duplicate custom_id ${line.custom_id}`
          : line.method !== 'POST' || line.url !== batch.endpoint
            ? `method and url must be POST ${batch.endpoint}`
            : typeof line.body?.model !== 'string'
              ? 'body.model is required'
              : undefined;
    ids.add(line.custom_id);
    return problem ? [{ code: 'invalid_request', message: problem, param: null, line: i + 1 }] : [];
  });
  if (behaviour.outcome === 'failed' || problems.length) {
    batch.object = batchObject(
      batch,
      'failed',
      { total, completed: 0, failed: 0 },
      {
        failed_at: now(),
        errors: {
          object: 'list',
          data: problems.length
            ? problems
            : [{ code: 'token_limit_exceeded', message: 'Enqueued token limit reached.', param: null, line: null }],
        },
      },
    );
    return;
  }
  const ran = behaviour.outcome === 'expired' ? Math.ceil(parsed.length / 2) : parsed.length;
  const output: string[] = [];
  const errors: string[] = [];
  parsed.forEach((line, i) => {
    const request_id = `req_${Math.random().toString(16).slice(2)}`;
    const id = `batch_req_${i}`;
    if (i >= ran) {
      errors.push(
        JSON.stringify({
          id,
          custom_id: line.custom_id,
          response: null,
          error: {
            code: 'batch_expired',
            message: 'This request could not be executed before the completion window expired.',
          },
        }),
      );
      return;
    }
    const body = line.body!;
    const failure = behaviour.lineError?.(body);
    if (failure) {
      errors.push(
        JSON.stringify({
          id,
          custom_id: line.custom_id,
          response: {
            status_code: failure.status,
            request_id,
            body: { error: { message: failure.message, type: 'invalid_request_error', param: null, code: null } },
          },
          error: null,
        }),
      );
      return;
    }
    const seen: SeenRequest = { n: -1, inFlight: 0, method: 'POST', path: batch.endpoint, headers: {}, body };
    const content = state.options.reply?.(seen) ?? `echo: ${lastUser(body)}`;
    output.push(
      JSON.stringify({
        id,
        custom_id: line.custom_id,
        response: { status_code: 200, request_id, body: completion(body, content) },
        error: null,
      }),
    );
  });
  const outputFile = output.length
    ? storeFile(state, 'batch_output', 'batch_output.jsonl', `${output.join('\n')}\n`)
    : null;
  const errorFile = errors.length
    ? storeFile(state, 'batch_output', 'batch_errors.jsonl', `${errors.join('\n')}\n`)
    : null;
  const expired = behaviour.outcome === 'expired';
  batch.object = batchObject(
    batch,
    expired ? 'expired' : 'completed',
    { total, completed: output.length, failed: errors.length },
    {
      output_file_id: outputFile?.id ?? null,
      error_file_id: errorFile?.id ?? null,
      ...(expired ? { expired_at: now() } : { completed_at: now() }),
    },
  );
}
