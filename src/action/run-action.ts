import { createGitHubClient } from '../github/client.js';
import { GateJob, type Log } from './gate-job.js';
import { publish, type ActionResult } from './publish.js';
import type { Settings } from './settings.js';

/** event → plan → baseline → evaluate (or re-decide) → report. Never throws for a gate problem: the verdict says it. */
export async function runAction(settings: Settings, log: Log): Promise<ActionResult> {
  const started = performance.now();
  const gh = createGitHubClient({
    token: settings.token,
    apiUrl: settings.runner.apiUrl,
    repository: settings.runner.repository,
  });
  const job = new GateJob(settings, gh, log, new Date().toISOString());
  const run = await job.evaluate().catch((error: unknown) => job.failed(error));
  const result = await publish(job, run);
  log.info(
    `evalgate: ${result.verdict.toUpperCase()} — GitHub API ${gh.stats.requests} request${gh.stats.requests === 1 ? '' : 's'} in ${Math.round(gh.stats.ms)} ms; evaluation ${Math.round(job.evaluationMs)} ms; total ${Math.round(performance.now() - started)} ms`,
  );
  return result;
}
