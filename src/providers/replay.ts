import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Issue, Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';
import type { ReplayProvider as ReplayConfig } from '../config/schema.js';
import { ProviderError, type Provider, type ProviderRequest, type ProviderResponse } from './provider.js';
import { eachByteLine } from '../core/lines.js';

export const Recording = z.strictObject({
  suite: z.string().optional(),
  id: z.union([z.string(), z.number()]).transform(String),
  repeat: z.number().int().nonnegative().default(0),
  output: z.string(),
  tool_calls: z.array(z.unknown()).optional(),
  latency_ms: z.number().nonnegative().optional(),
  tokens: z.object({ prompt: z.number(), completion: z.number(), total: z.number() }).optional(),
  cost_usd: z.number().nonnegative().optional(),
});
export type Recording = z.output<typeof Recording>;

/** A recorded embedding (`--record` writes one per distinct text and model the run embedded), for the similarity scorer. */
export const EmbeddingRecording = z.strictObject({
  model: z.string().min(1),
  text: z.string(),
  embedding: z.array(z.number()).min(1),
});
export type EmbeddingRecording = z.output<typeof EmbeddingRecording>;

const embeddingKey = (model: string, text: string) => `${model}\u0000${text}`;

const key = (suite: string | undefined, id: string, repeat: number) => `${suite ?? ''}\u0000${id}\u0000${repeat}`;

/** Replays recorded outputs by (suite, case id, repeat): the demo's and the tests' provider, no network. */
export function createReplayProvider(
  name: string,
  config: z.output<typeof ReplayConfig>,
  path: string,
  display: string,
): Result<Provider> {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (error) {
    return fail({
      file: display,
      message: `cannot read the recordings: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    });
  }
  // every line is checked now; a recording is kept as where its line is in the file and parsed
  // again when its case is called, so a large run does not hold a second copy of each output as
  // an object graph (README "Large runs")
  const bytes = file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf ? file.subarray(3) : file;
  const lines = new Map<string, number>();
  const starts: number[] = [];
  const ends: number[] = [];
  const embeddings = new Map<string, number[]>();
  const issues: Issue[] = [];
  eachByteLine(bytes, (from, to, line) => {
    const raw = bytes.toString('utf8', from, to);
    if (!raw.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      issues.push({ file: display, line, message: `invalid JSON: ${(error as Error).message}` });
      return;
    }
    const isEmbedding = typeof json === 'object' && json !== null && 'embedding' in json;
    const parsed = isEmbedding ? EmbeddingRecording.safeParse(json) : Recording.safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      issues.push({ file: display, line, path: first.path.join('.') || undefined, message: first.message });
      return;
    }
    if ('embedding' in parsed.data)
      embeddings.set(embeddingKey(parsed.data.model, parsed.data.text), parsed.data.embedding);
    else {
      lines.set(key(parsed.data.suite, parsed.data.id, parsed.data.repeat), starts.length);
      starts.push(from);
      ends.push(to);
    }
  });
  if (issues.length) return fail(...issues);
  const recording = (index: number | undefined): Recording | undefined => {
    if (index === undefined) return undefined;
    // the same bytes passed Recording's check at load, and the fields a call reads are not transformed
    return JSON.parse(bytes.toString('utf8', starts[index], ends[index])) as Recording;
  };

  return ok({
    name,
    type: 'replay',
    model: config.model,
    concurrency: config.concurrency,
    ...(config.embedding_model ? { embeddingModel: config.embedding_model } : {}),
    async embed({ texts, model }) {
      const vectors = texts.map((text) => {
        const found = embeddings.get(embeddingKey(model, text));
        if (!found) {
          const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
          throw new ProviderError(
            `no recorded embedding by model "${model}" of ${JSON.stringify(shown)} in ${display}`,
            false,
          );
        }
        return found;
      });
      return { vectors, tokens: 0 };
    },
    async call(request: ProviderRequest): Promise<ProviderResponse> {
      const found = recording(
        lines.get(key(request.suite, request.caseId, request.repeat)) ??
          lines.get(key(undefined, request.caseId, request.repeat)),
      );
      if (!found)
        throw new ProviderError(
          `no recording for case "${request.caseId}" repeat ${request.repeat} in ${display}`,
          false,
        );
      return {
        output: found.output,
        toolCalls: found.tool_calls,
        latencyMs: found.latency_ms,
        tokens: found.tokens,
        costUsd: found.cost_usd,
      };
    },
  });
}
