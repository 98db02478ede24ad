import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CalibrationCase } from '../../src/dataset/calibration-set.js';
import { cohenKappa, krippendorffAlpha } from '../../src/metrics/label-index.js';
import { JUDGE_PRESETS, PRESETS } from '../../src/scorers/llm-judge-presets.js';
import { tagged, useOpenAIServer } from '../support/openai-fixture.js';
import type { SeenRequest } from '../support/openai-server.js';
import { cli, makeWorkspace } from '../support/workspace.js';

// `evalgate calibrate --preset NAME` judges a preset's bundled calibration set
// (fixtures/calibration/<preset>.jsonl, docs/metrics.md "Preset judges") through the real
// openai client against the loopback server, whose scripted judge agrees with the
// construction labels except on the cases a test names.

const KEY_ENV = 'EVALGATE_TEST_CALIBRATE_PRESET_KEY';
const loopback = useOpenAIServer(KEY_ENV);

const bundled = (preset: string) =>
  readFileSync(`fixtures/calibration/${preset}.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((l) => CalibrationCase.parse(JSON.parse(l)));

/** The bundled case a judge request is about: its input, response and (context-recall) its retrieved context. */
const caseOf = (set: CalibrationCase[], content: string) =>
  set.find(
    (c) =>
      c.output === tagged(content, 'response') &&
      c.input === tagged(content, 'input') &&
      (c.vars.context === undefined || tagged(content, 'reference').includes(c.vars.context)),
  )!;

/** A judge that gives each response its bundled label, flipped for `flip` ids; on a 1–5 scale, 5 or 1. */
function scriptedJudge(preset: string, flip: ReadonlySet<string>, numeric = false) {
  const set = bundled(preset);
  return (r: SeenRequest) => {
    const content = (r.body.messages as { content: string }[])[1]!.content;
    const found = caseOf(set, content);
    const pass = (found.label === 'pass') !== flip.has(found.id);
    return JSON.stringify({ reason: found.why, rating: numeric ? (pass ? 5 : 1) : pass ? 'pass' : 'fail' });
  };
}

function workspace(url: string, scorer: string, rule = '      - { metric: errors.rate, max: 1 }') {
  const dir = makeWorkspace({
    'evalgate.yml': `version: 1
providers:
  default: { type: replay, recordings: recordings.jsonl }
  judge: { type: openai, model: gpt-4o, base_url: "${url}", api_key_env: ${KEY_ENV} }
suites:
  - id: rag
    prompt: prompt.md
    dataset: cases.jsonl
    scorers:
      - ${scorer}
    rules:
${rule}
`,
    'cases.jsonl': JSON.stringify({ id: 'a', vars: { question: 'q', context: 'c' }, expected: 'e' }),
    'prompt.md': '{{question}}',
  });
  const calibrate = (...args: string[]) =>
    cli([
      'calibrate',
      '--config',
      join(dir, 'evalgate.yml'),
      '--scorer',
      'grounded',
      '--out',
      join(dir, 'out'),
      '--no-cache',
      ...args,
    ]);
  return { dir, calibrate };
}

describe('the bundled calibration sets', () => {
  test.each(JUDGE_PRESETS)(
    '%s: 30 cases, balanced pass/fail, each with a reason and the fields the preset reads',
    (preset) => {
      const set = bundled(preset);
      expect(set).toHaveLength(30);
      expect(set.filter((c) => c.label === 'pass')).toHaveLength(15);
      expect(new Set(set.map((c) => c.id)).size).toBe(30);
      const reference = PRESETS[preset].reference ?? '';
      for (const c of set) {
        if (reference.includes('{{context}}')) expect(c.vars.context).toBeTruthy();
        if (reference.includes('{{expected}}')) expect(c.expected).toBeTruthy();
      }
    },
  );

  test('ship in the npm package (package.json files)', () => {
    const files = (JSON.parse(readFileSync('package.json', 'utf8')) as { files: string[] }).files;
    expect(files.some((f) => 'fixtures/calibration/faithfulness.jsonl'.startsWith(`${f.replace(/\/$/, '')}/`))).toBe(
      true,
    );
  });
});

describe('evalgate calibrate --preset', () => {
  test.each(JUDGE_PRESETS)(
    '%s: judges every bundled case with the preset rubric and its reference fields',
    async (preset) => {
      const server = await loopback.start({ reply: scriptedJudge(preset, new Set()) });
      const ws = workspace(
        server.url,
        `{ id: grounded, type: llm-judge, provider: judge, preset: ${preset}, scale: pass-fail }`,
      );
      const { code, out, err } = await ws.calibrate('--preset', preset);
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out).toContain(`on the bundled "${preset}" calibration set`);
      expect(out).toContain('not crowd-sourced human ratings');
      expect(out).toContain('n = 30 labelled cases');
      expect(out).toContain('exact agreement 100%');
      const set = bundled(preset);
      expect(server.requests).toHaveLength(30);
      for (const r of server.requests) {
        const content = (r.body.messages as { content: string }[])[1]!.content;
        expect(tagged(content, 'rubric')).toBe(PRESETS[preset].rubric);
        const c = caseOf(set, content);
        const reference = tagged(content, 'reference');
        if (PRESETS[preset].reference?.includes('{{context}}')) expect(reference).toContain(c.vars.context);
        if (PRESETS[preset].reference?.includes('{{expected}}')) expect(reference).toContain(c.expected);
      }
    },
  );

  test('reports agreement on the disagreements a judge makes and checks the suite’s judge.<id>.agreement rule', async () => {
    const flip = new Set(['faithfulness-01', 'faithfulness-04', 'faithfulness-13']);
    const server = await loopback.start({ reply: scriptedJudge('faithfulness', flip) });
    const ws = workspace(
      server.url,
      '{ id: grounded, type: llm-judge, provider: judge, preset: faithfulness, scale: pass-fail }',
      '      - { metric: judge.grounded.agreement, min: 0.9 }',
    );
    const { code, out } = await ws.calibrate('--preset', 'faithfulness');
    const set = bundled('faithfulness');
    const human = set.map((c) => (c.label === 'pass' ? 1 : 0));
    const judged = set.map((c, i) => (flip.has(c.id) ? 1 - human[i]! : human[i]!));
    const alpha = krippendorffAlpha([human, judged], { level: 'nominal', valueDomain: [0, 1] })!;
    const kappa = cohenKappa(human, judged, { labels: [0, 1] })!;
    expect(out).toContain('exact agreement 90%');
    expect(out).toMatch(new RegExp(`Krippendorff's α \\(nominal\\)\\s+${alpha.toFixed(2)}  \\[`));
    expect(out).toMatch(new RegExp(`Cohen's κ \\(unweighted\\)\\s+${kappa.toFixed(2)}  \\[`));
    expect(alpha).toBeLessThan(0.9);
    expect(out).toContain(`rule judge.grounded.agreement ≥ 0.9: NOT met (α = ${alpha.toFixed(2)})`);
    expect(code).toBe(1);
    const report = JSON.parse(readFileSync(join(ws.dir, 'out', 'calibration.json'), 'utf8'));
    expect(report.reports[0].set).toEqual({
      preset: 'faithfulness',
      file: expect.stringMatching(/fixtures\/calibration\/faithfulness\.jsonl$/),
    });
    expect(report.reports[0].cases[1]).toMatchObject({
      id: 'faithfulness-01',
      human: 0,
      judge: 1,
      why: 'contradicts the context',
    });
  });

  test('a 1–5 judge is compared through its threshold; without one it is an input error', async () => {
    const server = await loopback.start({ reply: scriptedJudge('refusal', new Set(['refusal-02']), true) });
    const ws = workspace(
      server.url,
      '{ id: grounded, type: llm-judge, provider: judge, preset: refusal, threshold: 4 }',
    );
    const { code, out } = await ws.calibrate('--preset', 'refusal');
    expect(code).toBe(0);
    expect(out).toContain('scale pass-fail (ratings ≥ 4 pass)');
    expect(out).toContain('exact agreement 97%');

    const without = workspace(server.url, '{ id: grounded, type: llm-judge, provider: judge, preset: refusal }');
    const result = await without.calibrate('--preset', 'refusal');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /--preset refusal: the bundled calibration sets are labelled pass\/fail; give llm-judge "grounded" scale: pass-fail or a threshold/,
    );
  });

  test('an unknown preset is an argument error with a suggestion', async () => {
    const result = await cli(['calibrate', '--config', 'x.yml', '--scorer', 'grounded', '--preset', 'faithfulnes']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--preset faithfulnes: no such preset \(did you mean "faithfulness"\?\)/);
  });
});

