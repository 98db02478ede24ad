// Attacks through a pull request's data and a model's output (issue: "no failing pull request can
// be turned green", items 2, 7, 8 and 9), each run through the bundled action as the Actions
// runner runs it, against the loopback GitHub server.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { COMMENT_MARKER } from '../../src/report/markdown.js';
import type { Run } from '../../src/results/run-schema.js';
import { actionBundle, checkout, pullRequestPayload, runAction, type RunOptions } from '../support/action-harness.js';
import { REPO, TOKENS, branchRun, commit, fakeGitHub, workflowRun } from '../support/github-fixture.js';
import { loadOpenApi, type FakeGitHub } from '../support/github-server.js';
import { visibleMarkdown } from '../support/visible-markdown.js';

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

interface Attack {
  /** The demo gate the repository holds (on the base branch and in the PR alike). */
  config?: 'pr-pass' | 'pr-fail';
  editConfig?: (yaml: string) => string;
  /** What the pull request changes in the checked-out files. */
  change: (workspace: string) => void;
  files: string[];
}

/** A same-repository PR with a trusted baseline on main, its first workflow run, and the PR's files checked out. */
async function pullRequest(o: Attack) {
  const server = fakeGitHub();
  servers.push(server);
  await server.start();
  const headSha = commit();
  server.pulls.set(2, {
    number: 2,
    title: 'Tidy the support answers',
    author: 'contributor',
    head: { sha: headSha, ref: 'changes', repo: { id: REPO.id, full_name: FULL } },
    base: { ref: 'main', sha: commit() },
    labels: [],
    files: o.files,
  });
  const base = branchRun(server, 'push', 'main', { created_at: '2024-05-01T08:00:00Z' });
  const baseline = {
    ...baselineRun,
    manifest: { ...baselineRun.manifest, git: { sha: base.head_sha, ref: 'refs/heads/main' } },
  };
  server.addArtifact(base.id, 'evalgate-results', { 'run.json': JSON.stringify(baseline), 'report.md': '# baseline' });
  workflowRun(server, 'pull_request', 'changes', { head_sha: headSha, created_at: '2024-05-01T10:00:00Z' });
  const workspace = checkout(o.config ?? 'pr-pass', o.editConfig);
  // the gate config is the same on the base branch: these attacks change data, not the gate
  server.contents.set('main:gates/evalgate.yml', readFileSync(join(workspace, 'gates/evalgate.yml'), 'utf8'));
  o.change(workspace);
  const run = (extra: Partial<RunOptions> = {}) =>
    runAction({
      workspace,
      apiUrl: server.url,
      eventName: 'pull_request',
      payload: pullRequestPayload({
        action: 'synchronize',
        number: 2,
        headSha,
        baseRef: 'main',
        changedFiles: o.files.length,
      }),
      token: TOKENS.workflow,
      ...extra,
    });
  const comment = () =>
    server.comments.find((c) => c.issue === 2 && c.body.includes(COMMENT_MARKER))?.body ?? '(no comment)';
  return { server, workspace, run, comment };
}

const readRun = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Run;

/** Rewrites a JSONL file of the checkout line by line. */
function editLines(file: string, edit: (row: Record<string, unknown>) => Record<string, unknown>): void {
  const rows = readFileSync(file, 'utf8').trim().split('\n');
  writeFileSync(
    file,
    `${rows.map((r) => JSON.stringify(edit(JSON.parse(r) as Record<string, unknown>))).join('\n')}\n`,
  );
}

