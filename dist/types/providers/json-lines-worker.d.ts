import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { createInterface as CreateInterface } from 'node:readline';
export declare const STDERR_TAIL = 2000;
export declare const excerpt: (text: string) => string;
export declare const tail: (text: string) => string;
/**
 * Long-lived JSON-lines workers (docs/providers.md, `mode: worker`), one request at a time
 * each; spawned on demand, replaced when they die, hang or break the protocol. `parse` turns
 * an answer line into a value or throws ProviderError: the command provider's answers and a
 * `code` scorer's scores share this machinery.
 */
export declare class WorkerPool<T> {
    private readonly start;
    private readonly createInterface;
    private readonly program;
    private readonly parse;
    private readonly idle;
    private readonly all;
    constructor(start: () => ChildProcessWithoutNullStreams, createInterface: typeof CreateInterface, program: string, parse: (line: string) => T);
    private spawn;
    private kill;
    call(line: string, signal?: AbortSignal): Promise<T>;
    close(): Promise<void>;
}
