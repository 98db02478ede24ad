/**
 * A pull request against the loopback GitHub server, for running the built action: the PR,
 * a trusted baseline run of `main` with its artifact, the PR's first workflow run for its
 * head commit, the base branch's gate config in the contents API, and a checkout.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll } from 'vitest';
import { COMMENT_MARKER } from '../../src/report/markdown.js';
import type { Run } from '../../src/results/run-schema.js';
import { actionBundle, checkout, pullRequestPayload, runAction, type RunOptions } from './action-harness.js';
import { FORK, REPO, TOKENS, commit, fakeGitHub, workflowRun } from './github-fixture.js';
import { loadOpenApi, type FakeGitHub, type PullState } from './github-server.js';

export const FULL = `${REPO.owner}/${REPO.name}`;
export const BOT = 'github-actions[bot]';
export const OVERRIDE = 'evalgate/override';
const baselineTemplate = JSON.parse(
  readFileSync(new URL('../../fixtures/demo/baseline/run.json', import.meta.url), 'utf8'),
) as Run;
export const runFileFor = (sha: string, edit: (run: Run) => Run = (r) => r) =>
  JSON.stringify(
    edit({ ...baselineTemplate, manifest: { ...baselineTemplate.manifest, git: { sha, ref: 'refs/heads/main' } } }),
  );
/** A forged baseline whose every case failed: against it, any pull request looks like an improvement. */
export const allFailed = (run: Run): Run => ({
  ...run,
  cases: run.cases.map((c) => ({
    ...c,
    output: 'x',
    scores: Object.fromEntries(Object.keys(c.scores).map((k) => [k, { value: 0, pass: false }])),
  })),
});
export const demoConfig = (name: 'pr-fail' | 'pr-pass' | 'main') =>
  readFileSync(new URL(`../../fixtures/demo/gates/${name}.yml`, import.meta.url), 'utf8');

const servers: FakeGitHub[] = [];

/** Registers the hooks that build the bundle once and close every server a test started. */
export function useLoopbackGitHub(): void {
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  beforeAll(async () => {
    loadOpenApi();
    await actionBundle();
  }, 120_000);
}

export interface Scenario {
  server: FakeGitHub;
  pull: PullState;
  workspace: string;
  baselineRun: number | null;
  run(
    options: Partial<RunOptions> & { action?: string; label?: string; sender?: string },
  ): ReturnType<typeof runAction>;
}

export interface ScenarioOptions {
  config?: 'pr-fail' | 'pr-pass';
  files?: string[];
  fork?: boolean;
  labels?: string[];
  baseline?: boolean;
  title?: string;
  /** The PR's edit of the gate config (the checkout holds the edited file). */
  editConfig?: (yaml: string) => string;
  /** The base branch's gate config; by default the unedited config; null: none on the base branch. */
  baseConfig?: string | null;
}

/** A PR that changes the demo's prompt, a trusted baseline on main, and the PR's first workflow run for its head commit. */
export async function scenario(o: ScenarioOptions = {}): Promise<Scenario> {
  const server = fakeGitHub();
  servers.push(server);
  await server.start();
  const headSha = commit();
  const pull: PullState = {
    number: 2,
    title: o.title ?? 'Make answers shorter',
    author: 'contributor',
    head: { sha: headSha, ref: 'changes', repo: o.fork ? FORK : { id: REPO.id, full_name: FULL } },
    base: { ref: 'main', sha: commit() },
    labels: o.labels ?? [],
    files: o.files ?? ['prompts/answer-terse.md', 'gates/evalgate.yml'],
  };
  server.pulls.set(2, pull);
  let baselineRun: number | null = null;
  const main: string[] = [];
  if (o.baseline !== false) {
    const run = workflowRun(server, 'push', 'main', { created_at: '2024-05-01T08:00:00Z' });
    server.addArtifact(run.id, 'evalgate-results', { 'run.json': runFileFor(run.head_sha), 'report.md': '# baseline' });
    baselineRun = run.id;
    main.push(run.head_sha);
  }
  main.push(pull.base.sha);
  server.branches.set('main', main);
  const baseConfig = o.baseConfig === undefined ? demoConfig(o.config ?? 'pr-fail') : o.baseConfig;
  if (baseConfig !== null) server.contents.set('main:gates/evalgate.yml', baseConfig);
  // GitHub created the PR's first run when the head commit was pushed
  workflowRun(server, 'pull_request', 'changes', {
    head_sha: headSha,
    created_at: '2024-05-01T10:00:00Z',
    head_repository: o.fork ? FORK : { id: REPO.id, full_name: FULL },
  });
  const workspace = checkout(o.config ?? 'pr-fail', o.editConfig);
  return {
    server,
    pull,
    workspace,
    baselineRun,
    run: ({ action = 'opened', label, sender, ...rest }) => {
      const payload = pullRequestPayload({
        action,
        number: 2,
        headSha: pull.head.sha,
        baseRef: 'main',
        labels: pull.labels,
        changedFiles: pull.files.length,
        fromFork: o.fork,
        title: pull.title,
        ...(label ? { label } : {}),
      });
      if (sender) payload.sender = { ...(payload.sender as object), login: sender };
      return runAction({
        workspace,
        apiUrl: server.url,
        eventName: 'pull_request',
        payload,
        token: TOKENS.workflow,
        ...rest,
      });
    },
  };
}

/** evalgate's own comments on the PR. */
export const ours = (s: Scenario) =>
  s.server.comments.filter((c) => c.issue === 2 && c.user.login === BOT && c.body.includes(COMMENT_MARKER));
export const readRun = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Run;