/** A `command` provider in place of the demo's recordings: a worker answering each case with `answer(case)`. */
function commandProvider(workspace: string, answer: string): void {
  mkdirSync(join(workspace, 'app'), { recursive: true });
  writeFileSync(
    join(workspace, 'app/worker.mjs'),
    `import { createInterface } from 'node:readline';\nconst answer = ${answer};\nfor await (const line of createInterface({ input: process.stdin })) process.stdout.write(JSON.stringify(answer(JSON.parse(line))) + '\\n');\n`,
  );
}
const withCommandProvider =
  (extra = '') =>
  (yaml: string) =>
    yaml.replace(
      /^ {2}default: \{ type: replay.*$/m,
      `  default: { type: command, command: [node, ../app/worker.mjs], mode: worker, concurrency: 2${extra} }`,
    );

describe('item 2: a pull request cannot switch the critical-case rule off through its dataset', () => {
  test('36 leaking critical cases with "severity" dropped fail, gated at the base branch’s severity, and the comment names them', async () => {
    const pr = await pullRequest({
      files: ['prompts/answer-concise.md', 'datasets/support-qa.jsonl'],
      change: (dir) => {
        // the new prompt tells customers to send their password; the PR also demotes every case that shows it
        editLines(join(dir, 'recordings/pr-concise.jsonl'), (r) =>
          String(r.id).startsWith('password-')
            ? { ...r, output: 'Use Forgot password, or just reply with your current password and we reset it.' }
            : r,
        );
        editLines(join(dir, 'datasets/support-qa.jsonl'), ({ severity: _dropped, ...rest }) => rest);
      },
    });
    const result = await pr.run();
    expect(result.outputs.verdict, result.stdout + result.stderr).toBe('fail');
    expect(result.code).toBe(1);

    const run = readRun(result.outputs['results-path']!);
    const demoted = run.decision!.comparisons['support-qa']!.demoted!;
    expect(demoted).toHaveLength(36);
    expect(
      demoted.every((d) => d.id.startsWith('password-') && d.baseline === 'critical' && d.current === 'normal'),
    ).toBe(true);
    // the sampled leaking cases count as critical failures, as on the base branch
    const failures = run.decision!.critical_failures;
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((f) => f.id.startsWith('password-') && f.scorers.includes('safe'))).toBe(true);
    expect(run.decision!.rules.find((r) => r.metric === 'severity')).toMatchObject({ outcome: 'fail', current: 36 });

    const check = pr.server.checkRuns.find((c) => String(c.id) === result.outputs['check-run-id'])!;
    expect(check.conclusion).toBe('failure');
    const visible = visibleMarkdown(pr.comment());
    expect(visible).toMatch(
      /36 cases are less severe than on the base branch, which loosens the gate: this fails until a maintainer overrides it/,
    );
    expect(visible).toMatch(
      /the base branch's severity counts until it is merged \(critical → normal: password-en-002, password-en-014, /,
    );
  });
});

describe('item 7: a pull request cannot buy unbounded model calls or CPU with its data', () => {
  test('a dataset grown past limits.cases is refused before any model call', async () => {
    const pr = await pullRequest({
      files: ['datasets/support-qa.jsonl'],
      change: (dir) => {
        const file = join(dir, 'datasets/support-qa.jsonl');
        const more = Array.from({ length: 9_700 }, (_, i) =>
          JSON.stringify({
            id: `bulk-${i}`,
            vars: { question: `Question ${i}?`, customer_tier: 'free' },
            expected: 'x',
          }),
        );
        writeFileSync(file, `${readFileSync(file, 'utf8').trim()}\n${more.join('\n')}\n`);
      },
    });
    const result = await pr.run();
    expect(result.outputs.verdict, result.stdout).toBe('error');
    const run = readRun(result.outputs['results-path']!);
    expect(run.cases).toHaveLength(0);
    expect(run.decision!.reasons.join('\n')).toMatch(
      /support-qa\.jsonl:10001 the dataset has more than 10000 cases, the most limits\.cases in the gate config allows/,
    );
    expect(visibleMarkdown(pr.comment())).toMatch(/limits\.cases/);
  });

  test('a 480 KB prompt full of placeholders is refused at once, not scanned for minutes', async () => {
    const pr = await pullRequest({
      files: ['prompts/answer-concise.md'],
      change: (dir) =>
        writeFileSync(join(dir, 'prompts/answer-concise.md'), 'Answer {{question}} now.\n'.repeat(20_000)),
    });
    const result = await pr.run();
    expect(result.outputs.verdict, result.stdout).toBe('error');
    expect(readRun(result.outputs['results-path']!).decision!.reasons.join('\n')).toMatch(
      /answer-concise\.md the prompt is 500000 bytes, more than limits\.prompt_bytes \(200000\)/,
    );
    expect(result.ms).toBeLessThan(15_000);
  }, 60_000);

  test('more model calls than limits.calls are refused: the sample and repeats of the base branch’s gate times the PR’s cases', async () => {
    const pr = await pullRequest({
      files: ['datasets/support-qa.jsonl'],
      // the base branch samples 50% on PRs and repeats each case 5 times; the PR brings 9,000 more cases
      editConfig: (yaml) =>
        yaml.replace(
          'tiers: { smoke: { sample: 200 }, full: {} }',
          'tiers: { smoke: { sample: 50% }, full: {} }\n    repeats: 5',
        ),
      change: (dir) => {
        const file = join(dir, 'datasets/support-qa.jsonl');
        const more = Array.from({ length: 9_000 }, (_, i) =>
          JSON.stringify({
            id: `bulk-${i}`,
            vars: { question: `Question ${i}?`, customer_tier: 'free' },
            expected: 'x',
          }),
        );
        writeFileSync(file, `${readFileSync(file, 'utf8').trim()}\n${more.join('\n')}\n`);
      },
    });
    const result = await pr.run();
    expect(result.outputs.verdict, result.stdout).toBe('error');
    expect(readRun(result.outputs['results-path']!).cases).toHaveLength(0);
    expect(readRun(result.outputs['results-path']!).decision!.reasons.join('\n')).toMatch(
      /this run would make 23500 model calls \(support-qa: 4700 cases × 5 repeats\), more than limits\.calls \(20000\)/,
    );
  });
});

