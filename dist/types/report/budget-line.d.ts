import type { BudgetReport } from '../results/run-schema.js';
/**
 * One line on what the run cost against its estimate and budget (README "Budgets"), for every
 * report: `Cost: $0.41 spent of a $2.50 budget (estimated $0.45) · 812 calls (estimated 830) · 200 cached`.
 */
export declare function describeBudget(budget: BudgetReport): string;
