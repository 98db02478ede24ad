// The action's time as the runner sees it, against the loopback GitHub server (test/support):
//   - an untouched PR (nothing gated changed): wall time of `node dist/index.js`, start to exit;
//   - a gated PR (the demo's regression: baseline artifact download, check run with
//     annotations, the PR comment): the time the action spent waiting for GitHub, model calls
//     excluded (replay provider), as it reports it, and as the server measured it.
// Median of 7 runs each. Uses dist/index.js after `npm run build`, else bundles the action.
// Bars (issue #6): untouched PR < 2 s; GitHub calls of a gated PR < 3 s.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

if (existsSync('dist/index.js') && !process.env.EVALGATE_ACTION_BUNDLE)
  process.env.EVALGATE_ACTION_BUNDLE = resolve('dist/index.js');

// the loopback server and the runner harness are TypeScript test support: bundle them next to
// node_modules so that their package imports resolve
const dir = resolve('node_modules/.cache/evalgate-bench');
mkdirSync(dir, { recursive: true });
const entry = join(dir, 'support-entry.ts');
const outfile = join(dir, 'support.mjs');
await build({
  stdin: {
    contents:
      "export * from '../../../test/support/action-harness.ts'; export * from '../../../test/support/github-fixture.ts'; export * from '../../../test/support/github-server.ts';",
    resolveDir: dir,
    sourcefile: entry,
    loader: 'ts',
  },
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const s = await import(pathToFileURL(outfile).href);
s.loadOpenApi();
await s.actionBundle(); // build it now when there is no dist/index.js, so no run below pays for it

const RUNS = 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const baselineJson = JSON.parse(readFileSync('fixtures/demo/baseline/run.json', 'utf8'));

async function scenario(files) {
  const server = s.fakeGitHub();
  await server.start();
  const headSha = s.commit();
  server.pulls.set(2, {
    number: 2,
    title: 'Make answers shorter',
    author: 'contributor',
    head: { sha: headSha, ref: 'changes', repo: { id: s.REPO.id, full_name: `${s.REPO.owner}/${s.REPO.name}` } },
    base: { ref: 'main', sha: s.commit() },
    labels: [],
    files,
  });
  const baseline = s.workflowRun(server, 'push', 'main', { created_at: '2024-05-01T08:00:00Z' });
  server.addArtifact(baseline.id, 'evalgate-results', {
    'run.json': JSON.stringify({
      ...baselineJson,
      manifest: { ...baselineJson.manifest, git: { sha: baseline.head_sha, ref: 'refs/heads/main' } },
    }),
    'report.md': '# baseline',
  });
  s.workflowRun(server, 'pull_request', 'changes', { head_sha: headSha, created_at: '2024-05-01T10:00:00Z' });
  // a busy PR: 150 comments before evalgate's, so finding it takes two pages
  for (let i = 0; i < 150; i++) server.addComment(2, i % 2 ? 'reviewer' : 'contributor', `comment ${i}`);
  const workspace = s.checkout('pr-fail');
  const result = await s.runAction({
    workspace,
    apiUrl: server.url,
    eventName: 'pull_request',
    payload: s.pullRequestPayload({
      action: 'opened',
      number: 2,
      headSha,
      baseRef: 'main',
      changedFiles: files.length,
    }),
    token: s.TOKENS.workflow,
  });
  const serverMs = server.requests.reduce((sum, r) => sum + r.ms, 0);
  const requests = server.requests.length;
  await server.close();
  const reported = /GitHub API (\d+) requests? in (\d+) ms; evaluation (\d+) ms; total (\d+) ms/.exec(result.stdout);
  if (!reported) throw new Error(`the action did not report its timings:\n${result.stdout}\n${result.stderr}`);
  return {
    verdict: result.outputs.verdict,
    wall: result.ms,
    github: Number(reported[2]),
    evaluation: Number(reported[3]),
    total: Number(reported[4]),
    serverMs,
    requests,
  };
}

await scenario(['README.md']); // warm the file cache and the bundle
const untouched = [];
const gated = [];
for (let i = 0; i < RUNS; i++) untouched.push(await scenario(['README.md', 'src/app.ts']));
for (let i = 0; i < RUNS; i++) gated.push(await scenario(['prompts/answer-terse.md', 'gates/evalgate.yml']));

const m = (xs, key) => median(xs.map((x) => x[key])).toFixed(0);
console.log(
  `| action, against the loopback GitHub server (median of ${RUNS}) | verdict | requests | wall ms (process) | action total ms | GitHub ms (action) | GitHub ms (server) | evaluation ms |`,
);
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
console.log(
  `| untouched PR | ${untouched[0].verdict} | ${m(untouched, 'requests')} | ${m(untouched, 'wall')} | ${m(untouched, 'total')} | ${m(untouched, 'github')} | ${m(untouched, 'serverMs')} | ${m(untouched, 'evaluation')} |`,
);
console.log(
  `| gated PR (regression, 200 cases, baseline download, 150 comments) | ${gated[0].verdict} | ${m(gated, 'requests')} | ${m(gated, 'wall')} | ${m(gated, 'total')} | ${m(gated, 'github')} | ${m(gated, 'serverMs')} | ${m(gated, 'evaluation')} |`,
);
const untouchedWall = median(untouched.map((x) => x.wall));
const gatedGitHub = median(gated.map((x) => x.github));
console.log(
  `\nBar: untouched PR under 2 s of action time — ${untouchedWall < 2000 ? 'met' : 'NOT met'} (${untouchedWall.toFixed(0)} ms, process start to exit).`,
);
console.log(
  `Bar: GitHub calls of a gated PR under 3 s — ${gatedGitHub < 3000 ? 'met' : 'NOT met'} (${gatedGitHub.toFixed(0)} ms, artifact download included, model calls excluded).`,
);
