import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import type { CaseRecord } from '../results/run-schema.js';
import type { EmbeddingUse } from '../runner/caller.js';
import type { EmbeddingRecording, Recording } from './replay.js';

/**
 * `--record FILE`: writes what a live run produced, one JSON line per finished case, in
 * the replay provider's format, so the run can be replayed offline (tests, the demo, a
 * PR from a fork without secrets), with the embeddings similarity scorers used. Lines are written as cases finish, so a run stopped by
 * the circuit breaker keeps what it did. Infrastructure errors are not recordings.
 */
export class Recorder {
  private readonly stream: WriteStream;
  private failure: Error | undefined;
  private readonly embedded = new Set<string>();

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.stream = createWriteStream(path, { flags: 'w' });
    this.stream.on('error', (error) => (this.failure = error));
  }

  write(record: CaseRecord): void {
    if (record.error || record.output === null) return;
    const line: Recording = {
      suite: record.suite,
      id: record.id,
      repeat: record.repeat,
      output: record.output,
      ...(record.tool_calls ? { tool_calls: record.tool_calls } : {}),
      ...(record.latency_ms !== null ? { latency_ms: record.latency_ms } : {}),
      ...(record.tokens ? { tokens: record.tokens } : {}),
      ...(record.cost_usd !== null ? { cost_usd: record.cost_usd } : {}),
    };
    this.stream.write(`${JSON.stringify(line)}\n`);
  }

  /** An embedding the run used (similarity), once per model and text, so that replay can embed offline too. */
  writeEmbedding({ model, text, vector }: EmbeddingUse): void {
    const seen = `${model}\u0000${text}`;
    if (this.embedded.has(seen)) return;
    this.embedded.add(seen);
    const line: EmbeddingRecording = { model, text, embedding: vector };
    this.stream.write(`${JSON.stringify(line)}\n`);
  }

  /** Flushes and closes; rejects when the file could not be written. */
  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.stream.end(() => (this.failure ? reject(this.failure) : resolve()));
    });
  }
}
