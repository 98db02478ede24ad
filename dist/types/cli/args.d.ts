import type { Result } from '../core/result.js';
import { type JudgePreset } from '../scorers/llm-judge-presets.js';
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
    /** `--budget-usd N`: replaces the config's USD budget. */
    budgetUsd?: number;
    /** `--force`: start although the estimate is over the budget. */
    force: boolean;
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
    /** Judge this preset's bundled calibration set instead of the suite's labelled cases. */
    preset?: JudgePreset;
} | {
    command: 'compare';
    current: string;
    baseline: string;
    config: string;
    out: string;
    quiet: boolean;
    junit?: string;
} | {
    command: 'contamination';
    config: string;
    suites: string[];
    corpus: string[];
    n?: number;
    threshold?: number;
    json: boolean;
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
    command: 'add-case';
    config: string;
    suite: string;
    from: string;
    ref?: string;
    vars: Record<string, string>;
    expected?: string;
    tags: Record<string, string>;
    severity: 'critical' | 'high' | 'normal' | 'low';
} | {
    command: 'redteam';
    config: string;
    suite: string;
    out?: string;
    seed: number;
    mutations?: string[];
    input?: string;
    force: boolean;
} | {
    command: 'help';
    topic?: Exclude<Command['command'], 'help' | 'version'>;
} | {
    command: 'version';
};
type OptionName = 'config' | 'tier' | 'suite' | 'baseline' | 'out' | 'shard' | 'no-cache' | 'cache-dir' | 'record' | 'scorer' | 'run' | 'concurrency' | 'repeats' | 'quiet' | 'junit' | 'dir' | 'branch' | 'forks' | 'action-sha' | 'force' | 'budget-usd' | 'example' | 'health' | 'runs' | 'artifacts' | 'format' | 'preset' | 'from' | 'ref' | 'var' | 'expected' | 'tag' | 'severity' | 'seed' | 'mutations' | 'input' | 'corpus' | 'n' | 'threshold' | 'json';
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
