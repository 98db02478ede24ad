import type { LoadedConfig } from '../config/load.js';
import { type Issue } from '../core/result.js';
import { type BudgetLimit, type Estimate } from '../runner/budget.js';
import type { ModelSession } from '../runner/session.js';
import type { PlannedSuite } from './plan-suites.js';
/**
 * The run's estimate before the first call, and the refusal when it is over the budget
 * (README "Budgets"): an input problem, exit code 2, unless `force`. `over` says why a forced
 * run is over, else undefined.
 */
export declare function checkBudget(input: {
    loaded: LoadedConfig;
    baseline: unknown;
    repeats?: number;
    budgetUsd?: number;
    force?: boolean;
}, planned: readonly PlannedSuite[], session: ModelSession, limit: BudgetLimit | null): Promise<{
    estimate: Estimate;
    over: string | undefined;
}>;
/**
 * Where the Batch API may not be used (docs/providers.md, "OpenAI Batch API"): on a tier with
 * `adaptive` (each look waits for the previous one's answers, up to 24 h each) and on a pull
 * request (a reviewer waits for the check).
 */
export declare function batchIssues(loaded: LoadedConfig, planned: readonly PlannedSuite[], tier: string, event: string | null): Issue[];
