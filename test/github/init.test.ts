// `evalgate init`: the starter gate validates, and the workflows follow the rules zizmor
// checks (pinned actions, least-privilege permissions explained, no template injection,
// no credentials persisted, fork code never checked out; pull_request_target only in the
// fork stage, which checks out nothing of the PR).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { cli } from '../support/workspace.js';

const SHA = 'a'.repeat(40);
type Workflow = {
  on: Record<string, unknown>;
  permissions: unknown;
  jobs: Record<
    string,
    {
      if?: string;
      permissions: Record<string, string>;
      steps: { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }[];
    }
  >;
};

async function scaffold(...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-init-'));
  const result = await cli(['init', '--dir', dir, ...args]);
  return {
    dir,
    ...result,
    read: (f: string) => readFileSync(join(dir, f), 'utf8'),
    workflow: (f: string) => load(readFileSync(join(dir, '.github/workflows', f), 'utf8')) as Workflow,
  };
}

describe('evalgate init', () => {
  test('writes a gate that validates, a dataset, a prompt and the two workflows', async () => {
    const s = await scaffold('--action-sha', SHA);
    expect(s.code, s.err).toBe(0);
    for (const f of [
      'gates/evalgate.yml',
      'datasets/support-qa.jsonl',
      'prompts/support-answer.md',
      '.github/workflows/evalgate-pr.yml',
      '.github/workflows/evalgate-baseline.yml',
    ])
      expect(existsSync(join(s.dir, f)), f).toBe(true);
    expect(existsSync(join(s.dir, '.github/workflows/evalgate-fork.yml'))).toBe(false);
    expect(s.out).toContain('OPENAI_API_KEY');
    const validate = await cli(['validate', '--config', 'gates/evalgate.yml'], s.dir);
    expect(validate.code, validate.err).toBe(0);
    // sized so an unchanged prompt can pass: no rule is beyond what its tier can prove
    expect(validate.err).toBe('');
    const plan = await cli(['plan', '--config', 'gates/evalgate.yml'], s.dir);
    expect(plan.err).toBe('');
    expect(s.read('gates/evalgate.yml')).toContain('baseline: { branch: main, artifact: evalgate-results }');
  });

  test('refuses to run again without --force, says what exists, and brings back no deleted starter file', async () => {
    const s = await scaffold();
    writeFileSync(join(s.dir, 'prompts/support-answer.md'), 'mine');
    rmSync(join(s.dir, 'datasets/support-qa.jsonl'));
    const again = await cli(['init', '--dir', s.dir]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/set up for evalgate already; nothing was written/);
    expect(again.err).toContain('  gates/evalgate.yml\n');
    expect(again.err).toContain('  prompts/support-answer.md\n');
    expect(again.err).not.toContain('datasets/support-qa.jsonl');
    expect(again.err).toMatch(/--force/);
    expect(s.read('prompts/support-answer.md')).toBe('mine');
    expect(existsSync(join(s.dir, 'datasets/support-qa.jsonl'))).toBe(false);

    const forced = await cli(['init', '--dir', s.dir, '--force']);
    expect(forced.code, forced.err).toBe(0);
    expect(forced.out).toMatch(/prompts\/support-answer\.md .*\(overwritten\)/);
    expect(s.read('prompts/support-answer.md')).not.toBe('mine');
  });

  test("the baseline workflow triggers on the suites' paths and the files the gate reads", async () => {
    const s = await scaffold();
    expect(s.workflow('evalgate-baseline.yml').on.push).toMatchObject({
      paths: ['prompts/**', 'datasets/**', 'gates/evalgate.yml'],
    });
  });

  test('--branch names the base branch in the gate and the baseline workflow', async () => {
    const s = await scaffold('--branch', 'trunk');
    expect(s.workflow('evalgate-baseline.yml').on.push).toMatchObject({ branches: ['trunk'] });
    expect(s.read('gates/evalgate.yml')).toContain('branch: trunk');
  });

  test('rejects an action SHA that is not a full commit id', async () => {
    expect((await scaffold('--action-sha', 'v1')).code).toBe(2);
  });
});

describe('the workflows init writes', () => {
  test('pin every action to a full commit SHA and declare least privilege, explained', async () => {
    const s = await scaffold('--forks', '--action-sha', SHA);
    for (const file of ['evalgate-pr.yml', 'evalgate-baseline.yml', 'evalgate-fork.yml']) {
      const text = s.read(`.github/workflows/${file}`);
      const wf = s.workflow(file);
      expect(wf.permissions, file).toEqual({});
      if (file !== 'evalgate-fork.yml') expect(Object.keys(wf.on)).not.toContain('pull_request_target');
      expect(text).not.toMatch(/__[A-Z_]+__/);
      for (const job of Object.values(wf.jobs)) {
        for (const [scope, level] of Object.entries(job.permissions)) {
          expect(['contents', 'actions', 'checks', 'pull-requests']).toContain(scope);
          expect(text, `${file}: ${scope} is explained`).toMatch(new RegExp(`^\\s+${scope}: ${level}\\s+# \\S`, 'm'));
        }
        for (const step of job.steps) {
          if (step.uses) expect(step.uses, file).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
          if (step.uses?.startsWith('actions/checkout@')) {
            expect(step.with).toMatchObject({ 'persist-credentials': false });
            expect(step.with?.ref, 'never checks out PR code').toBeUndefined();
          }
          expect(step.run, 'no shell steps, so no template injection').toBeUndefined();
        }
      }
      for (const [name, value] of Object.entries(wf.jobs).flatMap(([, j]) =>
        j.steps.flatMap((st) => Object.entries(st.env ?? {})),
      ))
        expect(value, name).toMatch(/^\$\{\{ secrets\.[A-Z_]+ \}\}$/);
    }
  });

  test('the PR workflow fails closed on forks by default, and skips them when the fork stage exists', async () => {
    expect((await scaffold()).workflow('evalgate-pr.yml').jobs.gate!.steps[1]!.with).toMatchObject({
      'fork-policy': 'fail-closed',
    });
    const forks = await scaffold('--forks');
    expect(forks.workflow('evalgate-pr.yml').jobs.gate!.steps[1]!.with).toMatchObject({ 'fork-policy': 'skip' });
    const stage = forks.workflow('evalgate-fork.yml');
    // the base branch's own workflow: a fork can neither rename nor skip it
    expect(stage.on).toEqual({ pull_request_target: { types: ['opened', 'synchronize', 'reopened', 'labeled'] } });
    expect(stage.jobs.gate!.if).toContain('github.event.pull_request.head.repo.full_name != github.repository');
    expect(stage.jobs.gate!.steps.find((st) => st.uses?.startsWith('evalgate/'))!.with).toMatchObject({
      'evaluate-label': 'evalgate/evaluate',
    });
    expect(forks.read('.github/workflows/evalgate-fork.yml')).toContain('zizmor: ignore[dangerous-triggers]');
    expect(forks.out).toMatch(/pull_request_target, after a maintainer's evalgate\/evaluate label/);
  });

  test('without --action-sha the workflows say to pin evalgate itself', async () => {
    expect((await scaffold()).read('.github/workflows/evalgate-pr.yml')).toMatch(
      /uses: evalgate\/evalgate@v[\d.]+ # pin to this release's full commit SHA/,
    );
  });
});
