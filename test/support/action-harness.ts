/**
 * Runs the bundled action (`node <bundle>/index.js`) the way the Actions runner does:
 * INPUT_* variables, GITHUB_EVENT_PATH with a real webhook payload, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY and GITHUB_API_URL pointing at the loopback GitHub server. The
 * repository content is the demo fixtures (replay provider: no model credentials).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORK, REPO } from './github-fixture.js';

/** The repository root: the nearest folder above this module that holds the demo fixtures (also when bundled for the bench). */
const ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'fixtures/demo')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();
let bundle: Promise<string> | undefined;

/**
 * The action bundled with the same esbuild settings as scripts/build.mjs, into a temporary
 * folder (the working tree's dist/ belongs to the release build). EVALGATE_ACTION_BUNDLE
 * points at an existing bundle instead, e.g. dist/index.js after `npm run build`.
 */
export function actionBundle(): Promise<string> {
  if (process.env.EVALGATE_ACTION_BUNDLE) return Promise.resolve(resolve(process.env.EVALGATE_ACTION_BUNDLE));
  bundle ??= (async () => {
    const { build } = await import('esbuild');
    const out = mkdtempSync(join(tmpdir(), 'evalgate-action-'));
    await build({
      entryPoints: { index: join(ROOT, 'src/action.ts') },
      outdir: out,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      chunkNames: 'chunks/[name]-[hash]',
      legalComments: 'none',
      logLevel: 'error',
      banner: {
        js: "import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);",
      },
    });
    // packs/ and the judges' calibration sets ship beside dist/ in the action's repository
    // (docs/governance.md, docs/metrics.md); here beside the bundle
    cpSync(join(ROOT, 'packs'), join(out, 'packs'), { recursive: true });
    cpSync(join(ROOT, 'fixtures/calibration'), join(out, 'fixtures/calibration'), { recursive: true });
    return join(out, 'index.js');
  })();
  return bundle;
}

/** A checked-out repository: the demo's prompts, datasets and recordings, with `gates/evalgate.yml` from one of the demo configs. */
export function checkout(config: 'pr-fail' | 'pr-pass' | 'main', edit?: (yaml: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-repo-'));
  for (const sub of ['datasets', 'prompts', 'recordings'])
    cpSync(join(ROOT, 'fixtures/demo', sub), join(dir, sub), { recursive: true });
  mkdirSync(join(dir, 'gates'));
  const yaml = readFileSync(join(ROOT, 'fixtures/demo/gates', `${config}.yml`), 'utf8');
  writeFileSync(join(dir, 'gates/evalgate.yml'), edit ? edit(yaml) : yaml);
  return dir;
}

type Payload = Record<string, unknown> & { pull_request?: Record<string, unknown> };

const examples = createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json') as {
  name: string;
  examples: (Record<string, unknown> & { action?: string })[];
}[];

/** A real payload from @octokit/webhooks-examples (the first of that event and action), deep-copied. */
export function webhookExample(event: string, action?: string): Payload {
  const found = examples
    .find((e) => e.name === event)
    ?.examples.find((x) => action === undefined || x.action === action);
  if (!found) throw new Error(`no ${event}${action ? `.${action}` : ''} example in @octokit/webhooks-examples`);
  return structuredClone(found) as Payload;
}

export interface PullPayloadOptions {
  action: string;
  number: number;
  headSha: string;
  headRef?: string;
  baseRef?: string;
  labels?: string[];
  title?: string;
  changedFiles?: number;
  fromFork?: boolean;
  label?: string;
}

/** A pull_request payload from the examples, pointed at our PR (the examples' repository is Codertocat/Hello-World). */
export function pullRequestPayload(o: PullPayloadOptions): Payload {
  const payload = webhookExample(
    'pull_request',
    o.action === 'synchronize' || o.action === 'labeled' || o.action === 'unlabeled' ? o.action : 'opened',
  );
  payload.action = o.action;
  payload.number = o.number;
  type Branch = Record<string, unknown> & { repo: Record<string, unknown> };
  const pr = payload.pull_request as Record<string, unknown> & { head: Branch; base: Branch };
  Object.assign(pr, {
    number: o.number,
    title: o.title ?? 'Make answers shorter',
    changed_files: o.changedFiles ?? 1,
    labels: (o.labels ?? []).map((name, i) => ({
      id: 1000 + i,
      node_id: `L_${i}`,
      url: '',
      name,
      color: 'ededed',
      default: false,
      description: null,
    })),
  });
  Object.assign(pr.head, { sha: o.headSha, ref: o.headRef ?? 'changes' });
  pr.base.ref = o.baseRef ?? 'master';
  if (o.fromFork) {
    pr.head.repo = {
      ...pr.head.repo,
      id: FORK.id,
      name: 'Hello-World',
      full_name: FORK.full_name,
      fork: true,
      owner: { ...(pr.head.repo.owner as object), login: 'forker', id: 999_002 },
    };
    pr.head.label = `forker:${String(pr.head.ref)}`;
  }
  if (o.label) payload.label = { ...(payload.label as object), name: o.label };
  const repository = payload.repository as Record<string, unknown>;
  if (repository.full_name !== `${REPO.owner}/${REPO.name}`)
    throw new Error('the webhook examples moved to another repository; adapt the fixture');
  return payload;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  ms: number;
}

export interface RunOptions {
  workspace: string;
  apiUrl: string;
  eventName: string;
  payload: Payload;
  token: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  sha?: string;
  ref?: string;
  runId?: number;
  /** The action entry to run instead of the test bundle, e.g. an installed package's dist/index.js. */
  entry?: string;
}

/** Runs the bundle as a fresh process with only the variables the runner would set. */
export async function runAction(o: RunOptions): Promise<ActionRun> {
  const entry = o.entry ?? (await actionBundle());
  const scratch = mkdtempSync(join(tmpdir(), 'evalgate-runner-'));
  const eventPath = join(scratch, 'event.json');
  writeFileSync(eventPath, JSON.stringify(o.payload));
  const outputPath = join(scratch, 'output');
  const summaryPath = join(scratch, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs = {
    config: 'gates/evalgate.yml',
    'github-token': o.token,
    comment: 'update',
    'check-name': 'evalgate',
    'fork-policy': 'fail-closed',
    'working-directory': '.',
    ...o.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: scratch,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${REPO.owner}/${REPO.name}`,
    GITHUB_REPOSITORY_OWNER: REPO.owner,
    GITHUB_SHA: o.sha ?? 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0',
    GITHUB_REF: o.ref ?? 'refs/pull/2/merge',
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: String(o.runId ?? 777_000_001),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: scratch,
    EVALGATE_CACHE_DIR: join(scratch, 'cache'),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])),
    ...o.env,
  };
  const started = performance.now();
  const child = spawn(process.execPath, [entry], { cwd: o.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? -1)));
  const ms = performance.now() - started;
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: existsSync(summaryPath) ? readFileSync(summaryPath, 'utf8') : '',
    ms,
  };
}

/** GITHUB_OUTPUT's `name<<delimiter … delimiter` records, as @actions/core writes them. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}
