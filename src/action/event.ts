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
      /** The trusted second stage for fork PRs: a workflow_run of the PR workflow, with secrets and a write token. */
      kind: 'workflow_run';
      name: string;
      headSha: string;
      headBranch: string;
      headOwner: string;
      headRepository: string;
      triggeringEvent: string;
      /** The PR workflow run's conclusion: `action_required` while a first-time contributor's run awaits approval. */
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
  workflow_run?: {
    event?: string;
    conclusion?: string | null;
    head_sha?: string;
    head_branch?: string;
    head_repository?: { full_name?: string; owner?: { login?: string } };
  };
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
  if (
    name === 'workflow_run' &&
    wr?.event === 'pull_request' &&
    wr.head_sha &&
    wr.head_branch &&
    wr.head_repository?.full_name
  ) {
    return {
      kind: 'workflow_run',
      name,
      headSha: wr.head_sha,
      headBranch: wr.head_branch,
      headRepository: wr.head_repository.full_name,
      headOwner: wr.head_repository.owner?.login ?? wr.head_repository.full_name.split('/')[0]!,
      triggeringEvent: wr.event,
      conclusion: wr.conclusion ?? null,
    };
  }
  const branch = runner.ref.startsWith('refs/heads/') ? runner.ref.slice('refs/heads/'.length) : null;
  return { kind: 'branch', name, sha: runner.sha, ref: runner.ref, branch };
}