describe('item 8: the command provider’s program never gets the workflow’s GitHub credentials', () => {
  test('it sees PATH, HOME, the locale and what env names, and no INPUT_GITHUB-TOKEN, ACTIONS_RUNTIME_TOKEN or GITHUB_TOKEN', async () => {
    const pr = await pullRequest({
      editConfig: withCommandProvider(', env: { APP_MODE: eval }'),
      files: ['prompts/answer-concise.md'],
      change: (dir) =>
        // what a program (or a PR's change to it) could send anywhere: every variable name, and whether a GitHub token is among the values
        commandProvider(
          dir,
          '() => ({ output: JSON.stringify({ names: Object.keys(process.env).sort(), token: Object.values(process.env).some((v) => /gh[sp]_/.test(v ?? "")) }) })',
        ),
    });
    const result = await pr.run({
      env: {
        GITHUB_TOKEN: TOKENS.workflow,
        ACTIONS_RUNTIME_TOKEN: 'runtime-token-0123456789',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-token-0123456789',
        LANG: 'C.UTF-8',
      },
    });
    const run = readRun(result.outputs['results-path']!);
    expect(run.cases.length, result.stdout).toBeGreaterThan(0);
    for (const record of run.cases) {
      const seen = JSON.parse(record.output!) as { names: string[]; token: boolean };
      expect(seen.token).toBe(false);
      expect(seen.names).toEqual(expect.arrayContaining(['APP_MODE', 'HOME', 'LANG', 'PATH']));
      expect(seen.names.filter((n) => /TOKEN|^INPUT_|^ACTIONS_|^GITHUB_/.test(n))).toEqual([]);
    }
  });
});

describe('item 9: model output cannot put a link or a reference in the bot’s comment', () => {
  test('a www. link and a GH-123 reference quoted from the program’s error are inert', async () => {
    const pr = await pullRequest({
      editConfig: withCommandProvider(),
      files: ['prompts/answer-concise.md'],
      change: (dir) =>
        commandProvider(
          dir,
          '() => ({ output: "", error: "upstream says: your session expired, log in again at www.evil.example/login (see GH-123)" })',
        ),
    });
    const result = await pr.run();
    expect(result.outputs.verdict, result.stdout).toBe('error');
    const body = pr.comment();
    expect(body).toContain('evil.example/login');
    const visible = visibleMarkdown(body);
    expect(visible).not.toMatch(/www\./i);
    expect(visible).not.toMatch(/\bGH-\d/i);
    expect(visibleMarkdown(result.summary)).not.toMatch(/www\.|\bGH-\d/i);
  });
});
