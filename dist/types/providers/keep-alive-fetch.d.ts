/**
 * `fetch` over node:http with a keep-alive agent, for JSON requests. Node's built-in fetch
 * (undici behind WHATWG streams) costs about four times the CPU per request of http.request
 * on loopback, which at a fast model is most of evalgate's own overhead; the openai client
 * accepts a `fetch` of its own for exactly this. A body that is not a string or bytes
 * (streams, form data) goes to the built-in fetch. The answer is read whole and handed
 * back as a BufferedResponse: the part of Response that a JSON client reads.
 */
export declare function keepAliveFetch(): {
    fetch: typeof fetch;
    close(): void;
};
/**
 * A response already read into memory: status, headers, and the body as text, JSON or bytes
 * (`body` is null: nothing here streams). What the openai client reads of a non-streaming
 * Response; test/providers/openai.test.ts runs the client through it.
 */
export declare class BufferedResponse {
    readonly url: string;
    readonly status: number;
    readonly statusText: string;
    readonly headers: Headers;
    private readonly bytes;
    readonly body: null;
    bodyUsed: boolean;
    readonly redirected = false;
    readonly type = "basic";
    constructor(url: string, status: number, statusText: string, headers: Headers, bytes: Buffer);
    get ok(): boolean;
    text(): Promise<string>;
    json(): Promise<unknown>;
    arrayBuffer(): Promise<ArrayBuffer>;
    clone(): BufferedResponse;
}
