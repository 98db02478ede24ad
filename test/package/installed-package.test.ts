// The package as users get it: `npm pack` of a fresh build, installed into an empty project
// with no dev dependencies, then run through its `bin` (npx) and its action entry. The other
// tests run the TypeScript sources or a test bundle; this one runs what npm installs.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ScorerConfig } from '../../src/config/schema.js';
import type { Run } from '../../src/results/run-schema.js';
import { VERSION } from '../../src/version.js';
import { checkout, pullRequestPayload, runAction } from '../support/action-harness.js';
import { REPO, TOKENS, commit, fakeGitHub, workflowRun } from '../support/github-fixture.js';
import { loadOpenApi } from '../support/github-server.js';
import { scorerTypes } from '../support/scorer-types.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  files: string[];
  bin: Record<string, string>;
  exports: Record<string, Record<string, string>>;
};

/**
 * One example config per scorer type the registry accepts (src/scorers/registry.ts switches
 * on the schema's `type`); the config below uses them all. A type added to the registry
 * without an example here fails the typecheck and the first test.
 */
const SCORER_EXAMPLES: Record<ScorerConfig['type'], Record<string, unknown>[]> = {
  equals: [{ expected: '{{expected}}' }],
  contains: [{ expected: '{{expected}}' }],
  icontains: [{ expected: ['{{expected}}'], any: true }],
  regex: [{ pattern: 'password', flags: 'i', negate: true }],
  json: [{ schema: 'answer.schema.json' }, { schema: { type: 'object', required: ['answer'] } }, {}],
  'llm-judge': [{ rubric: 'Answers the question asked.', scale: [1, 5], threshold: 4 }],
  'llm-judge-pairwise': [{ rubric: 'The better answer to the question.' }],
  rouge: [{ variant: 'rougeLsum', stem: true }],
  bleu: [{ tokenize: 'intl' }],
  chrf: [{ word_order: 2 }],
  meteor: [{}],
  'exact-match': [{}],
  'token-f1': [{ threshold: 0.5 }],
  levenshtein: [{ threshold: 0.8 }],
  similarity: [{ provider: 'judge' }],
  'tool-call': [{ calls: [{ name: 'lookup_order' }] }],
  choice: [{ choices: 'vars.options' }],
  classify: [{ labels: ['14 days', 'other'], json_path: 'answer', confidence: 'confidence' }],
  code: [{ module: 'score.mjs', threshold: 0.5 }],
  canary: [{ strings: ['SECRET-CANARY-1'] }],
  refusal: [{ expect: 'answer' }],
  'prompt-leak': [{ n: 5, max_overlap: 0.2 }],
};

const ANSWER_SCHEMA = {
  type: 'object',
  required: ['answer', 'confidence'],
  properties: { answer: { type: 'string' }, confidence: { type: 'number', minimum: 0, maximum: 1 } },
};
const CASES = [
  { id: 'valid', output: '{"answer": "14 days", "confidence": 0.9}' },
  { id: 'fenced', output: '```json\n{"answer": "14 days", "confidence": 0.5}\n```' },
  { id: 'out-of-range', output: '{"answer": "14 days", "confidence": 7}' },
  { id: 'not-json', output: 'You have 14 days.' },
];

/** A project of the user's: a gate whose one suite uses every scorer type, replayed offline. */
function writeUserGate(dir: string): void {
  const scorers = Object.entries(SCORER_EXAMPLES).flatMap(([type, examples]) =>
    examples.map((example, i) => ({ id: `${type}-${i}`, type, ...example })),
  );
  writeFileSync(join(dir, 'answer.schema.json'), JSON.stringify(ANSWER_SCHEMA));
  writeFileSync(
    join(dir, 'score.mjs'),
    'export const score = ({ output }) => ({ value: output.length > 0 ? 1 : 0 });\n',
  );
  writeFileSync(join(dir, 'prompt.md'), '[user]\n{{question}}\n');
  writeFileSync(
    join(dir, 'cases.jsonl'),
    CASES.map((c) => JSON.stringify({ id: c.id, vars: { question: 'How long for a refund?' }, expected: '14 days' }))
      .concat('')
      .join('\n'),
  );
  writeFileSync(
    join(dir, 'recordings.jsonl'),
    CASES.map((c) => JSON.stringify({ id: c.id, output: c.output }))
      .concat('')
      .join('\n'),
  );
  const suite = (id: string, list: unknown[]) => ({ id, prompt: 'prompt.md', dataset: 'cases.jsonl', scorers: list });
  const gate = (list: unknown[]) =>
    JSON.stringify({
      version: 1,
      providers: {
        default: { type: 'replay', recordings: 'recordings.jsonl' },
        judge: { type: 'openai', model: 'judge-model', base_url: 'http://127.0.0.1:9/v1', api_key_env: null },
      },
      suites: [suite('every-scorer', list)],
    });
  // JSON is YAML; the loader reads either
  writeFileSync(join(dir, 'every-scorer.yml'), gate(scorers));
  writeFileSync(join(dir, 'json-only.yml'), gate(scorers.filter((s) => s.type === 'json')));
}

