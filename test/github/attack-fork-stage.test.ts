// Issue 9, items 4 and 6: the trusted stage for fork PRs runs from the base branch's own
// workflow (pull_request_target, no checkout of PR code), evaluates a fork PR only after a
// maintainer applies evalgate/evaluate to its head commit, and evaluates the prompt and
// dataset the PR's suite points to, read through the API as data and confined to the repository.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { webhookExample } from '../support/action-harness.js';
import { FORK } from '../support/github-fixture.js';
import { demoConfig, ours, readRun, scenario, useLoopbackGitHub, type Scenario } from '../support/pr-scenario.js';

useLoopbackGitHub();

const EVALUATE = 'evalgate/evaluate';

/** The PR's files at its head commit, as the contents API serves them. */
function prFiles(s: Scenario, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) s.server.contents.set(`${s.pull.head.sha}:${path}`, text);
}

/** A fork's job that imitates the gate: a green check run of the same name, created by GitHub Actions. */
function imitation(s: Scenario) {
  s.server.checkRuns.push({
    id: s.server.id(),
    name: 'evalgate',
    head_sha: s.pull.head.sha,
    status: 'completed',
    conclusion: 'success',
    output: { title: 'PASS — All gate rules pass' },
    annotations: [],
    app: 'github-actions',
    requests: 1,
  });
}

const target = (s: Scenario, action: string, label?: string, runId = 777_000_030) =>
  s.run({ eventName: 'pull_request_target', action, ...(label ? { label } : {}), runId, ref: 'refs/heads/main' });

