// Issue 9, item 1: an override names the exact head commit it was applied to. The review's
// reproduction: push B, force-push back to A, a maintainer labels A, fast-forward to B; and
// the variant where B was first pushed in an earlier, closed pull request from the same branch.
import { describe, expect, test } from 'vitest';
import { webhookExample } from '../support/action-harness.js';
import { FORK, TOKENS, commit, workflowRun } from '../support/github-fixture.js';
import { FULL, OVERRIDE, readRun, scenario, useLoopbackGitHub, type Scenario } from '../support/pr-scenario.js';

useLoopbackGitHub();

/** The old trusted fork stage: a workflow_run of the PR workflow for the head commit. */
function workflowRunOf(s: Scenario, sha: string) {
  const payload = webhookExample('workflow_run', 'completed');
  const wr = payload.workflow_run as Record<string, unknown>;
  Object.assign(wr, {
    event: 'pull_request',
    conclusion: 'success',
    head_sha: sha,
    head_branch: 'changes',
    head_repository: { ...(wr.head_repository as object), full_name: FORK.full_name, owner: { login: 'forker' } },
    pull_requests: [],
  });
  return s.run({ eventName: 'workflow_run', payload, ref: 'refs/heads/main', runId: 777_000_010 });
}

const successOn = (s: Scenario, sha: string) =>
  s.server.checkRuns.filter((c) => c.head_sha === sha && c.conclusion === 'success');

describe('an override counts only for the head commit it was applied to', () => {
  test('force-push timeline on a fork PR: the label given for A does not carry over to B', async () => {
    // B is the PR's head; its first run was created at 10:00 (the scenario's)
    const s = await scenario({ fork: true, labels: [OVERRIDE] });
    const B = s.pull.head.sha;
    const A = commit();
    // 10:30: force-pushed back to A
    s.server.addEvent(2, 'head_ref_force_pushed', 'forker', '2024-05-01T10:30:00Z');
    workflowRun(s.server, 'pull_request', 'changes', {
      head_sha: A,
      created_at: '2024-05-01T10:30:00Z',
      head_repository: FORK,
    });
    // 11:00: a maintainer reviews A and applies the override label
    s.server.addEvent(2, 'labeled', 'maintainer', '2024-05-01T11:00:00Z', OVERRIDE);
    // 12:00: fast-forwarded to B again (a plain push: no force-push event); the fork's read-only run cannot remove the label
    workflowRun(s.server, 'pull_request', 'changes', {
      head_sha: B,
      created_at: '2024-05-01T12:00:00Z',
      head_repository: FORK,
    });

    const viaWorkflowRun = await workflowRunOf(s, B);
    expect(viaWorkflowRun.outputs.verdict, viaWorkflowRun.stdout).not.toBe('overridden');
    const viaTarget = await s.run({ eventName: 'pull_request_target', action: 'synchronize', runId: 777_000_011 });
    expect(viaTarget.outputs.verdict, viaTarget.stdout).not.toBe('overridden');
    expect(successOn(s, B)).toEqual([]);
  });

  test('variant: B was first pushed in an earlier, closed PR from the same branch; a label for A does not cover it', async () => {
    const s = await scenario({ labels: [OVERRIDE] });
    const B = commit();
    // 09:00: B was pushed to `changes` while PR #1 (since closed) was open
    workflowRun(s.server, 'pull_request', 'changes', {
      head_sha: B,
      created_at: '2024-05-01T09:00:00Z',
      pull_requests: [1],
    });
    s.server.pulls.set(1, { ...s.pull, number: 1, state: 'closed', head: { ...s.pull.head, sha: B } });
    // 11:00: the maintainer overrides A, this PR's head then
    s.server.addEvent(2, 'labeled', 'maintainer', '2024-05-01T11:00:00Z', OVERRIDE);
    const onA = await s.run({ action: 'labeled', label: OVERRIDE });
    expect(onA.outputs.verdict).toBe('overridden');
    // 12:00: the branch moves to B; the label is still on the PR (the synchronize run never removed it)
    s.pull.head.sha = B;
    workflowRun(s.server, 'pull_request', 'changes', { head_sha: B, created_at: '2024-05-01T12:00:00Z' });
    // any later run at B — here an unrelated label — must not rule B overridden
    const onB = await s.run({ action: 'labeled', label: 'documentation', runId: 777_000_012 });
    expect(onB.outputs.verdict, onB.stdout).toBe('fail');
    expect(readRun(onB.outputs['results-path']!).decision?.override).toBeNull();
    expect(successOn(s, B)).toEqual([]);
    expect(onB.summary).toMatch(/Override label "evalgate\/override" is ignored: .*not applied to commit/);
  });

  test('the override names the commit it was applied to', async () => {
    const s = await scenario({ labels: [OVERRIDE] });
    s.server.addEvent(2, 'labeled', 'maintainer', '2024-05-01T11:00:00Z', OVERRIDE);
    const result = await s.run({ action: 'labeled', label: OVERRIDE, token: TOKENS.workflow });
    expect(result.outputs.verdict).toBe('overridden');
    const check = s.server.checkRuns.find((c) => String(c.id) === result.outputs['check-run-id'])!;
    expect(check.head_sha).toBe(s.pull.head.sha);
    expect(result.summary).toContain(`for commit \`${s.pull.head.sha.slice(0, 7)}\``);
    expect(FULL).toBeTruthy();
  });
});
