import type { ProviderResponse } from '../providers/provider.js';
/** `--cache-dir`, else `EVALGATE_CACHE_DIR`, else `$XDG_CACHE_HOME/evalgate`, else `~/.cache/evalgate`. */
export declare function defaultCacheDir(env?: NodeJS.ProcessEnv): string;
/**
 * Content-addressed responses on disk: the key is the hash of everything that determines
 * the answer (provider settings, rendered messages, repeat index), so a changed prompt or
 * model can never be served a stale answer. Entries are written to a unique temporary
 * file and renamed into place, which is atomic on POSIX and Windows filesystems, so
 * concurrent runs (shards, matrix jobs sharing an actions/cache) never see half an entry;
 * two writers of one key write the same content, and the last rename wins.
 */
export declare class ResponseCache {
    readonly dir: string;
    private readonly made;
    private readonly writing;
    private counter;
    constructor(dir: string);
    static key(parts: unknown): string;
    private path;
    get(key: string): Promise<ProviderResponse | undefined>;
    /** Writes in the background, so the case goes on to scoring; `flush` waits for every write. */
    put(key: string, response: ProviderResponse): void;
    /** An embedding, keyed like responses: provider identity, model and the text's hash (docs/metrics.md, `similarity`). */
    getEmbedding(key: string): Promise<number[] | undefined>;
    putEmbedding(key: string, vector: number[]): void;
    private read;
    private enqueue;
    flush(): Promise<void>;
    private write;
}
