import { FakeGitHub, type RunState } from './github-server.js';

/** The repository of the @octokit/webhooks-examples pull_request payloads. */
export const REPO = { owner: 'Codertocat', name: 'Hello-World', id: 186853002 };
export const FORK = { id: 999_001, full_name: 'forker/Hello-World' };

/** Tokens the loopback server knows: the workflow token, a fork PR's read-only one, a person's token. */
export const TOKENS = {
  workflow: 'ghs_loopbackWorkflowToken0123456789',
  readOnly: 'ghs_loopbackReadOnlyToken0123456789',
  personal: 'ghp_loopbackPersonalToken0123456789',
} as const;

export function fakeGitHub(): FakeGitHub {
  return new FakeGitHub({
    repo: REPO,
    roles: { Codertocat: 'admin', maintainer: 'maintain', writer: 'write', triager: 'triage', reader: 'read' },
    tokens: {
      [TOKENS.workflow]: { identity: { kind: 'app', slug: 'github-actions' }, write: true },
      [TOKENS.readOnly]: { identity: { kind: 'app', slug: 'github-actions' }, write: false },
      [TOKENS.personal]: { identity: { kind: 'user', login: 'maintainer' }, write: true },
    },
  });
}

let sha = 0;
/** A distinct 40-hex commit id. */
export function commit(): string {
  return (++sha).toString(16).padStart(8, '0').repeat(5);
}

/** A workflow run of this repository (or of `head`, a fork) on `branch`. */
export function workflowRun(
  gh: FakeGitHub,
  event: string,
  branch: string,
  overrides: Partial<RunState> = {},
): RunState {
  const run: RunState = {
    id: gh.id(),
    name: event === 'pull_request' ? 'evalgate PR' : 'evalgate baseline',
    event,
    status: 'completed',
    conclusion: 'success',
    head_branch: branch,
    head_sha: commit(),
    head_repository: { id: REPO.id, full_name: `${REPO.owner}/${REPO.name}` },
    created_at: '2024-05-01T10:00:00Z',
    path: event === 'pull_request' ? '.github/workflows/evalgate-pr.yml' : '.github/workflows/evalgate-baseline.yml',
    ...overrides,
  };
  gh.runs.push(run);
  return run;
}

/** A run of `branch` whose commit GitHub knows to be on that branch (the compare API says so). */
export function branchRun(gh: FakeGitHub, event: string, branch: string, overrides: Partial<RunState> = {}): RunState {
  const run = workflowRun(gh, event, branch, overrides);
  const commits = gh.branches.get(branch) ?? [];
  gh.branches.set(branch, [...commits, run.head_sha]);
  return run;
}
