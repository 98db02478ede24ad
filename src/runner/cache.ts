import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { canonicalJson, sha256 } from '../core/hash.js';
import type { ProviderResponse } from '../providers/provider.js';

/** Bump when the meaning of a cached entry changes; old entries are then never read. */
const CACHE_VERSION = 1;

/** `--cache-dir`, else `EVALGATE_CACHE_DIR`, else `$XDG_CACHE_HOME/evalgate`, else `~/.cache/evalgate`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.EVALGATE_CACHE_DIR) return env.EVALGATE_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'evalgate');
}

/**
 * Content-addressed responses on disk: the key is the hash of everything that determines
 * the answer (provider settings, rendered messages, repeat index), so a changed prompt or
 * model can never be served a stale answer. Entries are written to a unique temporary
 * file and renamed into place, which is atomic on POSIX and Windows filesystems, so
 * concurrent runs (shards, matrix jobs sharing an actions/cache) never see half an entry;
 * two writers of one key write the same content, and the last rename wins.
 */
export class ResponseCache {
  private readonly made = new Set<string>();
  private readonly writing = new Set<Promise<void>>();
  private counter = 0;

  constructor(readonly dir: string) {}

  static key(parts: unknown): string {
    return sha256(canonicalJson({ v: CACHE_VERSION, ...(parts as object) }));
  }

  private path(key: string): { folder: string; file: string } {
    const folder = join(this.dir, key.slice(0, 2));
    return { folder, file: join(folder, `${key.slice(2)}.json`) };
  }

  async get(key: string): Promise<ProviderResponse | undefined> {
    const entry = await this.read(key);
    return typeof entry?.response?.output === 'string' ? entry.response : undefined;
  }

  /** Writes in the background, so the case goes on to scoring; `flush` waits for every write. */
  put(key: string, response: ProviderResponse): void {
    this.enqueue(key, { response });
  }

  /** An embedding, keyed like responses: provider identity, model and the text's hash (docs/metrics.md, `similarity`). */
  async getEmbedding(key: string): Promise<number[] | undefined> {
    const vector = (await this.read(key))?.embedding;
    return Array.isArray(vector) && vector.length > 0 && vector.every((x) => typeof x === 'number')
      ? vector
      : undefined;
  }

  putEmbedding(key: string, vector: number[]): void {
    this.enqueue(key, { embedding: vector });
  }

  private async read(key: string): Promise<{ response?: ProviderResponse; embedding?: unknown } | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.path(key).file, 'utf8')) as {
        v?: number;
        response?: ProviderResponse;
        embedding?: unknown;
      };
      return entry.v === CACHE_VERSION ? entry : undefined;
    } catch {
      // missing, unreadable or corrupt (a disk that filled up): a miss, overwritten by the next put
      return undefined;
    }
  }

  private enqueue(key: string, content: { response: ProviderResponse } | { embedding: number[] }): void {
    const write = this.write(key, content).finally(() => this.writing.delete(write));
    this.writing.add(write);
  }

  async flush(): Promise<void> {
    while (this.writing.size) await Promise.all([...this.writing]);
  }

  private async write(key: string, content: { response: ProviderResponse } | { embedding: number[] }): Promise<void> {
    const { folder, file } = this.path(key);
    const temp = `${file}.${process.pid}.${++this.counter}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      if (!this.made.has(folder)) {
        await mkdir(folder, { recursive: true });
        this.made.add(folder);
      }
      await writeFile(temp, JSON.stringify({ v: CACHE_VERSION, created_at: new Date().toISOString(), ...content }));
      await rename(temp, file);
    } catch {
      // a cache that cannot be written only costs speed on the next run
      await unlink(temp).catch(() => undefined);
    }
  }
}