describe('judge.<id>.agreement in a run, on day one', () => {
  // the suite's own case is not in the bundled set: the scripted judge passes it
  const judgeOrPass = (preset: string, flip: ReadonlySet<string>) => {
    const scripted = scriptedJudge(preset, flip);
    const set = bundled(preset);
    return (r: SeenRequest) => {
      const content = (r.body.messages as { content: string }[])[1]!.content;
      return caseOf(set, content) ? scripted(r) : JSON.stringify({ reason: 'fine', rating: 'pass' });
    };
  };
  const run = (dir: string, ...args: string[]) =>
    cli(['run', '--config', join(dir, 'evalgate.yml'), '--baseline', 'none', '--out', join(dir, 'out'), ...args]);
  const rule = '      - { metric: judge.grounded.agreement, min: 0.8 }';
  const scorer = '{ id: grounded, type: llm-judge, provider: judge, preset: closed-qa, scale: pass-fail }';
  type Metric = { metric: string; value: number; n: number; method: string };
  const agreementOf = (dir: string) =>
    (
      JSON.parse(readFileSync(join(dir, 'out', 'run.json'), 'utf8')) as {
        aggregates: { metrics: Metric[] }[];
      }
    ).aggregates[0]!.metrics.find((m) => m.metric === 'judge.grounded.agreement');

  test('a preset judge with no human labels is measured on its bundled set, and the report says so', async () => {
    const server = await loopback.start({ reply: judgeOrPass('closed-qa', new Set()) });
    const ws = workspace(server.url, scorer, rule);
    const { code, err } = await run(ws.dir, '--no-cache');
    expect(err).not.toMatch(/evalgate: error/);
    expect(code).toBe(0);
    // 30 bundled cases and the dataset's one case
    expect(server.requests).toHaveLength(31);
    expect(agreementOf(ws.dir)).toMatchObject({
      value: 1,
      n: 30,
      method: expect.stringContaining('set:bundled-closed-qa'),
    });
    const report = readFileSync(join(ws.dir, 'out', 'report.md'), 'utf8');
    expect(report).toContain('judge.grounded.agreement is measured on the bundled "closed-qa" calibration set (30');
    expect(report).toMatch(/judge\.grounded\.agreement min 0\.8 .*✅ pass/);
    // the budget's estimate counts the bundled calls too: the case, its judgement and 30 bundled ones
    expect(report).toContain('32 model calls (estimated 32)');
    // compare recomputes the aggregates from run.json: the manifest's pairs give the same α
    const compared = await cli([
      'compare',
      join(ws.dir, 'out', 'run.json'),
      join(ws.dir, 'out', 'run.json'),
      '--config',
      join(ws.dir, 'evalgate.yml'),
      '--out',
      join(ws.dir, 'compared'),
    ]);
    expect(compared.code).toBe(0);
    const recomputed = JSON.parse(readFileSync(join(ws.dir, 'compared', 'run.json'), 'utf8')) as {
      aggregates: { metrics: Metric[] }[];
    };
    expect(recomputed.aggregates[0]!.metrics.find((m) => m.metric === 'judge.grounded.agreement')).toEqual(
      agreementOf(ws.dir),
    );
  });

  test('a 1–5 preset judge without a threshold cannot use the bundled set, and the report says why', async () => {
    const server = await loopback.start({ reply: () => JSON.stringify({ reason: 'fine', rating: 4 }) });
    const ws = workspace(server.url, '{ id: grounded, type: llm-judge, provider: judge, preset: closed-qa }', rule);
    const { out } = await run(ws.dir, '--no-cache');
    expect(out).toContain('evalgate: WARN');
    // the case's judgement only: no bundled case is judged
    expect(server.requests).toHaveLength(1);
    expect(readFileSync(join(ws.dir, 'out', 'report.md'), 'utf8')).toContain(
      'judge.grounded.agreement has no human labels to be measured on, and the bundled "closed-qa" calibration set is labelled pass/fail: give "grounded" a threshold',
    );
  });

  test('a judge that disagrees with the bundled labels fails the rule, with the α calibrate reports', async () => {
    const set = bundled('closed-qa');
    const flip = new Set(set.filter((_, i) => i % 3 === 0).map((c) => c.id));
    const server = await loopback.start({ reply: judgeOrPass('closed-qa', flip) });
    const ws = workspace(server.url, scorer, rule);
    const { code } = await run(ws.dir, '--no-cache');
    const human = set.map((c) => (c.label === 'pass' ? 1 : 0));
    const judged = set.map((c, i) => (flip.has(c.id) ? 1 - human[i]! : human[i]!));
    const alpha = krippendorffAlpha([human, judged], { level: 'nominal', valueDomain: [0, 1] })!;
    expect(alpha).toBeLessThan(0.8);
    expect(agreementOf(ws.dir)!.value).toBeCloseTo(alpha, 12);
    expect(code).toBe(1);
  });

  test('the bundled judgements are cached like any call, and human labels in the dataset take their place', async () => {
    const server = await loopback.start({ reply: judgeOrPass('closed-qa', new Set()) });
    const ws = workspace(server.url, scorer, rule);
    const cache = join(ws.dir, 'cache');
    await run(ws.dir, '--cache-dir', cache);
    const first = server.requests.length;
    await run(ws.dir, '--cache-dir', cache);
    expect(first).toBe(31);
    expect(server.requests).toHaveLength(first);

    const labelled = workspace(server.url, scorer, rule);
    writeFileSync(
      join(labelled.dir, 'cases.jsonl'),
      JSON.stringify({
        id: 'a',
        vars: { question: 'q', context: 'c' },
        expected: 'e',
        human: { grounded: 'pass', output: 'e' },
      }),
    );
    const before = server.requests.length;
    await run(labelled.dir, '--no-cache');
    // the case's output and its labelled output: no bundled case
    expect(server.requests.length - before).toBe(2);
    expect(agreementOf(labelled.dir)).toMatchObject({ n: 1, method: expect.not.stringContaining('bundled') });

    // a label with no rated output gives no pair: it does not switch the bundled set off
    const unusable = workspace(server.url, scorer, rule);
    writeFileSync(
      join(unusable.dir, 'cases.jsonl'),
      JSON.stringify({ id: 'a', vars: { question: 'q', context: 'c' }, expected: 'e', human: { grounded: 'pass' } }),
    );
    await run(unusable.dir, '--no-cache');
    expect(agreementOf(unusable.dir)).toMatchObject({
      n: 30,
      method: expect.stringContaining('set:bundled-closed-qa'),
    });
  });
});
