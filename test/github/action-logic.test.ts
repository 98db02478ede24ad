// The action's decisions that need no network: which suites a change calls for, whether an
// override counts, what the check run says, settings from INPUT_* variables.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { load as parseYamlText } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { annotationsFor, checkTitle, CONCLUSION, exitCodeOf } from '../../src/action/check-output.js';
import { parseEvent } from '../../src/action/event.js';
import { diffCaseScorers, diffGates, withGateChange } from '../../src/action/gate-change.js';
import { judgeOverride } from '../../src/action/override.js';
import { gatedPaths, judgingFiles, selectSuites } from '../../src/action/select-suites.js';
import { missingCredentials, redact, redactDeep, secretValues } from '../../src/action/secrets.js';
import { readSettings, type RunnerEnvironment } from '../../src/action/settings.js';
import { verdictRun } from '../../src/action/verdict-run.js';
import { loadConfig } from '../../src/config/load.js';
import { GateConfig, ScorerConfig } from '../../src/config/schema.js';
import { batches } from '../../src/github/check-run.js';
import { renderActionNotes } from '../../src/report/action-notes.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { checkout, pullRequestPayload, webhookExample } from '../support/action-harness.js';
import { demoRun } from '../support/demo-runs.js';

function loadedIn(repo: string) {
  const loaded = loadConfig(join(repo, 'gates/evalgate.yml'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
}

describe('which suites a pull request calls for', () => {
  const repo = checkout('pr-fail', (y) =>
    y.replace('paths: ["prompts/**", "datasets/support-qa.jsonl"]', 'paths: ["prompts/**", "!prompts/README.md"]'),
  );
  const loaded = loadedIn(repo);

  test('a changed file matching the suite’s paths globs selects it', () => {
    expect(selectSuites(loaded, { files: ['prompts/answer-terse.md'], complete: true }, repo).suites).toEqual([
      'support-qa',
    ]);
  });

  test('a later "!" glob excludes a file', () => {
    expect(selectSuites(loaded, { files: ['prompts/README.md'], complete: true }, repo).suites).toEqual([]);
  });

  test('the config and every file it references count as gated, even outside the globs', () => {
    expect(gatedPaths(loaded, repo)[0]!.files).toEqual([
      'gates/evalgate.yml',
      'prompts/answer-terse.md',
      'datasets/support-qa.jsonl',
      'recordings/pr-terse.jsonl',
    ]);
    for (const file of ['gates/evalgate.yml', 'datasets/support-qa.jsonl', 'recordings/pr-terse.jsonl']) {
      expect(selectSuites(loaded, { files: [file], complete: true }, repo).suites).toEqual(['support-qa']);
    }
  });

  test('a code scorer’s module or command, a command provider’s program and folder, tools and schema files are gated too', () => {
    const more = checkout('pr-fail', (y) =>
      y
        .replace(
          'providers:\n',
          'providers:\n  app: { type: command, command: [node, app/eval.mjs], cwd: ../app }\n  judge: { type: openai, model: j, api_key_env: null, tools: ../tools/judge.json, response_format: { json_schema: ../schemas/verdict.json } }\n',
        )
        .replace('    prompt:', '    provider: app\n    prompt:')
        .replace(
          '    scorers:\n',
          '    scorers:\n      - { id: fmt, type: code, module: ../scorers/fmt.mjs }\n      - { id: py, type: code, command: [python3, ../scorers/judge.py] }\n      - { id: j, type: llm-judge, provider: judge, rubric: r }\n',
        ),
    );
    for (const [path, text] of [
      ['app/eval.mjs', ''],
      ['tools/judge.json', '[{"type":"function","function":{"name":"f"}}]'],
      ['schemas/verdict.json', '{}'],
    ] as const) {
      mkdirSync(join(more, dirname(path)), { recursive: true });
      writeFileSync(join(more, path), text);
    }
    const gated = loadedIn(more);
    for (const file of [
      'scorers/fmt.mjs',
      'scorers/judge.py',
      'app/eval.mjs',
      'app/data/helper.json',
      'tools/judge.json',
    ])
      expect(selectSuites(gated, { files: [file], complete: true }, more).suites, file).toEqual(['support-qa']);
    expect(judgingFiles(gated, more).filter((f) => !f.what.startsWith('scorer py'))).toEqual([
      { suite: 'support-qa', file: 'scorers/fmt.mjs', what: "scorer fmt's file" },
      { suite: 'support-qa', file: 'tools/judge.json', what: "provider judge's file" },
      { suite: 'support-qa', file: 'schemas/verdict.json', what: "provider judge's file" },
    ]);
    // a code scorer's command: the script it runs is a file the suite is judged by
    expect(judgingFiles(gated, more)).toContainEqual({
      suite: 'support-qa',
      file: 'scorers/judge.py',
      what: "scorer py's file",
    });
  });

  test('nothing gated changed: no suites, and a reason that says so', () => {
    const s = selectSuites(loaded, { files: ['README.md', 'src/app.ts'], complete: true }, repo);
    expect(s.suites).toEqual([]);
    expect(s.reason).toBe(
      "No gated files changed: none of the 2 changed files matches a suite's paths or a file the gate config uses.",
    );
  });

  test('beyond GitHub’s 3,000-file listing every suite runs, and the reason says why', () => {
    const s = selectSuites(loaded, { files: ['README.md'], complete: false }, repo);
    expect(s.suites).toEqual(['support-qa']);
    expect(s.reason).toMatch(/more files than GitHub lists \(3,000\)/);
  });
});

describe('whether an override counts', () => {
  const facts = {
    label: 'evalgate/override',
    minPermission: 'maintain' as const,
    present: true,
    lastApplied: { actor: 'alice', actorType: 'User', at: '2024-05-01T11:00:00Z' },
    role: 'maintain' as const,
    appliedTo: 'abc1234'.padEnd(40, '0'),
    headSha: 'abc1234'.padEnd(40, '0'),
  };

  test('applied to the judged commit by a maintainer: counts, and says who, with what permission, when', () => {
    expect(judgeOverride(facts)).toEqual({
      applied: {
        label: 'evalgate/override',
        actor: 'alice',
        permission: 'maintain',
        applied_at: '2024-05-01T11:00:00Z',
      },
      ignored: [],
    });
  });

  test('admin is above maintain; write and triage are below it', () => {
    expect(judgeOverride({ ...facts, role: 'admin' }).applied).not.toBeNull();
    expect(judgeOverride({ ...facts, role: 'write' }).ignored[0]).toMatch(
      /@alice applied it with write permission on this repository; it needs maintain or higher/,
    );
    expect(judgeOverride({ ...facts, role: null }).ignored[0]).toMatch(/with no permission/);
  });

  test('applied to another commit, or not by the labeled event that started this run: ignored, naming the commits', () => {
    expect(judgeOverride({ ...facts, appliedTo: 'def5678'.padEnd(40, '0') }).ignored[0]).toMatch(
      /it was not applied to commit abc1234 \(it was applied to def5678\); an override counts only for the head commit it was applied to/,
    );
    expect(judgeOverride({ ...facts, appliedTo: null }).ignored[0]).toMatch(/it was not applied to commit abc1234;/);
  });

  test('removed on synchronize, or not removable: never applied, and said', () => {
    expect(judgeOverride({ ...facts, removal: 'removed' }).ignored[0]).toMatch(
      /was removed because new commits were pushed/,
    );
    expect(judgeOverride({ ...facts, removal: 'forbidden' }).ignored[0]).toMatch(/could not remove it/);
    expect(judgeOverride({ ...facts, present: false })).toEqual({ applied: null, ignored: [] });
  });

  test('every ignored reason starts with "Override label", which the report quotes', () => {
    for (const f of [
      { ...facts, role: 'triage' as const },
      { ...facts, lastApplied: null },
      { ...facts, appliedTo: null },
      { ...facts, removal: 'removed' as const },
    ])
      expect(judgeOverride(f).ignored[0]).toMatch(/^Override label "evalgate\/override"/);
  });
});

describe('the check run', () => {
  test('conclusion and exit code per verdict: only fail and error block', () => {
    expect(CONCLUSION).toEqual({
      pass: 'success',
      warn: 'neutral',
      skipped: 'success',
      overridden: 'success',
      fail: 'failure',
      error: 'failure',
    });
    expect((['pass', 'warn', 'skipped', 'overridden', 'fail', 'error'] as const).map(exitCodeOf)).toEqual([
      0, 0, 0, 0, 1, 1,
    ]);
  });

  test('an error is titled "could not evaluate"', () => {
    const run = verdictRun({
      verdict: 'error',
      summary: 'Could not evaluate: GitHub API failure.',
      config: { file: 'x', hash: '' },
      git: { sha: null, ref: null },
      event: null,
      pr: null,
      tier: 'smoke',
      startedAt: '2024-01-01T00:00:00Z',
    });
    expect(checkTitle(run)).toBe('could not evaluate: GitHub API failure.');
  });

  test('annotates the dataset line of each failed critical case and the prompt of a failing suite', async () => {
    const run = await demoRun('pr-fail');
    const notes = annotationsFor(run, (p) => p.replace(/^fixtures\/demo\//, ''));
    const critical = notes.filter((a) => a.path === 'datasets/support-qa.jsonl');
    expect(critical.length).toBe(run.decision!.critical_failures.length);
    expect(critical[0]).toMatchObject({
      annotation_level: 'failure',
      start_line: run.decision!.critical_failures[0]!.line,
    });
    expect(notes.find((a) => a.path === 'prompts/answer-terse.md')).toMatchObject({
      annotation_level: 'failure',
      start_line: 1,
    });
    expect(annotationsFor(run, () => null)).toEqual([]);
  });

  test('outputs are split into requests of at most 50 annotations, each with title and summary', () => {
    const annotations = Array.from({ length: 101 }, (_, i) => ({
      path: 'a',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'notice' as const,
      message: 'm',
    }));
    const out = batches({ title: 't'.repeat(300), summary: 's', annotations });
    expect(out.map((b) => b.annotations.length)).toEqual([50, 50, 1]);
    expect(out.every((b) => b.title.length <= 255 && b.summary === 's')).toBe(true);
    expect(batches({ title: 't', summary: 's' })).toHaveLength(1);
  });
});

describe('notes under the report', () => {
  test('are data rendered above the footer line, and the report keeps within its budget with them', async () => {
    const run = await demoRun('pr-fail');
    const notes = renderActionNotes(
      [{ kind: 'no-baseline-branch' }, { kind: 'shard', index: 1, count: 2, summaryOnly: true }],
      'pr',
    );
    expect(notes).toEqual(['No baseline: this run is not on a branch, so there is no base branch to compare with.']);
    const md = renderMarkdown(run, { marker: true, notes });
    const lines = md.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^<sub>evalgate/);
    expect(lines.slice(-4, -1)).toEqual(['', notes[0], '']);
    const small = renderMarkdown(run, { marker: true, notes, budget: 3000 });
    expect(small.length).toBeLessThanOrEqual(3000);
    expect(small).toContain(notes[0]);
  });

  test('summary-only notes reach the job summary, not the PR', () => {
    const notes = [{ kind: 'no-check-run', problem: 'no permission', summaryOnly: true } as const];
    expect(renderActionNotes(notes, 'pr')).toEqual([]);
    expect(renderActionNotes(notes, 'summary')).toEqual(['No check run: no permission.']);
  });
});

describe('secrets', () => {
  test('model credentials are missing on a fork PR; a provider with api_key_env: null needs none', () => {
    const openai = checkout('pr-fail', (y) =>
      y.replace(/default: \{ type: replay[^}]*\}/, 'default: { type: openai, model: gpt-4o-mini }'),
    );
    expect(missingCredentials(loadedIn(openai), ['support-qa'], {})).toEqual(['OPENAI_API_KEY']);
    expect(missingCredentials(loadedIn(openai), ['support-qa'], { OPENAI_API_KEY: 'sk-x' })).toEqual([]);
    const local = checkout('pr-fail', (y) =>
      y.replace(
        /default: \{ type: replay[^}]*\}/,
        'default: { type: openai, model: llama3, base_url: "http://localhost:11434/v1", api_key_env: null }',
      ),
    );
    expect(missingCredentials(loadedIn(local), ['support-qa'], {})).toEqual([]);
  });

  test('values of credential and token variables are redacted from text and from run.json', () => {
    const secrets = secretValues(['OPENAI_API_KEY'], {
      OPENAI_API_KEY: 'sk-live-0123456789',
      ACTIONS_RUNTIME_TOKEN: 'rt-0123456789',
      SHORT_TOKEN: 'abc',
      HOME: '/home/runner',
    });
    expect(secrets.sort()).toEqual(['rt-0123456789', 'sk-live-0123456789']);
    expect(redact('Incorrect API key provided: sk-live-0123456789.', secrets)).toBe('Incorrect API key provided: ***.');
    expect(redactDeep({ cases: [{ error: { message: 'key sk-live-0123456789' } }], n: 1 }, secrets)).toEqual({
      cases: [{ error: { message: 'key ***' } }],
      n: 1,
    });
  });
});

describe('settings and events', () => {
  test('are read from INPUT_* variables (hyphens kept) and the runner’s environment', () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, {
        'INPUT_GITHUB-TOKEN': 'ghs_x0123456789',
        INPUT_SUITES: ' a, b ,',
        INPUT_SHARD: '2/4',
        'INPUT_FORK-POLICY': 'skip',
        INPUT_COMMENT: 'off',
        INPUT_TIER: '',
      });
      const s = readSettings({
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_WORKSPACE: '/w',
        GITHUB_RUN_ID: '42',
        GITHUB_EVENT_NAME: 'pull_request',
      });
      expect(s.ok && s.value).toMatchObject({
        token: 'ghs_x0123456789',
        suites: ['a', 'b'],
        shard: { index: 2, count: 4 },
        forkPolicy: 'skip',
        comment: 'off',
        tier: undefined,
        config: 'gates/evalgate.yml',
        checkName: 'evalgate',
        workingDirectory: '/w',
        runner: { runId: 42, repository: 'o/r', apiUrl: 'https://api.github.com' },
      });
      process.env.INPUT_SHARD = '5/4';
      process.env.INPUT_COMMENT = 'sometimes';
      const bad = readSettings({ GITHUB_REPOSITORY: 'o/r' });
      expect(!bad.ok && bad.issues.map((i) => i.path)).toEqual(['comment', 'shard']);
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });

  const runner: RunnerEnvironment = {
    eventName: 'pull_request',
    eventPath: undefined,
    repository: 'Codertocat/Hello-World',
    sha: 'm'.repeat(40),
    ref: 'refs/pull/2/merge',
    apiUrl: '',
    serverUrl: '',
    runId: 1,
    runAttempt: 1,
    workspace: '/w',
    temp: undefined,
  };

  test('a pull request from the same repository, and one from a fork', () => {
    const same = parseEvent(runner, pullRequestPayload({ action: 'opened', number: 2, headSha: 'a'.repeat(40) }));
    expect(same).toMatchObject({
      kind: 'pull_request',
      action: 'opened',
      fromFork: false,
      pull: { number: 2, headSha: 'a'.repeat(40), baseRef: 'master' },
    });
    expect(
      parseEvent(
        runner,
        pullRequestPayload({ action: 'synchronize', number: 2, headSha: 'a'.repeat(40), fromFork: true }),
      ),
    ).toMatchObject({ fromFork: true, action: 'synchronize' });
  });

  test('a push, and a workflow_run (which evalgate reads only to refuse it)', () => {
    expect(
      parseEvent({ ...runner, eventName: 'push', ref: 'refs/heads/master' }, webhookExample('push')),
    ).toMatchObject({ kind: 'branch', branch: 'master' });
    const wr = webhookExample('workflow_run', 'completed');
    (wr.workflow_run as Record<string, unknown>).event = 'pull_request';
    (wr.workflow_run as Record<string, unknown>).conclusion = 'action_required';
    expect(parseEvent({ ...runner, eventName: 'workflow_run' }, wr)).toEqual({
      kind: 'workflow_run',
      name: 'workflow_run',
      triggeringEvent: 'pull_request',
      conclusion: 'action_required',
    });
  });
});

