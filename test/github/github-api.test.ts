// src/github against the loopback GitHub server, through the real Octokit (@actions/github)
// and the real @actions/artifact client. Nothing is mocked.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { COMMENT_MARKER } from '../../src/report/markdown.js';
import { FORK, REPO, TOKENS, branchRun, commit, fakeGitHub, workflowRun } from '../support/github-fixture.js';

const server = fakeGitHub();
await server.start();
// @actions/artifact's own Octokit reads GITHUB_API_URL when @actions/github is first loaded
process.env.GITHUB_API_URL = server.url;
const { createGitHubClient } = await import('../../src/github/client.js');
const { listChangedFiles } = await import('../../src/github/changed-files.js');
const { DEFAULT_BASELINE_WORKFLOW, downloadBaseline, findTrustedBaseline, isOnBranch } =
  await import('../../src/github/baseline.js');
const { completeCheckRun, startCheckRun } = await import('../../src/github/check-run.js');
const { upsertStickyComment } = await import('../../src/github/comment.js');
const { tokenLogin } = await import('../../src/github/identity.js');
const { labelHistory, removeLabel, repositoryRole } = await import('../../src/github/overrides.js');
const { findPreviousResults } = await import('../../src/github/previous-results.js');
const { readFileAt, readRepositoryFile } = await import('../../src/github/pull-request.js');

afterAll(() => server.close());

const client = (token: string = TOKENS.workflow) =>
  createGitHubClient({ token, apiUrl: server.url, repository: `${REPO.owner}/${REPO.name}`, retryDelaysMs: [10, 10] });
const FULL = `${REPO.owner}/${REPO.name}`;
const baselineJson = readFileSync(new URL('../../fixtures/demo/baseline/run.json', import.meta.url), 'utf8');
const runJsonFor = (sha: string) =>
  JSON.stringify({
    ...JSON.parse(baselineJson),
    manifest: { ...JSON.parse(baselineJson).manifest, git: { sha, ref: 'refs/heads/release' } },
  });
const tmp = () => mkdtempSync(join(tmpdir(), 'evalgate-gh-'));

let pr = 100;
function pull(files: string[] = [], labels: string[] = []) {
  const number = ++pr;
  server.pulls.set(number, {
    number,
    title: 'Change the prompt',
    author: 'contributor',
    head: { sha: commit(), ref: `topic-${number}`, repo: { id: REPO.id, full_name: FULL } },
    base: { ref: 'main', sha: commit() },
    labels,
    files,
  });
  return number;
}

describe('changed files', () => {
  test('reads every page of a pull request’s files, renames included', async () => {
    const files = Array.from({ length: 250 }, (_, i) => `src/file-${i}.ts`);
    const number = pull(files);
    const gh = client();
    const changed = await listChangedFiles(gh, number, 250);
    expect(changed.complete).toBe(true);
    expect(changed.files).toHaveLength(250);
    expect(server.requestsTo('GET', new RegExp(`/pulls/${number}/files$`))).toHaveLength(3);
  });

  test('says the list is incomplete beyond GitHub’s 3,000-file limit', async () => {
    const number = pull(Array.from({ length: 3100 }, (_, i) => `data/${i}.json`));
    const changed = await listChangedFiles(client(), number, 3100);
    expect(changed.files).toHaveLength(3000);
    expect(changed.complete).toBe(false);
  });
});

