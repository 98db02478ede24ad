import { startApiServer, wordCount, type ApiRequest, type ApiScripted, type ApiServer } from './loopback-api.js';

/**
 * The Gemini API's generateContent (POST /v1beta/models/MODEL:generateContent) as
 * generativelanguage.googleapis.com answers it, on 127.0.0.1: text or functionCall parts,
 * usageMetadata, and google.rpc.Status error bodies (429 RESOURCE_EXHAUSTED with a RetryInfo
 * retryDelay, 503 UNAVAILABLE). A normal answer echoes the last user turn.
 */
export function startGeminiServer(script?: (request: ApiRequest) => ApiScripted | undefined): Promise<ApiServer> {
  return startApiServer((request, scripted) => {
    const match = /^\/v1beta\/models\/([^/:?]+):generateContent$/.exec(request.path);
    if (!match || request.method !== 'POST')
      return { status: 404, body: status(404, 'NOT_FOUND', `Method not found: ${request.path}`) };
    if (request.headers['x-goog-api-key'] === undefined)
      return {
        status: 403,
        body: status(
          403,
          'PERMISSION_DENIED',
          "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
        ),
      };
    if (scripted?.kind === 'status')
      return { status: scripted.status, body: scripted.body ?? errorBody(scripted.status), headers: scripted.headers };
    const body = request.body as {
      contents: { role: string; parts: { text?: string }[] }[];
      systemInstruction?: { parts: { text: string }[] };
    };
    const lastUser = [...body.contents].reverse().find((c) => c.role === 'user')?.parts[0]?.text ?? '';
    const text = scripted?.kind === 'reply' && scripted.text !== undefined ? scripted.text : `echo: ${lastUser}`;
    const toolCalls = scripted?.kind === 'reply' ? scripted.toolCalls : undefined;
    const prompt =
      body.contents.reduce((n, c) => n + c.parts.reduce((k, p) => k + wordCount(p.text ?? ''), 0) + 2, 0) +
      (body.systemInstruction?.parts ?? []).reduce((n, p) => n + wordCount(p.text), 0);
    const candidates = wordCount(text) + (toolCalls ? 8 : 0);
    return {
      status: 200,
      body: {
        candidates: [
          {
            content: {
              parts: [
                ...(text ? [{ text }] : []),
                ...(toolCalls ?? []).map((t) => ({ functionCall: { name: t.name, args: t.arguments } })),
              ],
              role: 'model',
            },
            finishReason: 'STOP',
            index: 0,
          },
        ],
        usageMetadata: {
          promptTokenCount: prompt,
          candidatesTokenCount: candidates,
          totalTokenCount: prompt + candidates,
          promptTokensDetails: [{ modality: 'TEXT', tokenCount: prompt }],
        },
        modelVersion: match[1],
        responseId: `resp-${request.n}`,
      },
    };
  }, script);
}

const status = (code: number, state: string, message: string, details?: unknown[]) => ({
  error: { code, message, status: state, ...(details ? { details } : {}) },
});

function errorBody(code: number): unknown {
  if (code === 429)
    return status(
      429,
      'RESOURCE_EXHAUSTED',
      'You exceeded your current quota, please check your plan and billing details.',
      [
        {
          '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
          violations: [{ quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests' }],
        },
        { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '1s' },
      ],
    );
  if (code === 503) return status(503, 'UNAVAILABLE', 'The model is overloaded. Please try again later.');
  if (code === 400) return status(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.');
  return status(500, 'INTERNAL', 'An internal error has occurred.');
}
