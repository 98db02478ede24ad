import { findPullRequestForHead } from '../github/pull-request.js';
import type { GateEvent } from './event.js';
import type { Shell, Target } from './evaluation.js';

/** The PR and commit this run reports on; null when a workflow_run's PR is no longer open at that commit. */
export async function resolveTarget({ settings, gh, log }: Shell, event: GateEvent): Promise<Target | null> {
  if (event.kind === 'pull_request') {
    log.info(
      `evalgate: pull request #${event.pull.number} (${event.action || event.name}) at ${event.pull.headSha.slice(0, 7)}${event.fromFork ? ` from the fork ${event.pull.headRepository ?? '(deleted)'}` : ''}`,
    );
    const trusted = event.name === 'pull_request_target';
    return {
      pr: event.pull,
      headSha: event.pull.headSha,
      canWrite: trusted || !event.fromFork,
      fromFork: event.fromFork,
      trusted,
    };
  }
  if (event.kind === 'workflow_run') {
    const pr = await findPullRequestForHead(gh, {
      owner: event.headOwner,
      branch: event.headBranch,
      sha: event.headSha,
    });
    if (!pr) return null;
    log.info(
      `evalgate: trusted workflow_run for pull request #${pr.number} at ${event.headSha.slice(0, 7)} from ${event.headRepository}`,
    );
    return {
      pr,
      headSha: event.headSha,
      canWrite: true,
      fromFork: pr.headRepository?.toLowerCase() !== settings.runner.repository.toLowerCase(),
      trusted: true,
    };
  }
  log.info(`evalgate: ${event.name || 'run'} on ${event.ref || 'no ref'} at ${event.sha.slice(0, 7)}`);
  return { pr: null, headSha: event.sha, canWrite: true, fromFork: false, trusted: false };
}
