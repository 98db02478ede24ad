import type { LoadedConfig, LoadedSuite } from '../config/load.js';
import type { ProviderConfig } from '../config/schema.js';
import { type EvalCase } from '../dataset/case.js';
import { type PromptTemplate } from '../prompt/messages.js';
import type { Price, ProviderRequest } from '../providers/provider.js';
import { type Estimate } from '../runner/budget.js';
/** One suite of a run, as the estimate needs it. */
export interface SuiteToEstimate {
    config: Pick<LoadedSuite, 'id' | 'provider' | 'scorers' | 'rules'>;
    prompt: PromptTemplate;
    /** The cases the tier runs. */
    cases: readonly EvalCase[];
    /** The cases an adaptive tier may add, counted as if it grew to its max (the worst case). */
    extension: readonly EvalCase[];
    repeats: number;
}
/** Whether the response cache answers a request of a provider; absent (`plan`): nothing is counted as cached. */
export type CacheProbe = (provider: string, request: ProviderRequest) => Promise<boolean>;
/**
 * The run's cost before the first call (README "Budgets"): each case × repeat rendered and its
 * prompt's tokens estimated, the provider's `max_tokens` as its answer (else a default), at the
 * price table's (or the config's) price — half for `batch: true` — and each judge call as the
 * case's prompt and answer plus a rubric. Cached answers cost nothing; judge calls are counted
 * uncached. An estimate: the tokens are not counted by the model's tokenizer.
 */
export declare function estimateRun(loaded: LoadedConfig, suites: readonly SuiteToEstimate[], cached?: CacheProbe): Promise<Estimate>;
/** The price a provider's calls are billed at: its `price`, else the built-in table's; half of it for a suite's calls through the Batch API (judges call live). */
export declare function configuredPrice(provider: ProviderConfig, suiteCall?: boolean): Price | undefined;