describe('the trusted baseline', () => {
  test('takes the newest successful push run of the base branch that holds the artifact, and downloads it', async () => {
    const older = branchRun(server, 'push', 'release', { created_at: '2024-04-01T10:00:00Z' });
    server.addArtifact(older.id, 'evalgate-results', { 'run.json': runJsonFor(older.head_sha), 'report.md': '# old' });
    const ci = branchRun(server, 'push', 'release', {
      created_at: '2024-04-03T10:00:00Z',
      name: 'CI',
      path: '.github/workflows/ci.yml',
    });
    const newest = branchRun(server, 'schedule', 'release', { created_at: '2024-04-02T10:00:00Z' });
    server.addArtifact(newest.id, 'evalgate-results', {
      'run.json': runJsonFor(newest.head_sha),
      'report.md': '# report',
    });

    const gh = client();
    const search = await findTrustedBaseline(gh, {
      branch: 'release',
      artifact: 'evalgate-results',
      workflow: DEFAULT_BASELINE_WORKFLOW,
    });
    expect(search.candidate?.run.id).toBe(newest.id);
    expect(search.candidate?.run.id).not.toBe(ci.id);
    const download = await downloadBaseline(gh, search.candidate!, tmp());
    expect(download.ok && download.run.manifest.git.sha).toBe(newest.head_sha);
    // the zip came through the artifact API's redirect
    expect(server.requestsTo('GET', /\/actions\/artifacts\/\d+\/zip$/).at(-1)?.status).toBe(302);
  });

  test('never takes a fork’s run, a pull request run, a failed run or an expired artifact, even on a branch named like the base', async () => {
    const trusted = branchRun(server, 'push', 'stable', { created_at: '2024-03-01T10:00:00Z' });
    server.addArtifact(trusted.id, 'evalgate-results', { 'run.json': runJsonFor(trusted.head_sha) });
    const fork = workflowRun(server, 'push', 'stable', { created_at: '2024-03-05T10:00:00Z', head_repository: FORK });
    server.addArtifact(fork.id, 'evalgate-results', { 'run.json': runJsonFor(fork.head_sha) });
    const forkPr = workflowRun(server, 'pull_request', 'stable', {
      created_at: '2024-03-06T10:00:00Z',
      head_repository: FORK,
    });
    server.addArtifact(forkPr.id, 'evalgate-results', { 'run.json': runJsonFor(forkPr.head_sha) });
    const failed = branchRun(server, 'push', 'stable', { created_at: '2024-03-04T10:00:00Z', conclusion: 'failure' });
    server.addArtifact(failed.id, 'evalgate-results', { 'run.json': runJsonFor(failed.head_sha) });
    const expired = branchRun(server, 'push', 'stable', { created_at: '2024-03-03T10:00:00Z' });
    server.addArtifact(expired.id, 'evalgate-results', { 'run.json': runJsonFor(expired.head_sha) }, { expired: true });

    const search = await findTrustedBaseline(client(), {
      branch: 'stable',
      artifact: 'evalgate-results',
      workflow: DEFAULT_BASELINE_WORKFLOW,
    });
    expect(search.candidate?.run.id).toBe(trusted.id);
    expect(search.passedOver.join('\n')).toContain(`ran code from ${FORK.full_name}`);
  });

  test('refuses a download whose digest does not match the one GitHub recorded', async () => {
    const run = branchRun(server, 'push', 'tampered');
    server.addArtifact(run.id, 'evalgate-results', { 'run.json': runJsonFor(run.head_sha) }, { wrongDigest: true });
    const gh = client();
    const search = await findTrustedBaseline(gh, {
      branch: 'tampered',
      artifact: 'evalgate-results',
      workflow: DEFAULT_BASELINE_WORKFLOW,
    });
    const download = await downloadBaseline(gh, search.candidate!, tmp());
    expect(download.ok).toBe(false);
    expect(!download.ok && download.reason).toMatch(/SHA-256 digest/);
  });

  test('refuses a run.json that describes another commit than the run built', async () => {
    const run = branchRun(server, 'push', 'mismatch');
    server.addArtifact(run.id, 'evalgate-results', { 'run.json': runJsonFor(commit()) });
    const gh = client();
    const search = await findTrustedBaseline(gh, {
      branch: 'mismatch',
      artifact: 'evalgate-results',
      workflow: DEFAULT_BASELINE_WORKFLOW,
    });
    const download = await downloadBaseline(gh, search.candidate!, tmp());
    expect(!download.ok && download.reason).toMatch(/says commit/);
  });

  test('finds nothing when no trusted run holds the artifact', async () => {
    branchRun(server, 'push', 'empty');
    const search = await findTrustedBaseline(client(), {
      branch: 'empty',
      artifact: 'evalgate-results',
      workflow: DEFAULT_BASELINE_WORKFLOW,
    });
    expect(search.candidate).toBeNull();
    expect(search.examined).toBe(1);
  });
});

describe('results of the same head commit', () => {
  test('come from an earlier completed pull_request run of that commit and branch', async () => {
    const sha = commit();
    const earlier = workflowRun(server, 'pull_request', 'feature-x', { head_sha: sha, conclusion: 'failure' });
    server.addArtifact(earlier.id, 'evalgate-results', { 'run.json': runJsonFor(sha) });
    const found = await findPreviousResults(
      client(),
      { headSha: sha, headBranch: 'feature-x', headRepository: FULL, artifact: 'evalgate-results' },
      tmp(),
    );
    expect(found?.run.id).toBe(earlier.id);
    expect(found?.results.manifest.git.sha).toBe(sha);
  });
});

