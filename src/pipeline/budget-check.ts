import type { LoadedConfig } from '../config/load.js';
import { InputError, type Issue } from '../core/result.js';
import { overBudget, type BudgetLimit, type Estimate } from '../runner/budget.js';
import type { ModelSession } from '../runner/session.js';
import { estimateRun } from './estimate-run.js';
import type { PlannedSuite } from './plan-suites.js';

/**
 * The run's estimate before the first call, and the refusal when it is over the budget
 * (README "Budgets"): an input problem, exit code 2, unless `force`. `over` says why a forced
 * run is over, else undefined.
 */
export async function checkBudget(
  input: { loaded: LoadedConfig; baseline: unknown; repeats?: number; budgetUsd?: number; force?: boolean },
  planned: readonly PlannedSuite[],
  session: ModelSession,
  limit: BudgetLimit | null,
): Promise<{ estimate: Estimate; over: string | undefined }> {
  const estimate = await estimateRun(
    input.loaded,
    planned.map((s) => ({
      config: s.config,
      prompt: s.prompt,
      cases: s.cases,
      // an adaptive tier grows only against a baseline; counted at its max, the worst case
      extension: input.baseline && s.adaptive ? s.adaptive.remaining.slice(0, s.adaptive.max - s.cases.length) : [],
      repeats: input.repeats ?? s.config.repeats,
    })),
    async (name, request) => {
      const caller = session.caller(name);
      const key = caller.keyOf(request);
      return key !== undefined && (await caller.cachedAnswer(key));
    },
  );
  const over = limit ? overBudget(estimate, limit) : undefined;
  if (over && !input.force) {
    await session.close();
    throw new InputError([
      {
        file: input.loaded.file,
        ...(input.budgetUsd === undefined ? input.loaded.locate(['budget']) : {}),
        message: `${over}; sample fewer cases or raise the budget; the CLI's --force starts anyway and still stops at the budget`,
      },
    ]);
  }
  return { estimate, over };
}

/**
 * Where the Batch API may not be used (docs/providers.md, "OpenAI Batch API"): on a tier with
 * `adaptive` (each look waits for the previous one's answers, up to 24 h each) and on a pull
 * request (a reviewer waits for the check).
 */
export function batchIssues(
  loaded: LoadedConfig,
  planned: readonly PlannedSuite[],
  tier: string,
  event: string | null,
): Issue[] {
  const issues: Issue[] = [];
  for (const suite of planned) {
    const name = suite.config.provider;
    const provider = loaded.config.providers[name];
    if (provider?.type !== 'openai' || !provider.batch) continue;
    const at = { file: loaded.file, ...loaded.locate(['providers', name, 'batch']), path: `providers.${name}.batch` };
    if (suite.config.tiers[tier]?.adaptive)
      issues.push({
        ...at,
        message: `suite "${suite.config.id}" runs tier "${tier}", which is adaptive: the Batch API answers within 24 hours, too late for each look; use the batch provider only for tiers without adaptive`,
      });
    else if (event === 'pull_request' || event === 'pull_request_target')
      issues.push({
        ...at,
        message: `the Batch API answers within 24 hours, too late for a pull request's check (event ${event}); use a provider without batch for the tiers pull requests run, and batch: true for the base branch's full runs`,
      });
  }
  return issues;
}
