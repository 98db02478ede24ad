import type { GateEvent } from './event.js';
import type { Shell, Target } from './evaluation.js';

/** The PR and commit this run reports on. A workflow_run reports on nothing: it does not start an evaluation. */
export function resolveTarget({ log }: Shell, event: GateEvent): Target | null {
  if (event.kind === 'workflow_run') return null;
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
  log.info(`evalgate: ${event.name || 'run'} on ${event.ref || 'no ref'} at ${event.sha.slice(0, 7)}`);
  return { pr: null, headSha: event.sha, canWrite: true, fromFork: false, trusted: false };
}
