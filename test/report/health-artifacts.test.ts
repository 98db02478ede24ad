// evalgate health --artifacts N against the loopback GitHub server, through the real Octokit
// and the real @actions/artifact client.
import { afterAll, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { REPO, TOKENS, fakeGitHub, workflowRun } from '../support/github-fixture.js';
import { cohort, gate } from '../support/synthetic.js';

const server = fakeGitHub();
await server.start();
afterAll(() => server.close());

function runJson(pr: number | null, failing: number, at: string): string {
  const { run } = gate({
    rules: [{ metric: 'ok.pass_rate', max_drop: '5pp' }],
    current: cohort(100, failing),
    baseline: cohort(100, 5),
  });
  return JSON.stringify({ ...run, manifest: { ...run.manifest, pr, started_at: at, ended_at: at } });
}

test('reads the last N results artifacts of the repository', async () => {
  const days = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'];
  days.forEach((day, i) => {
    const run = workflowRun(server, i % 2 ? 'pull_request' : 'push', 'main', { created_at: `${day}T10:00:00Z` });
    server.addArtifact(run.id, 'evalgate-results', {
      'run.json': runJson(i % 2 ? 200 + i : null, 5 + i, `${day}T10:00:00Z`),
    });
  });
  // a run without the artifact is passed over
  workflowRun(server, 'push', 'main', { created_at: '2026-11-07T10:00:00Z' });
  Object.assign(process.env, {
    GITHUB_API_URL: server.url,
    GITHUB_TOKEN: TOKENS.workflow,
    GITHUB_REPOSITORY: `${REPO.owner}/${REPO.name}`,
  });
  let out = '';
  let err = '';
  const code = await main(['health', '--artifacts', '3', '--format', 'jsonl'], {
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  expect(err).toBe('');
  expect(code).toBe(0);
  const rows = out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const verdicts = rows.filter((r) => r.type === 'verdicts');
  expect(verdicts.reduce((n, r) => n + (r.pass as number) + (r.warn as number) + (r.fail as number), 0)).toBe(3);
  expect(server.requestsTo('GET', /\/actions\/artifacts\/\d+\/zip$/).length).toBe(3);
});

test('without a token it says what it needs and exits 2', async () => {
  delete process.env.GITHUB_TOKEN;
  let err = '';
  const code = await main(['health', '--artifacts', '3'], { out: () => {}, err: (t) => (err += t) });
  expect(code).toBe(2);
  expect(err).toMatch(/--artifacts needs GITHUB_TOKEN and GITHUB_REPOSITORY/);
});