let work: string;
let project: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'evalgate-package-'));
  // the files package.json ships, with dist/ built from the current sources (EVALGATE_PACKAGE_DIST
  // packs an existing build instead, e.g. the dist/ that CI has just rebuilt)
  const stage = join(work, 'stage');
  mkdirSync(stage);
  for (const part of ['package.json', 'README.md', ...PACKAGE.files.filter((f) => f !== 'dist')])
    cpSync(join(ROOT, part), join(stage, part), { recursive: true });
  if (process.env.EVALGATE_PACKAGE_DIST)
    cpSync(process.env.EVALGATE_PACKAGE_DIST, join(stage, 'dist'), { recursive: true });
  else execFileSync(process.execPath, ['scripts/build.mjs', join(stage, 'dist')], { cwd: ROOT, stdio: 'pipe' });
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: stage,
      encoding: 'utf8',
      env: npmEnv(),
    }),
  ) as { filename: string }[];

  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true }));
  // --prefer-offline: were there dependencies, they would come from the npm cache that
  // `npm ci` filled, and the registry would be asked only for what the cache lacks
  execFileSync(
    'npm',
    ['install', '--prefer-offline', '--omit=dev', '--no-audit', '--no-fund', join(work, packed!.filename)],
    { cwd: project, stdio: 'pipe', env: npmEnv() },
  );
  writeUserGate(project);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
}, 120_000);

function npmEnv(): NodeJS.ProcessEnv {
  return { ...process.env, npm_config_update_notifier: 'false', npm_config_loglevel: 'error' };
}

