import type { LoadedConfig, LoadedSuite } from '../config/load.js';
import type { Issue, Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';
import type { Provider } from '../providers/provider.js';
import { Recorder } from '../providers/recorder.js';
import { createProvider } from '../providers/registry.js';
import type { CaseRecord, Run } from '../results/run-schema.js';
import { createCaller, RunControl, type Caller } from './caller.js';
import { ResponseCache, defaultCacheDir } from './cache.js';
import { baselineKey } from './execute.js';
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
export function providerNames(suite: Pick<LoadedSuite, 'provider' | 'scorers'>): string[] {
  const judges = suite.scorers.flatMap((s) =>
    'provider' in s && s.provider !== undefined ? (Array.isArray(s.provider) ? s.provider : [s.provider]) : [],
  );
  return [...new Set([suite.provider, ...judges])];
}

/**
 * The live side of one run: providers behind callers (cache, limits, retries, breaker),
 * the control that stops the run, and the recorder. Opened after planning, so that no
 * provider is built (and no key is read) when the config or a dataset is wrong.
 */
export class ModelSession implements ModelAccess {
  readonly control: RunControl;
  private readonly callers = new Map<string, Caller>();
  private readonly cache: ResponseCache | undefined;
  private recorder: Recorder | undefined;

  constructor(
    private readonly loaded: LoadedConfig,
    private readonly options: SessionOptions = {},
  ) {
    this.control = options.control ?? new RunControl();
    this.cache = options.noCache ? undefined : new ResponseCache(this.cacheDir);
  }

  /** Builds every provider these suites call; a missing key or unreadable file is an input issue. */
  open(suites: readonly Pick<LoadedSuite, 'provider' | 'scorers'>[]): Result<void> {
    const issues: Issue[] = [];
    for (const name of new Set(suites.flatMap(providerNames))) {
      if (this.callers.has(name)) continue;
      const config = this.loaded.config.providers[name];
      if (!config) {
        issues.push({ file: this.loaded.file, message: `no provider named "${name}"` });
        continue;
      }
      const provider = createProvider(name, config, this.loaded.dir);
      if (!provider.ok) issues.push(...provider.issues);
      else
        this.callers.set(
          name,
          createCaller(provider.value, {
            control: this.control,
            cache: this.cache,
            concurrency: this.options.concurrency,
            onEmbedding: (use) => this.recorder?.writeEmbedding(use),
            meter: this.options.meter,
          }),
        );
    }
    if (issues.length) return fail(...issues);
    if (this.options.record) this.recorder = new Recorder(this.options.record);
    return ok(undefined);
  }

  /** Where the response cache (and the Batch API's batch ids) live, even with `--no-cache`. */
  get cacheDir(): string {
    return this.options.cacheDir ?? defaultCacheDir();
  }

  caller(name: string): Caller {
    const caller = this.callers.get(name);
    if (!caller) throw new Error(`bug: provider "${name}" was not opened`);
    return caller;
  }

  /** Model calls in flight now, over every provider (progress shows it while nothing finishes). */
  inFlight(): number {
    let n = 0;
    for (const caller of this.callers.values()) n += caller.limiter.active;
    return n;
  }

  provider(name: string): Provider {
    return this.caller(name).provider;
  }

  /** Called for every finished case: `--record` keeps what the provider answered. */
  finished(record: CaseRecord): void {
    this.recorder?.write(record);
  }

  async close(): Promise<void> {
    this.control.dispose();
    await Promise.all([...this.callers.values()].map((c) => c.provider.close?.()));
    await this.cache?.flush();
    await this.recorder?.close();
  }
}

/** The baseline's outputs of one suite by case and repeat, for llm-judge-pairwise. */
export function baselineOutputs(baseline: Run | null, suite: string): Map<string, string> | undefined {
  if (!baseline) return undefined;
  const outputs = new Map<string, string>();
  for (const r of baseline.cases)
    if (r.suite === suite && r.output !== null && !r.error) outputs.set(baselineKey(r.id, r.repeat), r.output);
  return outputs;
}
