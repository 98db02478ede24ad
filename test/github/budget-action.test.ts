// Budgets and the Batch API in the action (README "Budgets", docs/providers.md "OpenAI Batch
// API"): a pull request cannot raise its own budget, nor send its check through the Batch API.
// Run through the bundled action as the Actions runner runs it, against the loopback GitHub server.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Run } from '../../src/results/run-schema.js';
import { actionBundle, checkout, pullRequestPayload, runAction } from '../support/action-harness.js';
import { REPO, TOKENS, branchRun, commit, fakeGitHub, workflowRun } from '../support/github-fixture.js';
import { loadOpenApi, type FakeGitHub } from '../support/github-server.js';

const FULL = `${REPO.owner}/${REPO.name}`;
const baselineRun = JSON.parse(
  readFileSync(new URL('../../fixtures/demo/baseline/run.json', import.meta.url), 'utf8'),
) as Run;

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

beforeAll(async () => {
  loadOpenApi();
  await actionBundle();
}, 120_000);

/** A same-repository PR whose gate config differs from the base branch's only by `edit`. */
async function pullRequest(base: (yaml: string) => string, edit: (yaml: string) => string) {
  const server = fakeGitHub();
  servers.push(server);
  await server.start();
  const headSha = commit();
  server.pulls.set(2, {
    number: 2,
    title: 'Raise the budget',
    author: 'contributor',
    head: { sha: headSha, ref: 'changes', repo: { id: REPO.id, full_name: FULL } },
    base: { ref: 'main', sha: commit() },
    labels: [],
    files: ['gates/evalgate.yml', 'prompts/answer-concise.md'],
  });
  const main = branchRun(server, 'push', 'main', { created_at: '2024-05-01T08:00:00Z' });
  const baseline = {
    ...baselineRun,
    manifest: { ...baselineRun.manifest, git: { sha: main.head_sha, ref: 'refs/heads/main' } },
  };
  server.addArtifact(main.id, 'evalgate-results', { 'run.json': JSON.stringify(baseline), 'report.md': '# baseline' });
  workflowRun(server, 'pull_request', 'changes', { head_sha: headSha, created_at: '2024-05-01T10:00:00Z' });
  const workspace = checkout('pr-pass', base);
  const config = join(workspace, 'gates/evalgate.yml');
  server.contents.set('main:gates/evalgate.yml', readFileSync(config, 'utf8'));
  writeFileSync(config, edit(readFileSync(config, 'utf8')));
  const result = await runAction({
    workspace,
    apiUrl: server.url,
    eventName: 'pull_request',
    payload: pullRequestPayload({ action: 'synchronize', number: 2, headSha, baseRef: 'main', changedFiles: 2 }),
    token: TOKENS.workflow,
  });
  const run = JSON.parse(readFileSync(result.outputs['results-path']!, 'utf8')) as Run;
  return { result, run };
}

const withBudget = (budget: string) => (yaml: string) => yaml.replace(/^overrides:/m, `budget: ${budget}\noverrides:`);

describe('the action holds a pull request to the base branch’s budget', () => {
  test('a PR that raises budget.calls is still refused at the base branch’s budget, before any model call', async () => {
    const { result, run } = await pullRequest(withBudget('{ calls: 50 }'), (yaml) =>
      yaml.replace('budget: { calls: 50 }', 'budget: { calls: 100000 }'),
    );
    expect(result.outputs.verdict, result.stdout).toBe('error');
    expect(run.cases).toHaveLength(0);
    expect(run.decision!.reasons.join('\n')).toMatch(
      /estimated \$0\.\d+ for 200 model calls \(0 more cached\) is over the budget of 50 calls \(budget\.calls\)/,
    );
  }, 60_000);

  test('the base branch’s budget, when it fits, lets the same PR run', async () => {
    const { result, run } = await pullRequest(withBudget('{ calls: 1000 }'), (yaml) =>
      yaml.replace('budget: { calls: 1000 }', 'budget: { calls: 1 }'),
    );
    // the PR lowering its own budget does not count either: the base branch's gate judges
    expect(result.outputs.verdict, result.stdout).not.toBe('error');
    expect(run.incomplete).toBeUndefined();
    expect(run.budget).toMatchObject({ limit: { usd: null, calls: 1000 }, actual: { calls: 200 } });
  }, 60_000);
});

test('the proposed gate of a PR that changes the gate also spends under the base branch’s budget', async () => {
  // the PR grows the smoke sample (a tightening, so its proposed gate is evaluated beside the base's) and raises the budget
  const { result, run } = await pullRequest(withBudget('{ calls: 250 }'), (yaml) =>
    yaml
      .replace('budget: { calls: 250 }', 'budget: { calls: 100000 }')
      .replace('smoke: { sample: 200 }', 'smoke: { sample: 300 }'),
  );
  expect(result.outputs.verdict, result.stdout).not.toBe('error');
  expect(run.budget!.limit).toEqual({ usd: null, calls: 250 });
  expect(result.stdout).toMatch(/evaluating the pull request's proposed gate/);
  expect(readFileSync(join(result.outputs['results-path']!, '..', 'report.md'), 'utf8')).toMatch(
    /proposed gate: \*\*ERROR\*\* — could not evaluate it: .*estimated \$0\.\d+ for 300 model calls \(\d+ more cached\) is over the budget of 250 calls \(budget\.calls\)/,
  );
}, 60_000);

describe('the action refuses the Batch API on pull requests', () => {
  test('a PR whose provider sets batch: true gets verdict error naming providers.default.batch', async () => {
    const { result, run } = await pullRequest(
      (yaml) => yaml,
      (yaml) =>
        yaml.replace(
          /^ {2}default: \{ type: replay.*$/m,
          '  default: { type: openai, model: gpt-4o-mini, api_key_env: null, base_url: "http://127.0.0.1:9/v1", batch: true }',
        ),
    );
    expect(result.outputs.verdict, result.stdout).toBe('error');
    expect(run.cases).toHaveLength(0);
    expect(run.decision!.reasons.join('\n')).toMatch(
      /providers\.default\.batch: the Batch API answers within 24 hours, too late for a pull request's check \(event pull_request\)/,
    );
  }, 60_000);
});
