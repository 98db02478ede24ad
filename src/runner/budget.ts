import type { Budget } from '../config/schema.js';
import type { ChatMessage } from '../prompt/messages.js';
import { costUsd } from '../providers/prices.js';
import type { Price } from '../providers/provider.js';
import type { BudgetReport } from '../results/run-schema.js';
import type { RunControl } from './caller.js';
import { formatUsd } from '../core/format.js';

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
export function budgetFor(budget: Budget | undefined, tier: string, usdFlag?: number): BudgetLimit | null {
  const own = budget?.tiers?.[tier];
  const usd = usdFlag ?? own?.usd ?? budget?.usd ?? null;
  const calls = own?.calls ?? budget?.calls ?? null;
  if (usd === null && calls === null) return null;
  return {
    usd,
    calls,
    usdFrom:
      usdFlag !== undefined ? '--budget-usd' : own?.usd !== undefined ? `budget.tiers.${tier}.usd` : 'budget.usd',
    callsFrom: own?.calls !== undefined ? `budget.tiers.${tier}.calls` : 'budget.calls',
  };
}

/**
 * Tokens of a rendered prompt, estimated without a tokenizer: four characters a token (OpenAI's
 * rule of thumb for English text) plus four a message for the chat format's framing. An
 * estimate, good to about ±30% on English prose; README "Budgets".
 */
export function estimateTokens(messages: readonly Pick<ChatMessage, 'content'>[]): number {
  return messages.reduce((n, m) => n + Math.ceil(m.content.length / 4) + 4, 0);
}

/** Output tokens assumed for a call whose provider sets no `max_tokens`. */
export const DEFAULT_OUTPUT_TOKENS = 256;

/** Rubric and framing a judge adds to the case's prompt and answer, in estimated tokens. */
export const JUDGE_OVERHEAD_TOKENS = 200;

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
export class EstimateTally {
  private usd = 0;
  private calls = 0;
  private cached = 0;
  private unpriced = 0;

  add(call: PlannedCall): void {
    if (call.cached) {
      this.cached++;
      return;
    }
    this.calls++;
    const cost = costUsd({ prompt: call.promptTokens, completion: call.outputTokens }, call.price);
    if (cost === null) this.unpriced++;
    else this.usd += cost;
  }

  result(adaptiveCases: number): Estimate {
    return {
      usd: this.calls > 0 && this.unpriced === this.calls ? null : round(this.usd),
      calls: this.calls,
      cached: this.cached,
      unpriced: this.unpriced,
      adaptive_cases: adaptiveCases,
    };
  }
}

const round = (usd: number) => Math.round(usd * 1e10) / 1e10;

/** Why the estimate is over the limit, or undefined when it fits. */
export function overBudget(estimate: Estimate, limit: BudgetLimit): string | undefined {
  const what = `estimated ${estimate.usd === null ? 'cost unknown' : formatUsd(estimate.usd)} for ${estimate.calls} model calls (${estimate.cached} more cached${estimate.adaptive_cases ? `, an adaptive tier counted at its max: ${estimate.adaptive_cases} extra cases` : ''})`;
  if (limit.usd !== null && estimate.usd !== null && estimate.usd > limit.usd)
    return `${what} is over the budget of ${formatUsd(limit.usd)} (${limit.usdFrom})`;
  if (limit.calls !== null && estimate.calls > limit.calls)
    return `${what} is over the budget of ${limit.calls} calls (${limit.callsFrom})`;
  return undefined;
}

/**
 * Counts what the run spends and stops it at the budget (README "Budgets"): a call is admitted
 * only while the calls so far stay within `calls` and the USD spent is below `usd`. Calls
 * already in flight when the run stops may finish and count, so the actual spend can pass the
 * limit by at most what those calls cost.
 */
export class BudgetMeter {
  private usd = 0;
  private calls = 0;
  private cached = 0;

  constructor(
    readonly limit: BudgetLimit | null,
    private readonly control: RunControl,
    /** How long calls in flight may finish once the budget stops the run (they are paid for). */
    private readonly graceMs = 10_000,
  ) {}

  /** Before a model call that is not served from the cache: false (and the run stopped) when the budget is spent. */
  admit(): boolean {
    const { limit } = this;
    if (limit?.calls != null && this.calls + 1 > limit.calls) {
      this.stop(`${this.calls} model calls made, the budget of ${limit.calls} calls (${limit.callsFrom})`);
      return false;
    }
    if (limit?.usd != null && this.usd >= limit.usd) {
      this.stop(`${formatUsd(this.usd)} spent, the budget of ${formatUsd(limit.usd)} (${limit.usdFrom})`);
      return false;
    }
    this.calls++;
    return true;
  }

  /** What an admitted call cost (null: no usage or no price). */
  spend(usd: number | null): void {
    if (usd !== null) this.usd += usd;
  }

  /** Calls answered by a batch, admitted together (they were estimated and checked before submission). */
  spendBatch(calls: number, usd: number): void {
    this.calls += calls;
    this.usd += usd;
  }

  hit(): void {
    this.cached++;
  }

  actual(): BudgetReport['actual'] {
    return { usd: round(this.usd), calls: this.calls, cached: this.cached };
  }

  private stop(what: string): void {
    this.control.stop(`budget reached: ${what}`, 'budget', this.graceMs);
  }
}