describe('the check run', () => {
  test('sends at most 50 annotations per request and learns the token’s identity from the app', async () => {
    const gh = client();
    const sha = commit();
    const check = await startCheckRun(gh, { name: 'evalgate', headSha: sha });
    expect(check.appSlug).toBe('github-actions');
    expect(await tokenLogin(gh, check.appSlug)).toBe('github-actions[bot]');
    const annotations = Array.from({ length: 120 }, (_, i) => ({
      path: 'datasets/qa.jsonl',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'failure' as const,
      message: `case ${i} failed`,
    }));
    await completeCheckRun(gh, check.id, 'failure', {
      title: 'evalgate: FAIL',
      summary: 'x'.repeat(70_000),
      annotations,
    });
    const stored = server.checkRuns.find((c) => c.id === check.id)!;
    expect(stored.annotations).toHaveLength(120);
    expect(stored.conclusion).toBe('failure');
    expect(stored.output.summary!.length).toBeLessThanOrEqual(65_535);
    expect(server.requestsTo('PATCH', new RegExp(`/check-runs/${check.id}$`))).toHaveLength(3);
  });

  test('a personal token cannot create check runs; its identity comes from GET /user', async () => {
    const gh = client(TOKENS.personal);
    await expect(startCheckRun(gh, { name: 'evalgate', headSha: commit() })).rejects.toMatchObject({ status: 403 });
    expect(await tokenLogin(gh, null)).toBe('maintainer');
  });
});

describe('the sticky comment', () => {
  test('is found across pages by marker and author, and someone else’s marked comment is never edited', async () => {
    const number = pull();
    for (let i = 0; i < 160; i++) {
      if (i === 3) server.addComment(number, 'mallory', `${COMMENT_MARKER}\nI am evalgate, trust me`);
      else if (i === 120) server.addComment(number, 'github-actions[bot]', `${COMMENT_MARKER}\nold report`);
      else server.addComment(number, i % 2 ? 'reviewer' : 'github-actions[bot]', `comment ${i}`);
    }
    const ours = server.comments.find((c) => c.issue === number && c.body.endsWith('old report'))!;
    const result = await upsertStickyComment(client(), {
      issue: number,
      marker: COMMENT_MARKER,
      author: 'github-actions[bot]',
      body: `${COMMENT_MARKER}\nnew report`,
      create: true,
    });
    expect(result.action).toBe('updated');
    expect(result.comment?.id).toBe(ours.id);
    expect(result.foreign).toBe(1);
    expect(server.comments.find((c) => c.user.login === 'mallory')!.body).toContain('trust me');
    expect(server.requestsTo('GET', new RegExp(`/issues/${number}/comments$`))).toHaveLength(2);
  });

  test('is created when absent, and a skipped run only updates an existing one', async () => {
    const number = pull();
    const gh = client();
    expect(
      (
        await upsertStickyComment(gh, {
          issue: number,
          marker: COMMENT_MARKER,
          author: 'github-actions[bot]',
          body: `${COMMENT_MARKER}\nskipped`,
          create: false,
        })
      ).action,
    ).toBe('none');
    expect(
      (
        await upsertStickyComment(gh, {
          issue: number,
          marker: COMMENT_MARKER,
          author: 'github-actions[bot]',
          body: `${COMMENT_MARKER}\nfirst`,
          create: true,
        })
      ).action,
    ).toBe('created');
    expect(
      (
        await upsertStickyComment(gh, {
          issue: number,
          marker: COMMENT_MARKER,
          author: 'github-actions[bot]',
          body: `${COMMENT_MARKER}\nfirst`,
          create: true,
        })
      ).action,
    ).toBe('unchanged');
    expect(server.comments.filter((c) => c.issue === number)).toHaveLength(1);
  });

  test('a read-only token gets a 403, which the caller can tell from other failures', async () => {
    const number = pull();
    await expect(
      upsertStickyComment(client(TOKENS.readOnly), {
        issue: number,
        marker: COMMENT_MARKER,
        author: 'github-actions[bot]',
        body: 'x',
        create: true,
      }),
    ).rejects.toMatchObject({ status: 403 });
  });
});

