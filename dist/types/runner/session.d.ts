import type { LoadedConfig, LoadedSuite } from '../config/load.js';
import type { Result } from '../core/result.js';
import type { Provider } from '../providers/provider.js';
import type { CaseRecord, Run } from '../results/run-schema.js';
import { RunControl, type Caller } from './caller.js';
import type { BudgetMeter } from './budget.js';
/** How scorers reach a model (llm-judge): by the provider's name in the config, through the runner. */
export interface ModelAccess {
    caller(name: string): Caller;
}
export interface SessionOptions {
    /** Overrides every provider's concurrency (`--concurrency`). */
    concurrency?: number;
    /** `--no-cache` */
    noCache?: boolean;
    /** `--cache-dir`; default defaultCacheDir(). */
    cacheDir?: string;
    /** `--record FILE` */
    record?: string;
    /** The run's control, when the entry point stops runs itself (a signal, a budget); default a new one. */
    control?: RunControl;
    /** Counts what the run spends and stops it at the budget. */
    meter?: BudgetMeter;
}
/** The providers a suite calls: its own and its judges'. */
export declare function providerNames(suite: Pick<LoadedSuite, 'provider' | 'scorers'>): string[];
/**
 * The live side of one run: providers behind callers (cache, limits, retries, breaker),
 * the control that stops the run, and the recorder. Opened after planning, so that no
 * provider is built (and no key is read) when the config or a dataset is wrong.
 */
export declare class ModelSession implements ModelAccess {
    private readonly loaded;
    private readonly options;
    readonly control: RunControl;
    private readonly callers;
    private readonly cache;
    private recorder;
    constructor(loaded: LoadedConfig, options?: SessionOptions);
    /** Builds every provider these suites call; a missing key or unreadable file is an input issue. */
    open(suites: readonly Pick<LoadedSuite, 'provider' | 'scorers'>[]): Result<void>;
    /** Where the response cache (and the Batch API's batch ids) live, even with `--no-cache`. */
    get cacheDir(): string;
    caller(name: string): Caller;
    /** Model calls in flight now, over every provider (progress shows it while nothing finishes). */
    inFlight(): number;
    provider(name: string): Provider;
    /** Called for every finished case: `--record` keeps what the provider answered. */
    finished(record: CaseRecord): void;
    close(): Promise<void>;
}
/** The baseline's outputs of one suite by case and repeat, for llm-judge-pairwise. */
export declare function baselineOutputs(baseline: Run | null, suite: string): Map<string, string> | undefined;
