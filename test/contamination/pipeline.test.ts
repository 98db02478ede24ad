import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Run } from '../../src/results/run-schema.js';
import { expectGolden } from '../support/golden.js';
import { cli, makeWorkspace, VALID_CONFIG } from '../support/workspace.js';

/**
 * Contamination and lineage through the whole run (docs/governance.md, "Contamination and
 * lineage"): the suite's corpus is checked before the first call, `contamination.rate` is gated
 * by a threshold rule, and a run against a baseline lists the cases added, removed and edited.
 */
const LEAK = 'Which river flows through the city of Vienna and then on to Budapest and Belgrade?';

const line = (id: string, question: string, expected: string) =>
  JSON.stringify({ id, vars: { question }, expected, tags: { language: 'en' } });
const recording = (id: string, output: string) => JSON.stringify({ id, output, latency_ms: 100 });

const CONFIG = VALID_CONFIG.replace('    slices:', '    contamination: { corpus: [ft.jsonl] }\n    slices:').replace(
  '      - { metric: correct.pass_rate, max_drop: 5pp }\n',
  '      - { metric: correct.pass_rate, max_drop: 5pp }\n      - { metric: contamination.rate, max: 0.01 }\n',
);

const FINETUNE = `${JSON.stringify({
  messages: [
    { role: 'user', content: LEAK },
    { role: 'assistant', content: 'The Danube.' },
  ],
})}\n`;

function workspace(cases: [string, string, string][]) {
  return makeWorkspace({
    'evalgate.yml': CONFIG,
    'cases.jsonl': cases.map(([id, q, e]) => line(id, q, e)).join('\n'),
    'recordings.jsonl': cases.map(([id, , e]) => recording(id, e)).join('\n'),
    'ft.jsonl': FINETUNE,
  });
}

const readRun = (dir: string, out: string) => Run.parse(JSON.parse(readFileSync(join(dir, out, 'run.json'), 'utf8')));

describe('contamination.rate in a run', () => {
  test('a flagged case fails a { max: 0.01 } rule; the records, manifest and report say why', async () => {
    const dir = workspace([
      ['leaked', LEAK, 'The Danube.'],
      ['clean', 'How many legs does a spider have?', 'Eight.'],
      ['third', 'What colour is the sky on a clear day?', 'Blue.'],
      ['fourth', 'How many days are in a leap year?', '366.'],
    ]);
    const result = await cli(['run', '--config', 'evalgate.yml', '--baseline', 'none', '--out', 'out', '-q'], dir);
    expect(result.code).toBe(1);
    const run = readRun(dir, 'out');
    expect(run.cases.map((c) => [c.id, c.contamination])).toEqual([
      ['leaked', { overlap: 1, flagged: true }],
      ['clean', { overlap: 0, flagged: false }],
      ['third', { overlap: 0, flagged: false }],
      ['fourth', { overlap: 0, flagged: false }],
    ]);
    expect(run.aggregates[0]!.metrics.find((m) => m.metric === 'contamination.rate')).toMatchObject({
      kind: 'rate',
      value: 0.25,
      n: 4,
      successes: 1,
    });
    expect(run.manifest.suites[0]!.contamination).toEqual({
      n: 13,
      threshold: 0.7,
      corpus: [
        { file: 'prompt.md', lines: 6, bytes: 46 },
        { file: 'ft.jsonl', lines: 1, bytes: Buffer.byteLength(FINETUNE) },
      ],
      cases: 4,
      flagged: 1,
    });
    expect(run.decision!.rules.find((r) => r.metric === 'contamination.rate')).toMatchObject({
      outcome: 'fail',
      current: 0.25,
    });
    const report = readFileSync(join(dir, 'out', 'report.md'), 'utf8');
    expect(report).toMatch(/contamination\.rate is 25\.0% .*above the maximum 1\.0%/);
    expect(report).toContain(
      'Contamination: 1 of 4 cases flagged (25.0%): 13-grams, flagged at ≥ 70% overlap or with the answer in the prompt, against prompt.md and ft.jsonl',
    );
  });

  test('the rule passes with no contaminated case', async () => {
    const dir = workspace([
      ['clean', 'How many legs does a spider have?', 'Eight.'],
      ['third', 'What colour is the sky on a clear day?', 'Blue.'],
    ]);
    const result = await cli(['run', '--config', 'evalgate.yml', '--baseline', 'none', '--out', 'out', '-q'], dir);
    expect(result.code).toBe(0);
    expect(readRun(dir, 'out').decision!.rules.find((r) => r.metric === 'contamination.rate')).toMatchObject({
      outcome: 'pass',
      current: 0,
    });
  });

  const bad: { name: string; config: string; message: RegExp }[] = [
    {
      name: 'a regression rule on contamination.rate',
      config: CONFIG.replace(
        '{ metric: contamination.rate, max: 0.01 }',
        '{ metric: contamination.rate, max_increase: 1pp }',
      ),
      message: /suites\[0\]\.rules\[2\]: contamination\.rate takes a ceiling \(max\)/,
    },
    {
      name: 'contamination.rate on a suite without a corpus',
      config: CONFIG.replace('    contamination: { corpus: [ft.jsonl] }\n', ''),
      message: /suites\[0\]\.rules\[2\]\.metric: contamination\.rate needs the suite's corpus/,
    },
  ];
  for (const c of bad)
    test(`bad config, exit 2 before any call: ${c.name}`, async () => {
      const dir = workspace([['clean', 'How many legs does a spider have?', 'Eight.']]);
      writeFileSync(join(dir, 'evalgate.yml'), c.config);
      const result = await cli(['run', '--config', 'evalgate.yml', '--baseline', 'none', '--out', 'out'], dir);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/^evalgate: error: evalgate\.yml:\d+:\d+ /);
      expect(result.err).toMatch(c.message);
    });
});