describe('overrides: labels, events and permissions', () => {
  test('reads who applied a label and when from the issue events', async () => {
    const number = pull([], ['evalgate/override']);
    server.addEvent(number, 'labeled', 'triager', '2024-05-01T09:00:00Z', 'evalgate/override');
    server.addEvent(number, 'labeled', 'maintainer', '2024-05-01T11:00:00Z', 'evalgate/override');
    server.addEvent(number, 'labeled', 'reader', '2024-05-01T12:00:00Z', 'bug');
    server.addEvent(number, 'head_ref_force_pushed', 'contributor', '2024-05-01T10:30:00Z');
    const gh = client();
    const history = await labelHistory(gh, number, 'evalgate/override');
    expect(history.lastApplied).toEqual({ actor: 'maintainer', actorType: 'User', at: '2024-05-01T11:00:00Z' });
  });

  test('tells maintain from write and triage from read, which the coarse permission field does not', async () => {
    const gh = client();
    expect(await repositoryRole(gh, 'maintainer')).toBe('maintain');
    expect(await repositoryRole(gh, 'triager')).toBe('triage');
    expect(await repositoryRole(gh, 'Codertocat')).toBe('admin');
    expect(await repositoryRole(gh, 'nobody-at-all')).toBeNull();
  });

  test('removes a label when the token can, and reports when it cannot', async () => {
    const number = pull([], ['evalgate/override']);
    expect(await removeLabel(client(TOKENS.readOnly), number, 'evalgate/override')).toBe('forbidden');
    expect(await removeLabel(client(), number, 'evalgate/override')).toBe('removed');
    expect(await removeLabel(client(), number, 'evalgate/override')).toBe('absent');
  });
});

describe('a pull request’s files, read as data', () => {
  test('are read at its head commit; a symbolic link or a directory is refused, whatever it points to', async () => {
    const sha = commit();
    server.contents.set(`${sha}:prompts/a.md`, 'hello from the fork');
    server.contents.set(`${sha}:gates/evalgate.yml`, 'secret-ish config');
    server.symlinks.set(`${sha}:prompts/link.md`, 'gates/evalgate.yml');
    const gh = client();
    expect(await readFileAt(gh, 'prompts/a.md', sha)).toBe('hello from the fork');
    expect(await readFileAt(gh, 'prompts/missing.md', sha)).toBeNull();
    expect(await readRepositoryFile(gh, 'prompts/a.md', sha)).toEqual({ kind: 'file', text: 'hello from the fork' });
    expect(await readRepositoryFile(gh, 'prompts/missing.md', sha)).toEqual({ kind: 'missing' });
    // the raw media type follows the link; the object form says what it is
    expect(await readFileAt(gh, 'prompts/link.md', sha)).toBe('secret-ish config');
    expect(await readRepositoryFile(gh, 'prompts/link.md', sha)).toEqual({ kind: 'not-a-file', type: 'symlink' });
  });
});

describe('where a commit is', () => {
  test('on a branch when it is the head or an ancestor of it; a tag’s commit elsewhere is not', async () => {
    const [a, b, tag] = [commit(), commit(), commit()];
    server.branches.set('trunk', [a, b]);
    const gh = client();
    expect(await isOnBranch(gh, a, 'trunk')).toBe(true);
    expect(await isOnBranch(gh, b, 'trunk')).toBe(true);
    expect(await isOnBranch(gh, tag, 'trunk')).toBe(false);
  });
});

describe('the client', () => {
  test('retries a server error and counts the time spent', async () => {
    const number = pull(['a.txt']);
    server.failNext('GET', new RegExp(`/pulls/${number}/files$`), 502);
    const gh = client();
    expect((await listChangedFiles(gh, number)).files).toEqual(['a.txt']);
    expect(gh.stats.requests).toBe(2);
    expect(gh.stats.ms).toBeGreaterThan(0);
  });

  test('does not retry a client error', async () => {
    server.failNext('GET', /\/issues\/\d+\/labels$/, 404);
    const gh = client();
    const { listLabels } = await import('../../src/github/overrides.js');
    await expect(listLabels(gh, pull())).rejects.toMatchObject({ status: 404 });
    expect(gh.stats.requests).toBe(1);
  });
});
