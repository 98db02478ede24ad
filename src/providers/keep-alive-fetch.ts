import http from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';

/**
 * `fetch` over node:http with a keep-alive agent, for JSON requests. Node's built-in fetch
 * (undici behind WHATWG streams) costs about four times the CPU per request of http.request
 * on loopback, which at a fast model is most of evalgate's own overhead; the openai client
 * accepts a `fetch` of its own for exactly this. A body that is not a string or bytes
 * (streams, form data) goes to the built-in fetch. The answer is read whole and handed
 * back as a BufferedResponse: the part of Response that a JSON client reads.
 */
export function keepAliveFetch(): { fetch: typeof fetch; close(): void } {
  const plainAgent = new http.Agent({ keepAlive: true });
  // TLS loads only for an https URL: a loopback or local model never pays for it
  let tls: Promise<{ request: typeof http.request; agent: HttpsAgent }> | undefined;
  const secure = () =>
    (tls ??= import('node:https').then((https) => ({
      request: https.request,
      agent: new https.Agent({ keepAlive: true }),
    })));
  const close = () => {
    plainAgent.destroy();
    void tls?.then(({ agent }) => agent.destroy());
  };
  const nodeFetch: typeof fetch = (input, init = {}) => {
    const body = init.body;
    // (a Request object is never what the openai client passes; `instanceof Request` would load undici's fetch)
    const plain = typeof input === 'string' || input instanceof URL;
    const url = plain ? new URL(input) : undefined;
    if (
      !url ||
      (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array)) ||
      (url.protocol !== 'http:' && url.protocol !== 'https:')
    ) {
      return fetch(input, init);
    }
    const transport = url.protocol === 'https:' ? secure() : { request: http.request, agent: plainAgent };
    return Promise.resolve(transport).then((client) =>
      send(client, url, init, body as string | Uint8Array | null | undefined),
    );
  };
  return { fetch: nodeFetch, close };
}

function send(
  client: { request: typeof http.request; agent: http.Agent },
  url: URL,
  init: RequestInit,
  body: string | Uint8Array | null | undefined,
): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: init.method ?? 'GET',
        headers: headerRecord(init.headers),
        agent: client.agent,
        signal: init.signal ?? undefined,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', (error) => reject(error));
        response.on('aborted', () =>
          reject(new TypeError('fetch failed', { cause: new Error('the response was cut off') })),
        );
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          const headers: [string, string][] = [];
          for (let i = 0; i < response.rawHeaders.length; i += 2)
            headers.push([response.rawHeaders[i]!, response.rawHeaders[i + 1]!]);
          resolve(
            new BufferedResponse(
              url.href,
              status,
              response.statusMessage ?? '',
              new Headers(headers),
              Buffer.concat(chunks),
            ) as unknown as Response,
          );
        });
      },
    );
    request.on('error', (error) =>
      reject(error.name === 'AbortError' ? error : new TypeError('fetch failed', { cause: error })),
    );
    request.end(body ?? undefined);
  });
}

function headerRecord(headers: RequestInit['headers']): Record<string, string> {
  if (!headers) return {};
  if (headers instanceof Headers) {
    const out: Record<string, string> = {};
    headers.forEach((value, key) => (out[key] = value));
    return out;
  }
  return Array.isArray(headers) ? Object.fromEntries(headers) : { ...(headers as Record<string, string>) };
}

/**
 * A response already read into memory: status, headers, and the body as text, JSON or bytes
 * (`body` is null: nothing here streams). What the openai client reads of a non-streaming
 * Response; test/providers/openai.test.ts runs the client through it.
 */
export class BufferedResponse {
  readonly body = null;
  bodyUsed = false;
  readonly redirected = false;
  readonly type = 'basic';

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: Headers,
    private readonly bytes: Buffer,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.bytes.toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    return this.bytes.buffer.slice(this.bytes.byteOffset, this.bytes.byteOffset + this.bytes.byteLength) as ArrayBuffer;
  }

  clone(): BufferedResponse {
    return new BufferedResponse(this.url, this.status, this.statusText, new Headers(this.headers), this.bytes);
  }
}
