import type { OpenAI as OpenAIClient } from 'openai';
import {
  ProviderError,
  type BatchApi,
  type BatchResult,
  type ProviderRequest,
  type ProviderResponse,
} from './provider.js';

/** What the Batch API needs from the openai provider: its client, its request body and its reading of an answer. */
export interface OpenAIBatchParts {
  client(): Promise<OpenAIClient>;
  toError(error: unknown): Promise<ProviderError>;
  body(request: ProviderRequest): OpenAIClient.Chat.ChatCompletionCreateParamsNonStreaming;
  /** A completion's answer, priced at the Batch API's rate. */
  answer(completion: OpenAIClient.Chat.ChatCompletion): ProviderResponse;
  /** The first wait between status checks. */
  pollMs: number;
}

const ENDPOINT = '/v1/chat/completions';
/** The Batch API takes at most this many requests in one input file (developers.openai.com/api/docs/guides/batch). */
const MAX_BATCH_REQUESTS = 50_000;
const FINISHED = new Set(['completed', 'failed', 'expired', 'cancelled']);

/** One line of the batch input file: a Chat Completions request named by `custom_id`. */
function batchLine(customId: string, body: unknown): string {
  return JSON.stringify({ custom_id: customId, method: 'POST', url: ENDPOINT, body });
}

/** One line of a batch output or error file, as the Batch API writes it. */
interface OutputLine {
  custom_id?: string;
  response?: { status_code?: number; body?: unknown } | null;
  error?: { code?: string | null; message?: string | null } | null;
}

/**
 * Sends calls through the OpenAI Batch API (docs/providers.md, "OpenAI Batch API"): one JSONL
 * file of /v1/chat/completions requests uploaded with purpose `batch`, one batch with a 24 h
 * window, polled with a growing wait until it ends, then its output and error files read back
 * by `custom_id`. A batch id given to resume is polled instead of submitting again, unless
 * that batch failed validation or is gone.
 */
export function openAIBatch(parts: OpenAIBatchParts): BatchApi {
  return {
    async run(items, options) {
      if (items.length > MAX_BATCH_REQUESTS)
        throw new ProviderError(
          `${items.length} requests are more than the Batch API takes in one batch (${MAX_BATCH_REQUESTS}); sample fewer cases`,
          false,
        );
      const openai = await parts.client();
      let batch: OpenAIClient.Batches.Batch | undefined;
      try {
        if (options.resume) {
          batch = await openai.batches.retrieve(options.resume).catch(() => undefined);
          if (batch?.status === 'failed' || batch?.status === 'cancelling') batch = undefined;
        }
        if (!batch) {
          const { toFile } = await import('openai');
          const text = `${items.map((item) => batchLine(item.id, parts.body(item.request))).join('\n')}\n`;
          const file = await openai.files.create({
            file: await toFile(Buffer.from(text, 'utf8'), 'evalgate-batch.jsonl', { type: 'application/jsonl' }),
            purpose: 'batch',
          });
          batch = await openai.batches.create({
            input_file_id: file.id,
            endpoint: ENDPOINT,
            completion_window: '24h',
            metadata: { source: 'evalgate' },
          });
          await options.submitted(batch.id);
        }
        let wait = parts.pollMs;
        for (;;) {
          const counts = batch.request_counts;
          options.progress({
            id: batch.id,
            status: batch.status,
            total: counts?.total ?? items.length,
            completed: counts?.completed ?? 0,
            failed: counts?.failed ?? 0,
          });
          if (FINISHED.has(batch.status)) break;
          if (!(await pause(wait, options.signal))) return { stopped: true, id: batch.id } satisfies BatchResult;
          wait = Math.min(wait * 1.5, parts.pollMs * 10);
          try {
            batch = await openai.batches.retrieve(batch.id);
          } catch (error) {
            // a check that fails is tried again at the next wait; only a non-retryable answer ends polling
            if (!(await parts.toError(error)).retryable) throw error;
          }
        }
        return { stopped: false, id: batch.id, answers: await readAnswers(openai, batch, items, parts) };
      } catch (error) {
        if (options.signal.aborted) return { stopped: true, id: batch?.id ?? null };
        throw await parts.toError(error);
      }
    },
  };
}

/** Resolves true after `ms`, or false at once when `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((done) => {
    if (signal.aborted) return done(false);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      done(true);
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      done(false);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}

/** Every item's answer or the reason it has none: the output file, the error file, then the batch's own errors. */
async function readAnswers(
  openai: OpenAIClient,
  batch: OpenAIClient.Batches.Batch,
  items: readonly { id: string }[],
  parts: OpenAIBatchParts,
): Promise<Map<string, ProviderResponse | ProviderError>> {
  const answers = new Map<string, ProviderResponse | ProviderError>();
  for (const fileId of [batch.output_file_id, batch.error_file_id]) {
    if (!fileId) continue;
    const text = await (await openai.files.content(fileId)).text();
    for (const raw of text.split('\n')) {
      if (!raw.trim()) continue;
      let line: OutputLine;
      try {
        line = JSON.parse(raw) as OutputLine;
      } catch {
        continue; // a torn line names no request; its request is reported missing below
      }
      if (line.custom_id !== undefined) answers.set(line.custom_id, answerOf(line, parts));
    }
  }
  const failure =
    batch.status === 'failed'
      ? `the batch ${batch.id} failed: ${(batch.errors?.data ?? []).map((e) => e.message ?? e.code).join('; ') || 'no reason given'}`
      : `the batch ${batch.id} ended ${batch.status} without an answer for this request`;
  for (const item of items) if (!answers.has(item.id)) answers.set(item.id, new ProviderError(failure, false));
  return answers;
}

function answerOf(line: OutputLine, parts: OpenAIBatchParts): ProviderResponse | ProviderError {
  if (line.error)
    return new ProviderError(`batch request failed: ${line.error.code ?? 'error'}: ${line.error.message ?? ''}`, false);
  const status = line.response?.status_code;
  if (status !== 200) {
    const message = (line.response?.body as { error?: { message?: string } } | undefined)?.error?.message;
    return new ProviderError(
      `batch request failed: HTTP ${status ?? '?'}: ${message ?? 'no message'}`,
      false,
      undefined,
      status,
    );
  }
  try {
    return parts.answer(line.response!.body as OpenAIClient.Chat.ChatCompletion);
  } catch (error) {
    return error instanceof ProviderError ? error : new ProviderError((error as Error).message, false);
  }
}
