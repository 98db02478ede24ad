import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { createInterface as CreateInterface } from 'node:readline';
import { ProviderError } from './provider.js';

export const STDERR_TAIL = 2000;

export const excerpt = (text: string) => JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text);
export const tail = (text: string) => (text.length > STDERR_TAIL ? `…${text.slice(-STDERR_TAIL)}` : text).trim();

interface Worker<T> {
  child: ChildProcessWithoutNullStreams;
  stderr: string;
  pending?: { resolve: (r: T) => void; reject: (e: Error) => void };
  dead: boolean;
}

/**
 * Long-lived JSON-lines workers (docs/providers.md, `mode: worker`), one request at a time
 * each; spawned on demand, replaced when they die, hang or break the protocol. `parse` turns
 * an answer line into a value or throws ProviderError: the command provider's answers and a
 * `code` scorer's scores share this machinery.
 */
export class WorkerPool<T> {
  private readonly idle: Worker<T>[] = [];
  private readonly all = new Set<Worker<T>>();

  constructor(
    private readonly start: () => ChildProcessWithoutNullStreams,
    private readonly createInterface: typeof CreateInterface,
    private readonly program: string,
    private readonly parse: (line: string) => T,
  ) {}

  private spawn(): Worker<T> {
    const worker: Worker<T> = { child: this.start(), stderr: '', dead: false };
    this.all.add(worker);
    const lines = this.createInterface({ input: worker.child.stdout, crlfDelay: Infinity });
    lines.on('line', (line) => {
      if (!line.trim()) return;
      const pending = worker.pending;
      worker.pending = undefined;
      if (!pending) return this.kill(worker, `${this.program} printed a line nobody asked for: ${excerpt(line)}`);
      try {
        pending.resolve(this.parse(line));
        this.idle.push(worker);
      } catch (error) {
        pending.reject(error as Error);
        // a worker that breaks the protocol cannot be trusted with the next case
        this.kill(worker);
      }
    });
    worker.child.stderr.on('data', (chunk: Buffer) => {
      worker.stderr = (worker.stderr + chunk.toString('utf8')).slice(-STDERR_TAIL * 2);
    });
    worker.child.stdin.on('error', () => undefined);
    worker.child.on('error', (error) => this.kill(worker, `cannot start ${this.program}: ${error.message}`));
    worker.child.on('close', (code, sig) =>
      this.kill(
        worker,
        `the worker ${this.program} exited with ${sig ? `signal ${sig}` : `code ${code}`}${worker.stderr.trim() ? `: ${tail(worker.stderr)}` : ''}`,
      ),
    );
    return worker;
  }

  private kill(worker: Worker<T>, reason?: string): void {
    if (!worker.dead) {
      worker.dead = true;
      this.all.delete(worker);
      const i = this.idle.indexOf(worker);
      if (i >= 0) this.idle.splice(i, 1);
      worker.child.kill('SIGKILL');
    }
    const pending = worker.pending;
    worker.pending = undefined;
    pending?.reject(new ProviderError(reason ?? `the worker ${this.program} was stopped`, true));
  }

  call(line: string, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(new ProviderError('aborted', true));
    const worker = this.idle.pop() ?? this.spawn();
    return new Promise((resolve, reject) => {
      const onAbort = () => this.kill(worker, `the worker ${this.program} was stopped (it did not answer in time)`);
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.pending = {
        resolve: (r) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(r);
        },
        reject: (e) => {
          signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
      };
      worker.child.stdin.write(line);
    });
  }

  async close(): Promise<void> {
    const closing = [...this.all].map(
      (worker) =>
        new Promise<void>((done) => {
          const timer = setTimeout(() => {
            worker.child.kill('SIGKILL');
            done();
          }, 2000);
          worker.child.once('close', () => {
            clearTimeout(timer);
            done();
          });
          worker.child.stdin.end();
        }),
    );
    await Promise.all(closing);
  }
}
