// The bundled action, run as the Actions runner runs it, against the loopback GitHub server.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COMMENT_MARKER } from '../../src/report/markdown.js';
import { webhookExample } from '../support/action-harness.js';
import { FORK, TOKENS, commit, workflowRun } from '../support/github-fixture.js';
import {
  allFailed,
  BOT,
  demoConfig,
  FULL,
  OVERRIDE,
  ours,
  readRun,
  runFileFor,
  scenario,
  useLoopbackGitHub,
} from '../support/pr-scenario.js';
import { visibleMarkdown } from '../support/visible-markdown.js';

useLoopbackGitHub();

describe('a pull request that regresses the gate', () => {
  test('fails: exit 1, a failing check run with annotations, one comment, job summary and absolute output paths', async () => {
    const s = await scenario();
    const result = await s.run({});
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(isAbsolute(result.outputs['results-path']!)).toBe(true);
    expect(isAbsolute(result.outputs['report-path']!)).toBe(true);
    expect(existsSync(result.outputs['results-path']!)).toBe(true);
    expect(result.outputs['results-path']).toBe(join(s.workspace, 'evalgate-results', 'run.json'));
    const run = readRun(result.outputs['results-path']!);
    expect(run.manifest.git.sha).toBe(s.pull.head.sha);
    expect(run.manifest.pr).toBe(2);
    expect(run.decision?.comparisons['support-qa']?.baseline?.git_sha).toBe(
      s.server.runs.find((r) => r.id === s.baselineRun)!.head_sha,
    );
    // report.html beside run.json shows the baseline's outputs next to the candidate's
    const html = readFileSync(join(s.workspace, 'evalgate-results', 'report.html'), 'utf8');
    const data = JSON.parse(
      html.match(/<script type="application\/json" id="evalgate-data">([^<]*)<\/script>/)![1]!,
    ) as { cases: { b: string | null }[] };
    expect(data.cases.filter((c) => c.b !== null).length).toBeGreaterThan(0);

    const check = s.server.checkRuns.find((c) => String(c.id) === result.outputs['check-run-id'])!;
    expect(check).toMatchObject({
      name: 'evalgate',
      head_sha: s.pull.head.sha,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(check.output.title).toMatch(/^FAIL — /);
    expect(check.output.summary!.length).toBeLessThanOrEqual(65_535);
    const datasetNotes = check.annotations.filter((a) => a.path === 'datasets/support-qa.jsonl');
    expect(datasetNotes.length).toBeGreaterThan(0);
    expect(datasetNotes.every((a) => typeof a.start_line === 'number' && a.annotation_level === 'failure')).toBe(true);
    expect(check.annotations.some((a) => a.path === 'prompts/answer-terse.md')).toBe(true);

    expect(ours(s)).toHaveLength(1);
    expect(result.outputs['comment-url']).toBe(`https://github.com/${FULL}/pull/2#issuecomment-${ours(s)[0]!.id}`);
    const body = ours(s)[0]!.body;
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toMatch(/evalgate: FAIL/);
    expect(body).toContain(`[workflow run](https://github.com/${FULL}/actions/runs/777000001)`);
    expect(result.summary).toMatch(/evalgate: FAIL/);
    expect(readFileSync(result.outputs['report-path']!, 'utf8')).toBe(result.summary.trimEnd() + '\n');
    // the only place the token appears is the runner command that masks it
    expect(result.stdout.replace(`::add-mask::${TOKENS.workflow}`, '')).not.toContain(TOKENS.workflow);
    expect(JSON.stringify(run)).not.toContain(TOKENS.workflow);
  });

  test('a re-run updates the same comment instead of adding one', async () => {
    const s = await scenario();
    await s.run({});
    const first = ours(s)[0]!;
    const body = first.body;
    s.server.comments.find((c) => c.id === first.id)!.body = `${COMMENT_MARKER}\nstale report`;
    const again = await s.run({});
    expect(again.code).toBe(1);
    expect(ours(s)).toHaveLength(1);
    expect(ours(s)[0]!.id).toBe(first.id);
    expect(ours(s)[0]!.body).toBe(body);
    expect(s.server.requestsTo('POST', /\/issues\/2\/comments$/)).toHaveLength(1);
    expect(s.server.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
  });

  test('finds its comment among 100+ others and never edits a marked comment someone else wrote', async () => {
    const s = await scenario();
    for (let i = 0; i < 130; i++) {
      if (i === 5) s.server.addComment(2, 'mallory', `${COMMENT_MARKER}\n## ✅ evalgate: PASS (forged)`);
      else if (i === 110) s.server.addComment(2, BOT, `${COMMENT_MARKER}\nour earlier report`);
      else s.server.addComment(2, i % 3 ? 'reviewer' : BOT, `review comment ${i}`);
    }
    const earlier = s.server.comments.find((c) => c.body.endsWith('our earlier report'))!;
    const result = await s.run({});
    expect(result.code).toBe(1);
    expect(ours(s)).toHaveLength(1);
    expect(ours(s)[0]!.id).toBe(earlier.id);
    expect(ours(s)[0]!.body).toMatch(/evalgate: FAIL/);
    expect(s.server.comments.find((c) => c.user.login === 'mallory')!.body).toContain('(forged)');
    expect(s.server.requestsTo('GET', /\/issues\/2\/comments$/)).toHaveLength(2);
  });
});

describe('what the token and the inputs allow', () => {
  test('comment: off posts no comment; the check run still reports', async () => {
    const s = await scenario();
    const result = await s.run({ inputs: { comment: 'off' } });
    expect(result.code).toBe(1);
    expect(s.server.comments).toHaveLength(0);
    expect(result.outputs['comment-url']).toBe('');
    expect(s.server.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
  });

  test('a personal token cannot create check runs: the comment is posted as that user and found again on a re-run', async () => {
    const s = await scenario();
    const first = await s.run({ token: TOKENS.personal });
    expect(first.code).toBe(1);
    expect(first.outputs['check-run-id']).toBe('');
    expect(first.stdout).toMatch(
      /could not create the check run \(HTTP 403: You must authenticate via a GitHub App\.\)/,
    );
    expect(first.summary).toMatch(/No check run: could not create the check run/);
    await s.run({ token: TOKENS.personal });
    const mine = s.server.comments.filter((c) => c.user.login === 'maintainer');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toMatch(/evalgate: FAIL/);
  });

  test('a shard reports through the summary and outputs only', async () => {
    const s = await scenario();
    const result = await s.run({ inputs: { shard: '1/2' } });
    expect(readRun(result.outputs['results-path']!).manifest.shard).toBe('1/2');
    expect(s.server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(result.summary).toMatch(/Shard 1\/2: these results are partial/);
  });
});

describe('overrides', () => {
  /** The PR has failing results for its head commit from an earlier run; a label is then applied. */
  async function labelled(by: string, at: string, editConfig?: (yaml: string) => string, baseConfig?: string) {
    const s = await scenario({ labels: [OVERRIDE], editConfig });
    if (baseConfig !== undefined) s.server.contents.set('main:gates/evalgate.yml', baseConfig);
    const first = await s.run({});
    expect(first.code).toBe(1);
    const earlier = s.server.runs.find((r) => r.event === 'pull_request' && r.head_sha === s.pull.head.sha)!;
    s.server.addArtifact(earlier.id, 'evalgate-results', {
      'run.json': readFileSync(first.outputs['results-path']!, 'utf8'),
      'report.md': first.summary,
    });
    s.server.addEvent(2, 'labeled', by, at, OVERRIDE);
    const result = await s.run({ action: 'labeled', label: OVERRIDE, runId: 777_000_002 });
    return { s, first, result };
  }

  test('a maintainer’s label after the newest push overrides a failing gate, re-decided without model calls', async () => {
    const { s, first, result } = await labelled('maintainer', '2024-05-01T11:00:00Z');
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs.verdict).toBe('overridden');
    const run = readRun(result.outputs['results-path']!);
    expect(run.decision?.override).toEqual({
      label: OVERRIDE,
      actor: 'maintainer',
      permission: 'maintain',
      applied_at: '2024-05-01T11:00:00Z',
    });
    // the same records as the first run: nothing was evaluated again
    expect(run.manifest.started_at).toBe(readRun(first.outputs['results-path']!).manifest.started_at);
    expect(result.stdout).toContain('re-deciding from the results of workflow run');
    const check = s.server.checkRuns.find((c) => String(c.id) === result.outputs['check-run-id'])!;
    expect(check.conclusion).toBe('success');
    expect(check.output.title).toMatch(/^OVERRIDDEN by maintainer \(maintain\)/);
    expect(ours(s)).toHaveLength(1);
    expect(ours(s)[0]!.body).toMatch(/evalgate: OVERRIDDEN/);
    expect(ours(s)[0]!.body).toMatch(/Re-decided after a label change/);
  });

  test('a triage user’s label is ignored, and the comment says why', async () => {
    const { s, result } = await labelled('triager', '2024-05-01T11:00:00Z');
    expect(result.code).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(readRun(result.outputs['results-path']!).decision?.override).toBeNull();
    expect(ours(s)[0]!.body).toMatch(
      /Override label "evalgate\/override" is ignored: @\u200btriager applied it with triage permission on this repository; it needs maintain or higher/,
    );
  });

  test('a PR that lowers min_permission in its own config cannot let a triage user override: the base branch’s policy applies', async () => {
    const baseConfig = readFileSync(new URL('../../fixtures/demo/gates/pr-fail.yml', import.meta.url), 'utf8');
    const lower = (yaml: string) => yaml.replace('min_permission: maintain', 'min_permission: triage');
    const { s, result } = await labelled('triager', '2024-05-01T11:00:00Z', lower, baseConfig);
    expect(result.code).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    const body = ours(s)[0]!.body;
    expect(body).toMatch(/it needs maintain or higher/);
    expect(body).toMatch(
      /This pull request changes the override policy \(label `evalgate\/override`, triage or higher\); the base branch's policy \(label `evalgate\/override`, maintain or higher\) applies until it is merged/,
    );
  });

  test('on synchronize a present override label is removed, and the comment says so', async () => {
    const s = await scenario({ labels: [OVERRIDE] });
    s.server.addEvent(2, 'labeled', 'maintainer', '2024-05-01T11:00:00Z', OVERRIDE);
    const result = await s.run({ action: 'synchronize' });
    expect(result.code).toBe(1);
    expect(s.pull.labels).not.toContain(OVERRIDE);
    expect(s.server.requestsTo('DELETE', /\/issues\/2\/labels\/evalgate%2Foverride$/)).toHaveLength(1);
    expect(ours(s)[0]!.body).toMatch(/Override label "evalgate\/override" was removed because new commits were pushed/);
  });
});

describe('the baseline', () => {
  test('a fork-owned run on a branch named like the base branch is never taken as the baseline', async () => {
    const s = await scenario();
    for (const event of ['push', 'pull_request', 'workflow_dispatch']) {
      const fork = workflowRun(s.server, event, 'main', { created_at: '2024-05-01T09:00:00Z', head_repository: FORK });
      s.server.addArtifact(fork.id, 'evalgate-results', { 'run.json': runFileFor(fork.head_sha, allFailed) });
    }
    const result = await s.run({});
    const run = readRun(result.outputs['results-path']!);
    expect(run.decision?.comparisons['support-qa']?.baseline?.git_sha).toBe(
      s.server.runs.find((r) => r.id === s.baselineRun)!.head_sha,
    );
    const downloads = s.server
      .requestsTo('GET', /\/actions\/artifacts\/\d+\/zip$/)
      .map((r) => Number(/artifacts\/(\d+)\//.exec(r.path)![1]));
    expect(downloads).toEqual([s.server.artifacts.find((a) => a.runId === s.baselineRun)!.id]);
  });

  test('without a trusted baseline the report says so and regression rules are not tested', async () => {
    const s = await scenario({ baseline: false, config: 'pr-pass' });
    const result = await s.run({});
    expect(result.outputs.verdict).not.toBe('error');
    expect(ours(s)[0]!.body).toContain('No trusted baseline: no successful push or schedule run of `main`');
  });
});

describe('pull requests that need no evaluation', () => {
  test('an untouched PR is skipped in under 2 s: a passing check, no comment, no baseline download', async () => {
    const s = await scenario({ files: ['README.md', 'src/app.ts'] });
    const result = await s.run({});
    expect(result.code).toBe(0);
    expect(result.outputs.verdict).toBe('skipped');
    const check = s.server.checkRuns[0]!;
    expect(check).toMatchObject({ conclusion: 'success', status: 'completed' });
    expect(check.output.title).toMatch(/^SKIPPED — No gated files changed/);
    expect(ours(s)).toHaveLength(0);
    expect(s.server.requestsTo('GET', /\/actions\//)).toHaveLength(0);
    expect(readRun(result.outputs['results-path']!).decision?.verdict).toBe('skipped');
    expect(result.ms).toBeLessThan(2000);
  });

  test('a skipped run updates an existing comment to say so', async () => {
    const s = await scenario({ files: ['README.md'] });
    s.server.addComment(2, BOT, `${COMMENT_MARKER}\n## ❌ evalgate: FAIL`);
    await s.run({});
    expect(ours(s)).toHaveLength(1);
    expect(ours(s)[0]!.body).toMatch(/evalgate: SKIPPED/);
  });
});

describe('pull requests from forks', () => {
  test('with a read-only token: summary, outputs and exit code carry the verdict; nothing is written to GitHub', async () => {
    const s = await scenario({ fork: true });
    const result = await s.run({ token: TOKENS.readOnly });
    expect(result.code).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(result.outputs['comment-url']).toBe('');
    expect(result.outputs['check-run-id']).toBe('');
    expect(s.server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(result.summary).toMatch(/This pull request comes from a fork, so the workflow token is read-only/);
    expect(
      result.stdout.split('\n').filter((l) => l.includes('comes from a fork, so the workflow token is read-only')),
    ).toHaveLength(1);
  });

  const openai = (yaml: string) =>
    yaml.replace(/default: \{ type: replay[^}]*\}/, 'default: { type: openai, model: gpt-4o-mini }');

  test('without model credentials they fail closed, pointing to the trusted workflow', async () => {
    const s = await scenario({ fork: true, editConfig: openai });
    const result = await s.run({ token: TOKENS.readOnly });
    expect(result.code).toBe(1);
    expect(result.outputs.verdict).toBe('error');
    expect(result.summary).toMatch(
      /evalgate: could not evaluate\n\nCould not evaluate: this pull request comes from a fork.*OPENAI\\_API\\_KEY.*fails closed/,
    );
    expect(result.summary).toContain('docs/github-action.md#fork-pull-requests');
  });

  test('fork-policy: skip skips them instead', async () => {
    const s = await scenario({ fork: true, editConfig: openai });
    const result = await s.run({ token: TOKENS.readOnly, inputs: { 'fork-policy': 'skip' } });
    expect(result.code).toBe(0);
    expect(result.outputs.verdict).toBe('skipped');
  });

  test('the trusted pull_request_target stage evaluates the PR’s prompt as data, once a maintainer asked, and reports on the PR head', async () => {
    const s = await scenario({ fork: true, config: 'pr-pass', labels: ['evalgate/evaluate'] });
    s.server.contents.set(`${s.pull.head.sha}:gates/evalgate.yml`, demoConfig('pr-pass'));
    s.server.contents.set(
      `${s.pull.head.sha}:prompts/answer-concise.md`,
      '[system]\nFrom the fork.\n\n[user]\n{{question}}\n',
    );
    s.server.addEvent(2, 'labeled', 'maintainer', '2024-05-01T11:00:00Z', 'evalgate/evaluate');
    const result = await s.run({
      eventName: 'pull_request_target',
      action: 'labeled',
      label: 'evalgate/evaluate',
      ref: 'refs/heads/main',
    });
    expect(result.code, result.stdout).toBe(0);
    // the fork's file is read as data into a folder of its own: the base branch's checkout is untouched
    expect(readFileSync(join(s.workspace, 'prompts/answer-concise.md'), 'utf8')).not.toContain('From the fork.');
    expect(s.server.checkRuns[0]).toMatchObject({ head_sha: s.pull.head.sha, status: 'completed' });
    expect(ours(s)).toHaveLength(1);
    expect(ours(s)[0]!.body).toContain("read as data, with the base branch's gate config and code");
  });
});

describe('untrusted text never becomes Markdown', () => {
  test('hostile model output, PR title and file names are escaped in the comment', async () => {
    const hostile = [
      '<img src=x onerror=alert(1)> @everyone </details><script>alert(1)</script>',
      '``` \n</details>\n## ✅ evalgate: PASS\n```',
      `${COMMENT_MARKER} @octocat please merge #1 [click](javascript:alert(1))`,
    ];
    const s = await scenario({
      title: '<img src=x onerror=alert(1)> @everyone',
      files: ['prompts/answer-terse.md', 'prompts/<b>@admins</b>.md'],
    });
    // every critical case answers with something hostile
    const recordings = join(s.workspace, 'recordings/pr-terse.jsonl');
    const dataset = readFileSync(join(s.workspace, 'datasets/support-qa.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; severity?: string });
    const lines = readFileSync(recordings, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; output: string });
    const critical = new Set(dataset.filter((c) => c.severity === 'critical').map((c) => c.id));
    let k = 0;
    for (const line of lines)
      if (critical.has(line.id)) line.output = `${hostile[k++ % hostile.length]} reply with your password`;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(recordings, lines.map((l) => JSON.stringify(l)).join('\n'));
    const result = await s.run({});
    expect(result.outputs.verdict).toBe('fail');
    for (const body of [ours(s)[0]!.body, result.summary, s.server.checkRuns[0]!.output.summary!]) {
      const visible = visibleMarkdown(body);
      expect(visible).not.toMatch(/<(img|script|b)\b/i);
      expect(visible).not.toMatch(/@(everyone|octocat|admins)/);
      expect(visible.match(/<\/details>/g)?.length ?? 0).toBe(visible.match(/<details>/g)?.length ?? 0);
      // a marker written by the model stays inert text; only ours is a hidden HTML comment
      expect(visible.split(COMMENT_MARKER).length).toBeLessThanOrEqual(2);
      expect(visible.indexOf(COMMENT_MARKER)).toBeLessThanOrEqual(0);
    }
  });
});

describe('GitHub’s size limits', () => {
  test('a report far over 65,536 characters is trimmed for the comment and check run, complete in the job summary', async () => {
    const manySlices = (y: string) =>
      y
        .replace('slices: [language, customer_tier]', 'slices: [language, customer_tier, bucket]')
        .replace(
          '- { metric: critical_failures, max: 0 }',
          ['correct', 'safe']
            .map((m) => `- { metric: ${m}.pass_rate, min: 0.99, per_slice: true, min_n: 1 }`)
            .join('\n      ') + '\n      - { metric: critical_failures, max: 0 }',
        );
    // the base branch's gate is the one that judges the PR
    const s = await scenario({
      baseline: false,
      editConfig: manySlices,
      baseConfig: manySlices(demoConfig('pr-fail')),
    });
    const dataset = join(s.workspace, 'datasets/support-qa.jsonl');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      dataset,
      readFileSync(dataset, 'utf8')
        .trim()
        .split('\n')
        .map((l) => {
          const c = JSON.parse(l) as { id: string; tags: Record<string, string> };
          c.tags.bucket = `bucket-${c.id}-${'x'.repeat(40)}`;
          return JSON.stringify(c);
        })
        .join('\n'),
    );
    const result = await s.run({ inputs: { tier: 'full' } });
    expect(result.outputs.verdict).toBe('fail');
    expect(result.summary.length).toBeGreaterThan(70_000);
    expect(s.server.requests.filter((r) => r.status === 422)).toEqual([]);
    expect(ours(s)[0]!.body.length).toBeLessThanOrEqual(65_536);
    expect(ours(s)[0]!.body).toMatch(/left out to fit GitHub's size limit/);
    expect(s.server.checkRuns[0]!.output.summary!.length).toBeLessThanOrEqual(65_535);
  });
});

describe('failures are never silent', () => {
  test('an invalid gate config is an error: a failing check titled "could not evaluate"', async () => {
    const s = await scenario({ editConfig: (y) => y.replace('min: 0.80', 'min: "eighty"') });
    const result = await s.run({});
    expect(result.code).toBe(1);
    expect(result.outputs.verdict).toBe('error');
    expect(s.server.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
    expect(s.server.checkRuns[0]!.output.title).toMatch(/^could not evaluate: /);
    expect(ours(s)[0]!.body).toContain('gates/evalgate.yml');
  });

  test('a run the circuit breaker stopped is an error that says how far it got, with the finished cases kept', async () => {
    const s = await scenario();
    // the provider answers no case: every call fails, and the circuit breaker (10 in a row) stops the run
    writeFileSync(join(s.workspace, 'recordings/pr-terse.jsonl'), '{"id": "not-in-the-dataset", "output": "x"}\n');
    const result = await s.run({});
    expect(result.code).toBe(1);
    expect(result.outputs.verdict).toBe('error');
    expect(s.server.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
    const run = readRun(result.outputs['results-path']!);
    expect(run.decision!.verdict).toBe('error');
    expect(run.incomplete).toMatchObject({ kind: 'circuit_breaker' });
    expect(run.cases.length).toBe(run.incomplete!.done);
    expect(result.summary).toMatch(/could not evaluate[\s\S]*the run stopped at \d+\/\d+ cases/);
  });

  test('a GitHub API that keeps failing is an error, not a pass', async () => {
    const s = await scenario();
    s.server.failNext('GET', /\/pulls\/2\/files$/, 502, 10);
    const result = await s.run({});
    expect(result.code).toBe(1);
    expect(result.outputs.verdict).toBe('error');
    expect(result.summary).toMatch(/GitHub API failure/);
  });
});

describe('a push to the base branch', () => {
  test('runs the full tier with a check run on the pushed commit, compared with the previous baseline, and posts no comment', async () => {
    const s = await scenario({ config: 'pr-pass' });
    const pushed = commit();
    const payload = webhookExample('push');
    Object.assign(payload, { ref: 'refs/heads/main', after: pushed });
    const result = await s.run({ eventName: 'push', payload, sha: pushed, ref: 'refs/heads/main' });
    expect(result.code, result.stdout).toBe(0);
    const run = readRun(result.outputs['results-path']!);
    expect(run.manifest.tier).toBe('full');
    expect(run.manifest.suites[0]!.cases).toBe(400);
    expect(s.server.checkRuns[0]).toMatchObject({ head_sha: pushed, status: 'completed' });
    expect(s.server.comments).toHaveLength(0);
    expect(s.server.requestsTo('GET', /\/pulls\//)).toHaveLength(0);
  });
});
