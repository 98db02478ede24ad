import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Run } from '../../src/results/run-schema.js';
import { makeWorkspace } from '../support/workspace.js';

// A `code` scorer written in Python, run through the JSON-lines worker protocol
// (docs/metrics.md, `code`) by the BUILT CLI in a child process: the CLI is bundled from the
// sources as scripts/build.mjs does, into a temporary folder, and a real python3 is the worker.

let bundleDir: string;
let cliPath: string;

beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), 'evalgate-code-worker-cli-'));
  cliPath = join(bundleDir, 'cli.mjs');
  await build({
    entryPoints: [resolve('src/cli.ts')],
    outfile: cliPath,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}, 60_000);
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cliPath, ...args], { env: { ...process.env, ...env }, stdio: 'pipe' });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => done({ code, out, err }));
  });
}

const SCORER_PY = `import json, os, sys, time
for line in sys.stdin:
    req = json.loads(line)
    out = req["output"]
    if out == "crash":
        sys.exit(3)
    if out == "hang":
        time.sleep(30)
    if out == "garbage":
        print("not json", flush=True)
        continue
    if out == "raise":
        raise ValueError("cannot score this")
    if out == "nonsense":
        print(json.dumps({"value": "high"}), flush=True)
        continue
    seen = sorted(k for k in os.environ if k.startswith(("EG_", "GITHUB")))
    detail = "|".join([req["tags"].get("language", ""), req["vars"]["question"], str(len(req["toolCalls"])), ",".join(seen), str(os.getpid())])
    print(json.dumps({"value": 1.0 if req["expected"] in out else 0.25, "detail": detail}), flush=True)
`;

const lines = (xs: object[]) => xs.map((x) => JSON.stringify(x)).join('\n');

function workspace(
  outputs: Record<string, string>,
  scorer = '{ id: mine, type: code, command: [python3, scorer.py], env: [EG_PASSED], timeout_ms: 2000, threshold: 0.5, concurrency: 1 }',
) {
  const ids = Object.keys(outputs);
  return makeWorkspace({
    'evalgate.yml': `version: 1
providers:
  default: { type: replay, recordings: recordings.jsonl }
suites:
  - id: qa
    prompt: prompt.md
    dataset: cases.jsonl
    scorers:
      - ${scorer}
    rules:
      - { metric: mine.pass_rate, min: 0.1 }
`,
    'scorer.py': SCORER_PY,
    'cases.jsonl': lines(
      ids.map((id) => ({ id, vars: { question: `q-${id}` }, expected: 'Paris', tags: { language: 'en' } })),
    ),
    'recordings.jsonl': lines(ids.map((id) => ({ id, output: outputs[id] }))),
  });
}

async function run(dir: string) {
  const out = mkdtempSync(join(tmpdir(), 'evalgate-code-worker-'));
  const result = await runCli(
    ['run', '--config', join(dir, 'evalgate.yml'), '--baseline', 'none', '--out', out, '--quiet', '--no-cache'],
    {
      EG_PASSED: 'yes',
      EG_NOT_NAMED: 'no',
      GITHUB_TOKEN: 'ghs_0123456789abcdef',
    },
  );
  return { result, run: Run.parse(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'))) };
}

describe('code scorer through a JSON-lines worker (python3)', () => {
  test('scores each case with the worker’s value, pass from the threshold and detail; one worker serves many cases', async () => {
    const { result, run: r } = await run(workspace({ a: 'It is Paris.', b: 'Lyon', c: 'Paris!' }));
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const byId = Object.fromEntries(r.cases.map((c) => [c.id, c.scores.mine!]));
    expect(byId.a).toMatchObject({ value: 1, pass: true });
    expect(byId.b).toMatchObject({ value: 0.25, pass: false });
    // the request carried tags, vars and tool calls; only the named variable passed, never a GitHub token
    expect(byId.a!.detail).toMatch(/^en\|q-a\|0\|EG_PASSED\|\d+$/);
    const pids = new Set(r.cases.map((c) => c.scores.mine!.detail!.split('|')[4]));
    expect(pids.size).toBe(1);
  });

  test('a crash, a hang, a malformed line, an exception or a wrong value is a scorer error on that case, and the run goes on', async () => {
    const { result, run: r } = await run(
      workspace({
        ok1: 'Paris',
        crash: 'crash',
        ok2: 'Paris',
        hang: 'hang',
        garbage: 'garbage',
        raise: 'raise',
        nonsense: 'nonsense',
        ok3: 'Paris',
      }),
    );
    expect(result.err).toBe('');
    const byId = Object.fromEntries(r.cases.map((c) => [c.id, c]));
    for (const id of ['ok1', 'ok2', 'ok3']) expect(byId[id]!.scores.mine).toMatchObject({ value: 1, pass: true });
    const errors = Object.fromEntries(
      ['crash', 'hang', 'garbage', 'raise', 'nonsense'].map((id) => [id, byId[id]!.scorer_errors?.mine]),
    );
    expect(errors.crash).toMatch(/^python3 scorer\.py: .*exited with code 3/);
    expect(errors.hang).toBe('python3 scorer.py: no result within 2000 ms (timeout_ms)');
    expect(errors.garbage).toMatch(/^python3 scorer\.py: printed something that is not JSON: "not json"/);
    expect(errors.raise).toMatch(/^python3 scorer\.py: .*exited with code 1: .*ValueError: cannot score this/s);
    expect(errors.nonsense).toMatch(/^python3 scorer\.py: returned value "high", expected a finite number/);
    for (const id of ['crash', 'hang', 'garbage', 'raise', 'nonsense']) expect(byId[id]!.scores.mine).toBeUndefined();
  }, 60_000);

  test('validate requires exactly one of module and command, with file:line', async () => {
    const dir = workspace({ a: 'Paris' }, '{ id: mine, type: code, module: s.mjs, command: [python3, scorer.py] }');
    const result = await runCli(['validate', '--config', join(dir, 'evalgate.yml')], {});
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/evalgate\.yml:9:\d+ suites\[0\]\.scorers\[0\]\.command/);
    expect(result.err).toMatch(/needs either module .* or command .*, not both/);
  });

  test('a case’s own code scorer cannot start workers: validate names the case’s line', async () => {
    const dir = workspace({ a: 'Paris' });
    writeFileSync(
      join(dir, 'evalgate.yml'),
      readFileSync(join(dir, 'evalgate.yml'), 'utf8').replace('    rules:', '    case_scorers: [own]\n    rules:'),
    );
    writeFileSync(
      join(dir, 'cases.jsonl'),
      JSON.stringify({
        id: 'a',
        vars: { question: 'q' },
        assert: [{ id: 'own', type: 'code', command: ['python3', 'scorer.py'] }],
      }),
    );
    const result = await runCli(['validate', '--config', join(dir, 'evalgate.yml')], {});
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /cases\.jsonl:1 .*case "a" defines code scorer "own" with a command; .*make it a suite scorer/,
    );
  });

  test('validate rejects a worker env that names a GitHub credential, with file:line', async () => {
    const dir = workspace(
      { a: 'Paris' },
      '{ id: mine, type: code, command: [python3, scorer.py], env: [GITHUB_TOKEN] }',
    );
    const result = await runCli(['validate', '--config', join(dir, 'evalgate.yml')], {});
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /evalgate\.yml:9:\d+ suites\[0\]\.scorers\[0\]\.env: GITHUB_TOKEN carries the workflow's GitHub credentials/,
    );
  });
});