describe('dataset lineage since the baseline', () => {
  const base: [string, string, string][] = [
    ['kept', 'How many legs does a spider have?', 'Eight.'],
    ['edited', 'What colour is the sky on a clear day?', 'Blue.'],
    ['removed', 'How many days are in a leap year?', '366.'],
    ...Array.from({ length: 3 }, (_, i): [string, string, string] => [`old-${i}`, `Old question ${i}?`, `${i}`]),
  ];
  const current: [string, string, string][] = [
    ['kept', 'How many legs does a spider have?', 'Eight.'],
    ['edited', 'What colour is the sky at noon on a clear day?', 'Blue.'],
    ...Array.from({ length: 3 }, (_, i): [string, string, string] => [`old-${i}`, `Old question ${i}?`, `${i}`]),
    ...Array.from({ length: 7 }, (_, i): [string, string, string] => [`new-${i}`, `New question ${i}?`, `${i}`]),
  ];

  async function lineageRun() {
    const dir = workspace(base);
    expect(
      (await cli(['run', '--config', 'evalgate.yml', '--baseline', 'none', '--out', 'base', '-q'], dir)).code,
    ).toBe(0);
    const next = workspace(current);
    writeFileSync(join(next, 'base.json'), readFileSync(join(dir, 'base', 'run.json')));
    const result = await cli(
      ['run', '--config', 'evalgate.yml', '--baseline', 'base.json', '--out', 'out', '-q'],
      next,
    );
    return { dir: next, result, run: readRun(next, 'out') };
  }

  test('run.json records the dataset: its lines and every case content hash', async () => {
    const dir = workspace(base);
    await cli(['run', '--config', 'evalgate.yml', '--baseline', 'none', '--out', 'base', '-q'], dir);
    const suite = readRun(dir, 'base').manifest.suites[0]!;
    expect(suite.dataset_lines).toBe(6);
    expect(Object.keys(suite.dataset_cases!)).toEqual(base.map(([id]) => id));
    const run = readRun(dir, 'base');
    expect(suite.dataset_cases!.kept).toBe(run.cases.find((c) => c.id === 'kept')!.fingerprint);
  });

  test('added, removed and edited cases by id, in dataset order', async () => {
    const { run } = await lineageRun();
    expect(run.decision!.comparisons.qa!.dataset_changes).toEqual({
      added: Array.from({ length: 7 }, (_, i) => `new-${i}`),
      removed: ['removed'],
      edited: ['edited'],
    });
  });

  test('the comment shows counts and the first five ids of each kind; the HTML report every id', async () => {
    const { dir } = await lineageRun();
    const report = readFileSync(join(dir, 'out', 'report.md'), 'utf8');
    expectGolden('lineage-contamination.md', report.replace(/(Baseline: file base\.json), [^·]*·/, '$1 ·'));
    expect(report).toContain(
      'Dataset since the baseline: 7 added, 1 removed, 1 edited (added: `new-0`, `new-1`, `new-2`, `new-3`, `new-4`, … 2 more; removed: `removed`; edited: `edited`)',
    );
    const html = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
    expect(html).toContain('<h3>Dataset since the baseline: 7 added, 1 removed, 1 edited</h3>');
    for (let i = 0; i < 7; i++) expect(html).toContain(`<code>new-${i}</code>`);
  });

  test('a baseline written before lineage was recorded falls back to the cases it ran', async () => {
    const dir = workspace(base);
    await cli(['run', '--config', 'evalgate.yml', '--baseline', 'none', '--out', 'base', '-q'], dir);
    const old = JSON.parse(readFileSync(join(dir, 'base', 'run.json'), 'utf8'));
    for (const s of old.manifest.suites) {
      delete s.dataset_cases;
      delete s.dataset_lines;
    }
    const next = workspace(current);
    writeFileSync(join(next, 'base.json'), JSON.stringify(old));
    await cli(['run', '--config', 'evalgate.yml', '--baseline', 'base.json', '--out', 'out', '-q'], next);
    expect(readRun(next, 'out').decision!.comparisons.qa!.dataset_changes).toEqual({
      added: Array.from({ length: 7 }, (_, i) => `new-${i}`),
      removed: ['removed'],
      edited: ['edited'],
    });
  });
});
