import type { Budget } from '../config/schema.js';
import type { ChatMessage } from '../prompt/messages.js';
import type { Price } from '../providers/provider.js';
import type { BudgetReport } from '../results/run-schema.js';
import type { RunControl } from './caller.js';
/** What one run may spend; null fields are unlimited. */
export interface BudgetLimit {
    usd: number | null;
    calls: number | null;
    /** Where the limit came from, as the messages name it: `budget.usd`, `budget.tiers.full.calls`, `--budget-usd`. */
    usdFrom: string;
    callsFrom: string;
}
/**
 * The budget a tier runs under (README "Budgets"): the tier's own entry under `budget.tiers`,
 * else the top-level one, field by field; `--budget-usd` replaces the USD limit. Null when
 * nothing limits the run.
 */
export declare function budgetFor(budget: Budget | undefined, tier: string, usdFlag?: number): BudgetLimit | null;
/**
 * Tokens of a rendered prompt, estimated without a tokenizer: four characters a token (OpenAI's
 * rule of thumb for English text) plus four a message for the chat format's framing. An
 * estimate, good to about ±30% on English prose; README "Budgets".
 */
export declare function estimateTokens(messages: readonly Pick<ChatMessage, 'content'>[]): number;
/** Output tokens assumed for a call whose provider sets no `max_tokens`. */
export declare const DEFAULT_OUTPUT_TOKENS = 256;
/** Rubric and framing a judge adds to the case's prompt and answer, in estimated tokens. */
export declare const JUDGE_OVERHEAD_TOKENS = 200;
/** One call the run may make, as the estimate sees it. */
export interface PlannedCall {
    promptTokens: number;
    outputTokens: number;
    /** Undefined: the model has no price, so the call's cost is unknown. */
    price: Price | undefined;
    /** Its answer is in the response cache: no spend. */
    cached: boolean;
}
export type Estimate = BudgetReport['estimate'];
/** Sums planned calls into the run's estimate; pure, fed one call at a time so no list is held. */
export declare class EstimateTally {
    private usd;
    private calls;
    private cached;
    private unpriced;
    add(call: PlannedCall): void;
    result(adaptiveCases: number): Estimate;
}
/** Why the estimate is over the limit, or undefined when it fits. */
export declare function overBudget(estimate: Estimate, limit: BudgetLimit): string | undefined;
/**
 * Counts what the run spends and stops it at the budget (README "Budgets"): a call is admitted
 * only while the calls so far stay within `calls` and the USD spent is below `usd`. Calls
 * already in flight when the run stops may finish and count, so the actual spend can pass the
 * limit by at most what those calls cost.
 */
export declare class BudgetMeter {
    readonly limit: BudgetLimit | null;
    private readonly control;
    /** How long calls in flight may finish once the budget stops the run (they are paid for). */
    private readonly graceMs;
    private usd;
    private calls;
    private cached;
    constructor(limit: BudgetLimit | null, control: RunControl, 
    /** How long calls in flight may finish once the budget stops the run (they are paid for). */
    graceMs?: number);
    /** Before a model call that is not served from the cache: false (and the run stopped) when the budget is spent. */
    admit(): boolean;
    /** What an admitted call cost (null: no usage or no price). */
    spend(usd: number | null): void;
    /** Calls answered by a batch, admitted together (they were estimated and checked before submission). */
    spendBatch(calls: number, usd: number): void;
    hit(): void;
    actual(): BudgetReport['actual'];
    private stop;
}
