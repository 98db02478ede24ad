// Issue 9, item 5: a baseline comes only from a push or schedule run of the base branch whose
// commit is on that branch (the compare API says so) and from the named baseline workflow.
import { describe, expect, test } from 'vitest';
import { commit, workflowRun } from '../support/github-fixture.js';
import { allFailed, ours, readRun, runFileFor, scenario, useLoopbackGitHub } from '../support/pr-scenario.js';

useLoopbackGitHub();

describe('which runs can be the baseline', () => {
  test('a push of a tag named like the base branch is not taken: its commit is not on the branch', async () => {
    const s = await scenario();
    // `git tag main <commit> && git push origin refs/tags/main`: GitHub reports head_branch "main"
    const tag = workflowRun(s.server, 'push', 'main', { created_at: '2024-05-01T09:00:00Z', head_sha: commit() });
    s.server.addArtifact(tag.id, 'evalgate-results', { 'run.json': runFileFor(tag.head_sha, allFailed) });
    const result = await s.run({});
    const run = readRun(result.outputs['results-path']!);
    const real = s.server.runs.find((r) => r.id === s.baselineRun)!.head_sha;
    expect(run.decision?.comparisons['support-qa']?.baseline?.git_sha).toBe(real);
    expect(result.stdout).toMatch(/is not on main/);
  });

  test('a run of another workflow file is not taken, even on the branch', async () => {
    const s = await scenario();
    const sha = commit();
    s.server.branches.get('main')!.push(sha);
    const other = workflowRun(s.server, 'push', 'main', {
      created_at: '2024-05-01T09:00:00Z',
      head_sha: sha,
      path: '.github/workflows/anything.yml',
    });
    s.server.addArtifact(other.id, 'evalgate-results', { 'run.json': runFileFor(sha, allFailed) });
    const result = await s.run({});
    const run = readRun(result.outputs['results-path']!);
    expect(run.decision?.comparisons['support-qa']?.baseline?.git_sha).toBe(
      s.server.runs.find((r) => r.id === s.baselineRun)!.head_sha,
    );
    expect(result.stdout).toMatch(
      /ran \.github\/workflows\/anything\.yml, not \.github\/workflows\/evalgate-baseline\.yml/,
    );
  });

  test('newer baseline runs that were cancelled (an older baseline made to win) are named in the report', async () => {
    const s = await scenario();
    for (const at of ['2024-05-01T09:00:00Z', '2024-05-01T09:30:00Z'])
      workflowRun(s.server, 'push', 'main', {
        created_at: at,
        conclusion: 'cancelled',
        run_number: at.includes('09:30') ? 42 : 41,
      });
    // a cancelled run of another workflow says nothing about the baseline
    workflowRun(s.server, 'push', 'main', {
      created_at: '2024-05-01T09:45:00Z',
      conclusion: 'cancelled',
      path: '.github/workflows/anything.yml',
    });
    const result = await s.run({});
    const run = readRun(result.outputs['results-path']!);
    expect(run.decision?.comparisons['support-qa']?.baseline?.git_sha).toBe(
      s.server.runs.find((r) => r.id === s.baselineRun)!.head_sha,
    );
    expect(ours(s)[0]!.body).toMatch(
      /2 newer runs of the baseline workflow on the base branch were cancelled \(newest: \[#42\]/,
    );
  });
});
