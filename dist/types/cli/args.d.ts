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
    command: 'schema';
} | {
    command: 'demo';
    out: string;
} | {
    command: 'init';
    dir: string;
    branch: string;
    forks: boolean;
    actionSha?: string;
    force: boolean;
} | {
    command: 'help';
} | {
    command: 'version';
};
export declare const USAGE = "evalgate \u2014 a statistically honest release gate for LLM features\n\nUsage:\n  evalgate run      --config FILE [--tier smoke|full|NAME] [--suite ID]... [--baseline FILE|none]\n                    [--out DIR] [--shard I/N] [--no-cache] [--cache-dir DIR] [--record FILE]\n                    [--concurrency N] [--repeats N] [--quiet]\n  evalgate compare  CURRENT.json BASELINE.json --config FILE [--out DIR]\n  evalgate merge    SHARD.json... --out DIR [--config FILE] [--baseline FILE]\n  evalgate validate --config FILE      check config, datasets and prompts; no model calls\n  evalgate plan     --config FILE [--baseline FILE]   per suite and tier: n and what each rule can detect\n  evalgate calibrate --config FILE --scorer ID [--suite ID] [--run RUN.json] [--out DIR]\n                                       judge vs human labels: Spearman, Cohen's kappa, Krippendorff's alpha\n  evalgate schema                      print the gate YAML's JSON Schema\n  evalgate demo                        run the bundled example offline (no API key)\n  evalgate init     [--dir DIR] [--branch main] [--forks] [--action-sha SHA] [--force]\n                                       scaffold gates/, a dataset, a prompt and the GitHub workflows\n\nExit codes: 0 pass (warn, skipped, overridden), 1 gate failed, 2 bad input, 3 infrastructure failure.";
export declare function parseCommand(argv: readonly string[]): Result<Command>;