describe('what a pull request changes in the gate', () => {
  const config = (edit: (y: string) => string = (y) => y) => {
    const text = edit(readFileSync(new URL('../../fixtures/demo/gates/pr-fail.yml', import.meta.url), 'utf8'));
    const parsed = GateConfig.safeParse(parseYamlText(text));
    if (!parsed.success) throw new Error(parsed.error.message);
    return parsed.data;
  };
  const base = config();

  test('the same gate changes nothing', () => {
    expect(diffGates(base, config())).toEqual({ loosened: [], tightened: [] });
  });

  test('a renamed suite is gone from the gate: its baseline no longer pairs', () => {
    const change = diffGates(
      base,
      config((y) => y.replace('id: support-qa', 'id: support-qa-v2')),
    );
    expect(change.loosened).toEqual([expect.stringMatching(/^suite support-qa of the base branch is gone/)]);
    expect(change.tightened).toEqual(['suite support-qa-v2 is added']);
  });

  test('relaxed bounds, margins, outcomes and samples loosen it; stricter ones tighten it', () => {
    const looser = diffGates(
      base,
      config((y) =>
        y
          .replace('min: 0.80', 'min: 0.5')
          .replace('max_drop: 5pp', 'max_drop: 8pp')
          .replace('{ metric: critical_failures, max: 0 }', '{ metric: critical_failures, max: 3 }')
          .replace('max_increase: 25%', 'max_increase: 25%, on_no_baseline: pass')
          .replace('smoke: { sample: 200 }', 'smoke: { sample: 50 }'),
      ),
    );
    expect(looser.loosened).toEqual([
      'support-qa: tier smoke samples 50 cases instead of 200 cases',
      'support-qa: rule correct.pass_rate min 0.8 → 0.5 (lowered)',
      'support-qa: rule correct.pass_rate margin 5pp → 8pp',
      'support-qa: rule critical_failures max 0 → 3 (raised)',
      'support-qa: rule latency.p95 on_no_baseline warn → pass',
    ]);
    const stricter = diffGates(
      base,
      config((y) => y.replace('min: 0.80', 'min: 0.9').replace('sample: 200', 'sample: 300')),
    );
    expect(stricter.loosened).toEqual([]);
    expect(stricter.tightened).toHaveLength(2);
  });

  test('a removed rule, a redefined scorer and a lower override permission loosen it', () => {
    const change = diffGates(
      base,
      config((y) =>
        y
          .replace('      - { metric: latency.p95, max_increase: 25% }\n', '')
          .replace('flags: i, negate: true', 'flags: i, negate: false')
          .replace('min_permission: maintain', 'min_permission: write'),
      ),
    );
    expect(change.loosened).toEqual([
      'support-qa: scorer safe is redefined',
      'support-qa: rule latency.p95 max_increase is removed or changed into another kind of rule',
      'overrides need write permission instead of maintain',
    ]);
  });

  test('a decoy path, another provider or seed, fewer globs or case scorers and a raised limit loosen it', () => {
    const change = diffGates(
      base,
      config((y) =>
        y
          .replace('../prompts/answer-terse.md', '../prompts/copy.md')
          .replace('paths: ["prompts/**", "datasets/support-qa.jsonl"]', 'paths: ["prompts/**"]')
          .replace('smoke: { sample: 200 }', 'smoke: { sample: 200, seed: 7, adaptive: { max: full } }')
          .replace('recordings: ../recordings/pr-terse.jsonl', 'recordings: ../recordings/main.jsonl')
          .replace('overrides:', 'limits: { calls: 50000, cases: 100 }\noverrides:'),
      ),
    );
    expect(change.loosened).toEqual([
      'support-qa: prompt ../prompts/answer-terse.md → ../prompts/copy.md',
      'support-qa: paths glob datasets/support-qa.jsonl is removed',
      'support-qa: tier smoke seed evalgate → 7',
      'support-qa: tier smoke adaptive settings change',
      'limits.calls 20000 → 50000',
      'provider default answers from elsewhere (recordings changed)',
    ]);
    expect(change.tightened).toEqual(['limits.cases 10000 → 100']);
  });

  test('a provider a scorer calls is judged whole; the model’s own settings may change', () => {
    const judged = (y: string) =>
      y
        .replace('providers:\n', 'providers:\n  judge: { type: openai, model: a, api_key_env: null }\n')
        .replace('    scorers:\n', '    scorers:\n      - { id: j, type: llm-judge, provider: judge, rubric: r }\n');
    const withJudge = config(judged);
    expect(
      diffGates(
        withJudge,
        config((y) => judged(y).replace('model: a', 'model: b')),
      ).loosened,
    ).toEqual(["provider judge, which a scorer calls, is redefined (the base branch's is used until merged)"]);
    expect(
      diffGates(
        withJudge,
        config((y) => judged(y).replace('model: gpt-4o-mini-2024-07-18', 'model: other')),
      ).loosened,
    ).toEqual([]);
  });

  test('a case’s own scorers changed against the base branch’s dataset loosen it, and so do a new case’s', () => {
    const regex = (pattern: string) => [ScorerConfig.parse({ id: 'fmt', type: 'regex', pattern })];
    const cases = (entries: [string, ReturnType<typeof regex> | undefined][]) =>
      new Map(entries.map(([id, assert], line) => [id, { assert, human: undefined, line: line + 1 }]));
    const before = cases([
      ['a', regex('^x$')],
      ['b', undefined],
    ]);
    expect(diffCaseScorers('s', before, before)).toEqual({ loosened: [], tightened: [] });
    const after = cases([
      ['a', regex('.')],
      ['b', regex('.')],
      ['c', regex('.')],
    ]);
    expect(diffCaseScorers('s', before, after)).toEqual({
      loosened: [
        "s: cases a, b change their own scorers (assert:) from the base branch's dataset",
        's: new case c brings its own scorers (assert:), which evalgate cannot tell from a scorer that passes anything',
      ],
      tightened: [],
    });
    expect(diffCaseScorers('s', null, after).loosened).toEqual([
      "s: cases a, b, c define their own scorers (assert:), and the base branch's dataset could not be read to compare",
    ]);
  });

  test('human labels a gated judge agreement is measured against loosen the gate when a PR writes, edits or removes them', () => {
    const cases = (entries: [string, Record<string, unknown> | undefined][]) =>
      new Map(entries.map(([id, human], line) => [id, { assert: undefined, human, line: line + 1 }]));
    const before = cases([
      ['a', { grounded: 'pass', output: 'x' }],
      ['b', undefined],
    ]);
    expect(diffCaseScorers('s', before, before, ['grounded']).loosened).toEqual([]);
    // a label without an output (which would switch the bundled set off) counts as much as one with
    const after = cases([
      ['b', { grounded: 'pass' }],
      ['c', { grounded: 'fail', output: 'y' }],
    ]);
    expect(diffCaseScorers('s', before, after, ['grounded']).loosened).toEqual([
      "s: cases b, c, a change the human labels (human:) of the base branch's dataset, which judge.grounded.agreement is measured against",
    ]);
    // labels of a judge whose agreement no rule gates change nothing the gate decides
    expect(diffCaseScorers('s', before, after).loosened).toEqual([]);
    expect(diffCaseScorers('s', before, after, ['other']).loosened).toEqual([]);
    expect(diffCaseScorers('s', null, before, ['grounded']).loosened).toEqual([
      "s: case a carries human labels (human:), and the base branch's dataset could not be read to compare, which judge.grounded.agreement is measured against",
    ]);
  });

  test('a loosening fails a passing run unless an override applies; a failing run stays failed', async () => {
    const run = await demoRun('pr-pass');
    const change = { loosened: ['x'], tightened: [] };
    expect(withGateChange(run, change, { applied: null, ignored: [] }).decision?.verdict).toBe('fail');
    const applied = { label: 'evalgate/override', actor: 'alice', permission: 'maintain' as const, applied_at: 't' };
    const overridden = withGateChange(run, change, { applied, ignored: [] }).decision!;
    expect(overridden.verdict).toBe('overridden');
    expect(overridden.override).toEqual(applied);
    const failing = await demoRun('pr-fail');
    expect(withGateChange(failing, change, { applied: null, ignored: [] })).toBe(failing);
    expect(withGateChange(run, { loosened: [], tightened: ['y'] }, { applied: null, ignored: [] })).toBe(run);
  });
});
