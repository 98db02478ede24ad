import type { Result } from '../core/result.js';
export type Command = {
    command: 'run';
    config: string;
    tier: string;
    suites: string[];
    baseline: string | undefined;
    out: string;
    shard?: {
        index: number;
        count: number;
    };
    noCache: boolean;
    cacheDir?: string;
    record?: string;
    concurrency?: number;
    repeats?: number;
    quiet: boolean;
    /** `--junit FILE`: also write the results as JUnit XML. */
    junit?: string;
} | {
    command: 'calibrate';
    config: string;
    scorer: string;
    suites: string[];
    run?: string;
    out: string;
    noCache: boolean;
    cacheDir?: string;
    concurrency?: number;
} | {
    command: 'compare';
    current: string;
    baseline: string;
    config: string;
    out: string;
    quiet: boolean;
    junit?: string;
} | {
    command: 'validate';
    config: string;
} | {
    command: 'plan';
    config: string;
    baseline?: string;
} | {
    command: 'merge';
    shards: string[];
    out: string;
    config?: string;
    baseline?: string;
    quiet: boolean;
} | {
    command: 'health';
    runs?: string;
    artifacts?: number;
    format: 'md' | 'html' | 'prom' | 'jsonl';
} | {
    command: 'schema';
} | {
    command: 'demo';
    out: string;
    example?: string;
} | {
    command: 'import';
    from: 'promptfoo';
    file: string;
    out: string;
    force: boolean;
} | {
    command: 'init';
    dir: string;
    branch: string;
    forks: boolean;
    actionSha?: string;
    force: boolean;
    health: boolean;
} | {
    command: 'help';
    topic?: Exclude<Command['command'], 'help' | 'version'>;
} | {
    command: 'version';
};
type OptionName = 'config' | 'tier' | 'suite' | 'baseline' | 'out' | 'shard' | 'no-cache' | 'cache-dir' | 'record' | 'scorer' | 'run' | 'concurrency' | 'repeats' | 'quiet' | 'junit' | 'dir' | 'branch' | 'forks' | 'action-sha' | 'force' | 'example' | 'health' | 'runs' | 'artifacts' | 'format';
interface CommandSpec {
    usage: string;
    summary: string;
    options: OptionName[];
    positionals?: boolean;
}
/** Each command's usage line, what it does and the options it takes; `evalgate CMD --help` prints it. */
declare const COMMANDS: Record<Exclude<Command['command'], 'help' | 'version'>, CommandSpec>;
export declare const USAGE: string;
/** One command's usage: its synopsis, what it does and each option. */
export declare function commandUsage(name: keyof typeof COMMANDS): string;
export declare function parseCommand(argv: readonly string[]): Result<Command>;
export {};
