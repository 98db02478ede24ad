import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request a loopback API server received, as the test sees it. */
export interface ApiRequest {
  n: number;
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

/** What a loopback API server does with one request instead of answering normally. */
export type ApiScripted =
  | {
      kind: 'reply';
      text?: string;
      toolCalls?: { name: string; arguments: Record<string, unknown> }[];
      headers?: Record<string, string>;
      /** Of the prompt's tokens, this many were read from the prompt cache. */
      cachedTokens?: number;
    }
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'hang' }
  | { kind: 'reset' };

export interface ApiServer {
  url: string;
  requests: ApiRequest[];
  close(): Promise<void>;
}

export type ApiHandler = (
  request: ApiRequest,
  scripted: ApiScripted | undefined,
) => { status: number; body: unknown; headers?: Record<string, string> };

/**
 * An HTTP JSON API on 127.0.0.1 whose answers `handler` shapes and `script` overrides per
 * request: the common part of the Anthropic and Gemini loopback servers.
 */
export async function startApiServer(
  handler: ApiHandler,
  script?: (request: ApiRequest) => ApiScripted | undefined,
): Promise<ApiServer & { port: number }> {
  const sockets = new Set<Socket>();
  const requests: ApiRequest[] = [];
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    } catch {
      body = { unparsed: true };
    }
    const seen: ApiRequest = {
      n: requests.length,
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      body,
    };
    requests.push(seen);
    const scripted = script?.(seen);
    if (scripted?.kind === 'hang') return;
    if (scripted?.kind === 'reset') return req.socket.destroy();
    const answer = handler(seen, scripted);
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export const wordCount = (text: string) => (text.match(/\S+/g) ?? []).length;
