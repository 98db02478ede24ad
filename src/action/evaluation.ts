import type { LoadedConfig } from '../config/load.js';
import type { CheckRunRef } from '../github/check-run.js';
import type { GitHubClient } from '../github/client.js';
import type { PullRequestInfo } from '../github/pull-request.js';
import type { ActionNote } from '../report/action-notes.js';
import type { Run } from '../results/run-schema.js';
import type { Settings } from './settings.js';

export interface Log {
  info(message: string): void;
  warning(message: string): void;
}

/** What every step of the action is handed: the settings, the GitHub client and the log. */
export interface Shell {
  settings: Settings;
  gh: GitHubClient;
  log: Log;
}

/** Where the verdict is reported: the PR (if any), the commit the check run goes on, and whether the token may write. */
export interface Target {
  pr: PullRequestInfo | null;
  headSha: string;
  canWrite: boolean;
  fromFork: boolean;
  /**
   * `pull_request_target`: the workflow and the checkout are the base branch's and the token
   * can write; the pull request's files are read through the API as data, never checked out.
   */
  trusted: boolean;
}

/**
 * What `evaluate` hands to `publish`: the decided Run, where it goes, the check run started
 * for it (or why there is none), and the notes the report shows under it.
 */
export interface Evaluation {
  run: Run;
  target: Target | null;
  check: CheckRunRef | null;
  checkProblem: string | null;
  notes: ActionNote[];
  /** The config the run was judged by, for the names of credential variables to redact. */
  loaded: LoadedConfig | null;
  /** The baseline run it was compared with, for report.html's side-by-side outputs. */
  baseline: Run | null;
  evaluationMs: number;
}

/** The Actions UI link of this workflow run (and attempt). */
export function workflowRunUrl(settings: Settings): string | undefined {
  const r = settings.runner;
  if (!r.runId) return undefined;
  return `${r.serverUrl}/${r.repository}/actions/runs/${r.runId}${r.runAttempt && r.runAttempt > 1 ? `/attempts/${r.runAttempt}` : ''}`;
}

/** Marks evalgate's own check runs, so the trusted stage can tell a job that only shares the check's name. */
export const CHECK_EXTERNAL_ID_PREFIX = 'evalgate:';
export const checkExternalId = (settings: Settings) => `${CHECK_EXTERNAL_ID_PREFIX}${settings.runner.runId ?? 'local'}`;
