import type { BudgetReport } from '../results/run-schema.js';

import { formatUsd as usd } from '../core/format.js';

/**
 * One line on what the run cost against its estimate and budget (README "Budgets"), for every
 * report: `Cost: $0.41 spent of a $2.50 budget (estimated $0.45) · 812 calls (estimated 830) · 200 cached`.
 */
export function describeBudget(budget: BudgetReport): string {
  const { limit, estimate, actual } = budget;
  const estimatedUsd = estimate.usd === null ? 'no estimate: no price' : `estimated ${usd(estimate.usd)}`;
  const parts = [
    `${usd(actual.usd)} spent${limit?.usd != null ? ` of a ${usd(limit.usd)} budget` : ''} (${estimatedUsd}${estimate.unpriced ? `, ${estimate.unpriced} calls unpriced` : ''})`,
    `${actual.calls} model calls${limit?.calls != null ? ` of ${limit.calls}` : ''} (estimated ${estimate.calls}${estimate.adaptive_cases ? `, counting ${estimate.adaptive_cases} adaptive cases at the tier's max` : ''})`,
    `${actual.cached} cached (estimated ${estimate.cached})`,
  ];
  return `Cost: ${parts.join(' · ')}${budget.forced ? ' · started with --force over the estimate' : ''}`;
}
