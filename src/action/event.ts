import { readFileSync } from 'node:fs';
import { toPullRequestInfo, type PullJson, type PullRequestInfo } from '../github/pull-request.js';
import type { RunnerEnvironment } from './settings.js';

/** The triggering event, reduced to what decides evalgate's behaviour. */
export type GateEvent =
  | {
      kind: 'pull_request';
      name: string;
      /** opened, synchronize, labeled, unlabeled, … */
      action: string;
      /** On labeled/unlabeled: the label, as the event recorded it. */
      label: string | null;
      pull: PullRequestInfo;
      /** The head branch lives in another repository: the token is read-only and there are no secrets. */
      fromFork: boolean;
    }
  | {
      /**
       * A workflow_run: evalgate's former fork stage. It never starts an evaluation — a fork can rename the
       * workflow it follows, and a run awaiting approval completes as action_required (docs/github-action.md).
       */
      kind: 'workflow_run';
      name: string;
      /** The event of the run it follows. */
      triggeringEvent: string | null;
      conclusion: string | null;
    }
  | { kind: 'branch'; name: string; sha: string; ref: string; branch: string | null };

interface PullRequestPayload {
  action?: string;
  label?: { name?: string };
  pull_request?: PullJson;
  repository?: { full_name?: string };
}

interface WorkflowRunPayload {
  workflow_run?: { event?: string; conclusion?: string | null };
}

export function readEvent(runner: RunnerEnvironment): GateEvent {
  let payload: Record<string, unknown> = {};
  if (runner.eventPath) {
    try {
      payload = JSON.parse(readFileSync(runner.eventPath, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`cannot read the event payload ${runner.eventPath}: ${(error as Error).message}`);
    }
  }
  return parseEvent(runner, payload);
}

export function parseEvent(runner: RunnerEnvironment, payload: Record<string, unknown>): GateEvent {
  const name = runner.eventName;
  const pr = (payload as PullRequestPayload).pull_request;
  if ((name === 'pull_request' || name === 'pull_request_target') && pr) {
    const pull = toPullRequestInfo(pr);
    const base = (payload as PullRequestPayload).repository?.full_name ?? runner.repository;
    return {
      kind: 'pull_request',
      name,
      action: String((payload as PullRequestPayload).action ?? ''),
      label: (payload as PullRequestPayload).label?.name ?? null,
      pull,
      fromFork: pull.headRepository?.toLowerCase() !== base.toLowerCase(),
    };
  }
  const wr = (payload as WorkflowRunPayload).workflow_run;
  if (name === 'workflow_run')
    return { kind: 'workflow_run', name, triggeringEvent: wr?.event ?? null, conclusion: wr?.conclusion ?? null };
  const branch = runner.ref.startsWith('refs/heads/') ? runner.ref.slice('refs/heads/'.length) : null;
  return { kind: 'branch', name, sha: runner.sha, ref: runner.ref, branch };
}