describe('the fork stage does not depend on the fork', () => {
  test('fork renames the workflow: the base branch’s stage still reports on the head commit, and notices the imitation', async () => {
    const s = await scenario({ fork: true, files: ['prompts/answer-terse.md'] });
    prFiles(s, {
      'gates/evalgate.yml': demoConfig('pr-fail'),
      'prompts/answer-terse.md': 'From the fork {{question}}',
    });
    imitation(s);
    const opened = await target(s, 'opened');
    expect(opened.outputs['check-run-id'], opened.stdout).not.toBe('');
    const ours1 = s.server.checkRuns.find((c) => String(c.id) === opened.outputs['check-run-id'])!;
    expect(ours1).toMatchObject({ head_sha: s.pull.head.sha, conclusion: 'failure' });
    expect(ours1.output.summary).toMatch(/Not evaluated yet: .*`evalgate\/evaluate` label to its head commit/);
    expect(ours1.output.summary).toMatch(
      /other check run named `evalgate` on this commit was not created by this stage/,
    );
    // nothing of the PR was read before a maintainer asked for it
    expect(s.server.requestsTo('GET', /\/contents\//).filter((r) => r.query.ref === s.pull.head.sha)).toEqual([]);

    s.server.addEvent(2, 'labeled', 'maintainer', '2024-05-01T11:00:00Z', EVALUATE);
    s.pull.labels.push(EVALUATE);
    const labelled = await target(s, 'labeled', EVALUATE, 777_000_031);
    expect(labelled.outputs.verdict, labelled.stdout).toBe('fail');
    // evaluated from a copy outside the checkout; the base branch's file stays as it is
    expect(readFileSync(join(s.workspace, 'prompts/answer-terse.md'), 'utf8')).not.toBe('From the fork {{question}}');
    expect(ours(s)[0]!.body).toMatch(
      /Evaluated the pull request's `prompts\/answer-terse.md` at `\w{7}`, read as data/,
    );
  });

  test('the evaluate label from someone without the permission does not start an evaluation', async () => {
    const s = await scenario({ fork: true });
    s.server.addEvent(2, 'labeled', 'triager', '2024-05-01T11:00:00Z', EVALUATE);
    s.pull.labels.push(EVALUATE);
    const result = await target(s, 'labeled', EVALUATE);
    expect(result.outputs.verdict).toBe('error');
    expect(result.summary).toMatch(/Not evaluated yet/);
    expect(s.server.requestsTo('GET', /\/contents\//).filter((r) => r.query.ref === s.pull.head.sha)).toEqual([]);
  });

  test('first-time contributor’s run awaiting approval: a workflow_run with conclusion action_required starts no evaluation', async () => {
    const s = await scenario({ fork: true, config: 'pr-pass' });
    prFiles(s, { 'prompts/answer-concise.md': 'From the fork {{question}}' });
    const payload = webhookExample('workflow_run', 'completed');
    const wr = payload.workflow_run as Record<string, unknown>;
    Object.assign(wr, {
      event: 'pull_request',
      status: 'completed',
      conclusion: 'action_required',
      head_sha: s.pull.head.sha,
      head_branch: 'changes',
      head_repository: { ...(wr.head_repository as object), full_name: FORK.full_name, owner: { login: 'forker' } },
      pull_requests: [],
    });
    const result = await s.run({ eventName: 'workflow_run', payload, ref: 'refs/heads/main' });
    expect(result.outputs.verdict).not.toBe('pass');
    expect(s.server.checkRuns).toEqual([]);
    expect(s.server.requestsTo('GET', /\/contents\//)).toEqual([]);
    expect(result.stdout).toMatch(/workflow_run does not start an evaluation/);
  });

  test('the prompt a fork PR points its suite to is the one evaluated, with the base branch’s providers and rules', async () => {
    const s = await scenario({ fork: true, files: ['prompts/v2.md', 'gates/evalgate.yml'], labels: [EVALUATE] });
    prFiles(s, {
      'gates/evalgate.yml': demoConfig('pr-fail').replace('../prompts/answer-terse.md', '../prompts/v2.md'),
      'prompts/v2.md': 'Version two {{question}}',
    });
    s.server.addEvent(2, 'labeled', 'maintainer', '2024-05-01T11:00:00Z', EVALUATE);
    const result = await target(s, 'labeled', EVALUATE);
    const run = readRun(result.outputs['results-path']!);
    expect(run.manifest.suites[0]!.prompt).toMatch(/prompts\/v2\.md$/);
    // read as data into a folder of its own, never into the base branch's checkout
    expect(existsSync(join(s.workspace, 'prompts/v2.md'))).toBe(false);
    expect(result.summary).toMatch(/Evaluated the pull request's `prompts\/v2.md`/);
  });

  test('a fork PR that points its prompt at a file the base gate trusts (the replay recordings) cannot replace it', async () => {
    const s = await scenario({ fork: true, files: ['gates/evalgate.yml'], labels: [EVALUATE] });
    const recordings = join(s.workspace, 'recordings/pr-terse.jsonl');
    const before = readFileSync(recordings, 'utf8');
    // forged "model outputs": every case answered with the expected text would turn the gate green
    const forged = before
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.stringify({ ...(JSON.parse(line) as object), output: 'forged' }))
      .join('\n');
    prFiles(s, {
      'gates/evalgate.yml': demoConfig('pr-fail').replace('../prompts/answer-terse.md', '../recordings/pr-terse.jsonl'),
      'recordings/pr-terse.jsonl': forged,
    });
    s.server.addEvent(2, 'labeled', 'maintainer', '2024-05-01T11:00:00Z', EVALUATE);
    const result = await target(s, 'labeled', EVALUATE);
    expect(readFileSync(recordings, 'utf8')).toBe(before);
    const run = readRun(result.outputs['results-path']!);
    expect(run.cases.some((c) => c.output === 'forged')).toBe(false);
  });

  test('a fork PR that deletes the gate config is still evaluated on the prompt it changed', async () => {
    const s = await scenario({ fork: true, labels: [EVALUATE] });
    s.server.contents.delete(`${s.pull.head.sha}:gates/evalgate.yml`);
    prFiles(s, { 'prompts/answer-terse.md': 'From the fork {{question}}' });
    s.server.addEvent(2, 'labeled', 'maintainer', '2024-05-01T11:00:00Z', EVALUATE);
    const result = await target(s, 'labeled', EVALUATE);
    expect(result.summary, result.stdout).toMatch(/Evaluated the pull request's `prompts\/answer-terse.md`/);
  });

  test('results a fork’s own workflow uploaded for its head commit are never re-decided from on the trusted stage', async () => {
    const s = await scenario({ fork: true, labels: [EVALUATE] });
    s.server.addEvent(2, 'labeled', 'maintainer', '2024-05-01T11:00:00Z', EVALUATE);
    const honest = await target(s, 'labeled', EVALUATE);
    expect(honest.outputs.verdict, honest.stdout).toBe('fail');
    // the fork's pull_request run (its own workflow files) uploads that run.json with every score passing
    const forged = readRun(honest.outputs['results-path']!);
    for (const c of forged.cases) for (const score of Object.values(c.scores)) score.pass = true;
    const forkRun = s.server.runs.find((r) => r.event === 'pull_request' && r.head_sha === s.pull.head.sha)!;
    s.server.addArtifact(forkRun.id, 'evalgate-results', {
      'run.json': JSON.stringify(forged),
      'report.md': '# forged',
    });
    s.server.addEvent(2, 'labeled', 'maintainer', '2024-05-01T11:05:00Z', EVALUATE);
    const result = await target(s, 'labeled', EVALUATE, 777_000_032);
    expect(result.stdout).not.toContain('re-deciding from the results of workflow run');
    expect(result.outputs.verdict, result.stdout).toBe('fail');
  });

  test('a PR’s suite path that leaves the repository or is a symbolic link is refused, and nothing is written', async () => {
    for (const [path, setup] of [
      ['../../outside.md', () => undefined],
      [
        '../prompts/link.md',
        (s: Scenario) => s.server.symlinks.set(`${s.pull.head.sha}:prompts/link.md`, 'gates/evalgate.yml'),
      ],
    ] as const) {
      const s = await scenario({ fork: true, labels: [EVALUATE] });
      prFiles(s, { 'gates/evalgate.yml': demoConfig('pr-fail').replace('../prompts/answer-terse.md', path) });
      setup(s);
      s.server.addEvent(2, 'labeled', 'maintainer', '2024-05-01T11:00:00Z', EVALUATE);
      const result = await target(s, 'labeled', EVALUATE);
      expect(result.outputs.verdict, result.stdout).toBe('error');
      expect(result.summary).toMatch(/outside the repository|symbolic link/);
      expect(existsSync(join(s.workspace, 'prompts/link.md'))).toBe(false);
    }
  });
});