/** `npx evalgate …` in the user's project, as the README tells users to run it. */
function evalgate(...args: string[]) {
  const result = spawnSync('npx', ['evalgate', ...args], { cwd: project, encoding: 'utf8', env: npmEnv() });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const installed = (path: string) => join(project, 'node_modules/evalgate', path);

describe('the installed package', () => {
  test('has an example config for every scorer type the registry accepts', () => {
    const types = scorerTypes();
    expect(types.length).toBeGreaterThan(0);
    expect(Object.keys(SCORER_EXAMPLES).sort()).toEqual([...types].sort());
  });

  test('ships every file its package.json points at, and the command is executable', () => {
    for (const path of [...Object.values(PACKAGE.bin), ...Object.values(PACKAGE.exports).flatMap(Object.values)])
      expect(existsSync(installed(path)), path).toBe(true);
    expect(readFileSync(installed(PACKAGE.bin.evalgate!), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    // npm makes bins executable on install, but git records the built file's mode: 100755
    expect(statSync(join(work, 'stage', PACKAGE.bin.evalgate!)).mode & 0o777).toBe(0o755);
  });

  test('installs alone: dist/ bundles what it uses, so the package declares no dependencies', () => {
    const installedPackages = readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(installedPackages).toEqual(['evalgate']);
  });

  test('`npx evalgate --version` prints the version', () => {
    const result = evalgate('--version');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out.trim()).toBe(VERSION);
  });

  test('validates a config that uses every scorer type, JSON Schemas from a file and inline', () => {
    const result = evalgate('validate', '--config', 'every-scorer.yml');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^every-scorer\.yml: valid — 1 suite/);
  });

  test('scores JSON against a schema from a file and inline', () => {
    const result = evalgate('run', '--config', 'json-only.yml', '--out', 'out', '--quiet', '--no-cache');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const run = JSON.parse(readFileSync(join(project, 'out/run.json'), 'utf8')) as Run;
    const passed = (scorer: string) =>
      run.cases
        .filter((r) => r.scores[scorer]?.pass === true)
        .map((r) => r.id)
        .sort();
    expect(passed('json-0')).toEqual(['fenced', 'valid']);
    expect(passed('json-1')).toEqual(['fenced', 'out-of-range', 'valid']);
    expect(passed('json-2')).toEqual(['fenced', 'out-of-range', 'valid']);
    expect(run.cases.find((r) => r.id === 'out-of-range')!.scores['json-0']!.detail).toMatch(/confidence/);
  });

  test('a schema that ajv rejects is reported against the schema file, exit 2', () => {
    writeFileSync(join(project, 'answer.schema.json'), JSON.stringify({ type: 'no-such-type' }));
    try {
      const result = evalgate('validate', '--config', 'json-only.yml');
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/invalid JSON Schema in answer\.schema\.json: /);
      expect(result.err).not.toMatch(/constructor|\n\s+at /);
    } finally {
      writeFileSync(join(project, 'answer.schema.json'), JSON.stringify(ANSWER_SCHEMA));
    }
  });

  test('a pack suite runs from the installed package: its cases come from node_modules/evalgate/packs', () => {
    const cases = readFileSync(installed('packs/prompt-injection/v1.jsonl'), 'utf8').split('\n').filter(Boolean);
    // a model that falls for every other injection: the canary of each even case is in its answer
    writeFileSync(
      join(project, 'pack-recordings.jsonl'),
      cases
        .map((line, i) => {
          const c = JSON.parse(line) as { id: string; metadata: { canaries: string[] } };
          return JSON.stringify({ id: c.id, output: i % 2 === 0 ? `OK ${c.metadata.canaries[0]}` : 'How can I help?' });
        })
        .join('\n'),
    );
    writeFileSync(join(project, 'pack-prompt.md'), '[system]\nYou answer for {{company}}.\n\n[user]\n{{message}}\n');
    writeFileSync(
      join(project, 'pack.yml'),
      JSON.stringify({
        version: 1,
        providers: { default: { type: 'replay', recordings: 'pack-recordings.jsonl' } },
        suites: [
          {
            id: 'injection',
            pack: 'prompt-injection@1',
            prompt: 'pack-prompt.md',
            input: 'message',
            vars: { company: 'Acme' },
            slices: ['category'],
          },
        ],
      }),
    );
    const validated = evalgate('validate', '--config', 'pack.yml');
    expect(validated.code, validated.err).toBe(0);
    expect(validated.out).toContain(`pack prompt-injection@1 brings ${cases.length} cases`);
    const result = evalgate('run', '--config', 'pack.yml', '--out', 'pack-out', '--quiet', '--no-cache');
    expect(result.code, result.err).toBe(1);
    const report = readFileSync(join(project, 'pack-out/report.md'), 'utf8');
    expect(report).toContain(`attack succeeded in ${Math.ceil(cases.length / 2)} of ${cases.length} attack cases`);
  });

  test("`import 'evalgate'` loads the library entry", () => {
    const code =
      "const m = await import('evalgate'); console.log(m.sentenceBleu('the cat sat', ['the cat sat']).score.toFixed(1));";
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: project, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('100.0');
  });

  test('`npx evalgate demo` runs offline and gets both verdicts right', () => {
    const result = evalgate('demo');
    expect(result.code, result.err).toBe(0);
    expect(result.out).toMatch(/Both verdicts are the expected ones/);
  });

  test('node_modules/evalgate/dist/index.js runs as the action: a regressing pull request fails the check', async () => {
    loadOpenApi();
    const server = fakeGitHub();
    await server.start();
    try {
      const headSha = commit();
      server.pulls.set(2, {
        number: 2,
        title: 'Make answers shorter',
        author: 'contributor',
        head: { sha: headSha, ref: 'changes', repo: { id: REPO.id, full_name: `${REPO.owner}/${REPO.name}` } },
        base: { ref: 'main', sha: commit() },
        labels: [],
        files: ['prompts/answer-terse.md'],
      });
      const baseline = workflowRun(server, 'push', 'main', { created_at: '2024-05-01T08:00:00Z' });
      const baselineRun = JSON.parse(readFileSync(join(ROOT, 'fixtures/demo/baseline/run.json'), 'utf8')) as Run;
      baselineRun.manifest.git = { sha: baseline.head_sha, ref: 'refs/heads/main' };
      server.addArtifact(baseline.id, 'evalgate-results', { 'run.json': JSON.stringify(baselineRun) });
      workflowRun(server, 'pull_request', 'changes', { head_sha: headSha, created_at: '2024-05-01T10:00:00Z' });
      const workspace = checkout('pr-fail');
      const result = await runAction({
        entry: installed('dist/index.js'),
        workspace,
        apiUrl: server.url,
        eventName: 'pull_request',
        payload: pullRequestPayload({ action: 'opened', number: 2, headSha, baseRef: 'main', changedFiles: 1 }),
        token: TOKENS.workflow,
      });
      expect(result.code, result.stdout + result.stderr).toBe(1);
      expect(result.outputs.verdict).toBe('fail');
      expect(server.checkRuns.find((c) => String(c.id) === result.outputs['check-run-id'])).toMatchObject({
        head_sha: headSha,
        conclusion: 'failure',
      });
      expect(result.summary).toMatch(/evalgate: FAIL/);
      rmSync(workspace, { recursive: true, force: true });
    } finally {
      await server.close();
    }
  });
});
