import { createGitHubClient } from '../github/client.js';
import { evaluate } from './evaluate.js';
import type { Log } from './evaluation.js';
import { publish, type ActionResult } from './publish.js';
import type { Settings } from './settings.js';

/** evaluate (event → plan → baseline → evaluate or re-decide) → publish. Never throws for a gate problem: the verdict says it. */
export async function runAction(settings: Settings, log: Log): Promise<ActionResult> {
  const started = performance.now();
  const gh = createGitHubClient({
    token: settings.token,
    apiUrl: settings.runner.apiUrl,
    repository: settings.runner.repository,
  });
  const evaluation = await evaluate(settings, gh, log);
  const result = await publish(evaluation, { settings, gh, log });
  log.info(
    `evalgate: ${result.verdict.toUpperCase()} — GitHub API ${gh.stats.requests} request${gh.stats.requests === 1 ? '' : 's'} in ${Math.round(gh.stats.ms)} ms; evaluation ${Math.round(evaluation.evaluationMs)} ms; total ${Math.round(performance.now() - started)} ms`,
  );
  return result;
}
