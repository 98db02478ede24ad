import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Run } from '../../src/results/run-schema.js';
import { cli, makeWorkspace } from '../support/workspace.js';
import { zip } from '../support/zip.js';

const CONFIG = `version: 1
providers:
  default: { type: replay, recordings: recordings.jsonl }
suites:
  - id: qa
    prompt: prompt.md
    dataset: cases.jsonl
    slices: [topic]
    scorers:
      - { id: contains, type: contains, expected: "{{expected}}" }
      - { id: llm-rubric, type: llm-judge, provider: default, rubric: polite, scale: pass-fail }
    rules:
      - { metric: contains.pass_rate, max_drop: 5pp }
`;

/** A row of `promptfoo eval -o results.json` (results.results[]), as promptfoo writes it. */
function promptfooRow(i: number, containsPass: boolean, output: string) {
  return {
    id: `row-${i}`,
    promptIdx: 0,
    testIdx: i,
    testCase: { vars: { question: `q${i}` }, metadata: { topic: i % 2 ? 'a' : 'b' }, assert: [] },
    prompt: { raw: 'Answer: {{question}}', label: 'Answer: {{question}}' },
    provider: { id: 'openai:gpt-4o-mini', label: '' },
    vars: { question: `q${i}` },
    response: { output, tokenUsage: { total: 12, prompt: 10, completion: 2, cached: 0 }, cached: false, cost: 0.00001 },
    error: null,
    failureReason: containsPass ? 0 : 1,
    success: containsPass,
    score: containsPass ? 1 : 0.5,
    latencyMs: 250 + i,
    gradingResult: {
      pass: containsPass,
      score: containsPass ? 1 : 0.5,
      reason: containsPass ? 'All assertions passed' : 'Expected output to contain "yes"',
      componentResults: [
        {
          pass: containsPass,
          score: containsPass ? 1 : 0,
          reason: containsPass ? 'Assertion passed' : 'Expected output to contain "yes"',
          assertion: { type: 'contains', value: 'yes' },
        },
        { pass: true, score: 1, reason: 'polite', assertion: { type: 'llm-rubric', value: 'polite' } },
      ],
    },
    namedScores: {},
    cost: 0.00001,
  };
}

const promptfooResults = (passes: (i: number) => boolean) => ({
  evalId: 'eval-abc-2025-01-01T00:00:00',
  results: {
    version: 3,
    timestamp: '2025-01-01T00:00:00.000Z',
    prompts: [{ raw: 'Answer: {{question}}', label: 'Answer: {{question}}', provider: 'openai:gpt-4o-mini' }],
    results: Array.from({ length: 40 }, (_, i) => promptfooRow(i, passes(i), passes(i) ? 'yes' : 'no')),
    stats: { successes: 0, failures: 0, errors: 0 },
  },
  config: {},
  shareableUrl: null,
});

describe('evalgate compare with other tools’ results', () => {
  test('promptfoo results JSON as current and baseline: cases paired by vars, scores by assertion', async () => {
    const dir = makeWorkspace({ 'evalgate.yml': CONFIG });
    writeFileSync(join(dir, 'base.json'), JSON.stringify(promptfooResults(() => true)));
    writeFileSync(join(dir, 'cur.json'), JSON.stringify(promptfooResults((i) => i % 4 !== 0)));
    const { code, err } = await cli(
      ['compare', 'cur.json', 'base.json', '--config', 'evalgate.yml', '--out', 'out', '-q'],
      dir,
    );
    expect(err).toBe('');
    expect(code).toBe(1);
    const run = JSON.parse(readFileSync(join(dir, 'out', 'run.json'), 'utf8')) as Run;
    expect(run.cases).toHaveLength(40);
    expect(run.cases[1]).toMatchObject({
      suite: 'qa',
      id: expect.stringMatching(/^h-[0-9a-f]{12}$/),
      tags: { topic: 'a' },
      output: 'yes',
      latency_ms: 251,
      tokens: { prompt: 10, completion: 2, total: 12 },
      cost_usd: 0.00001,
      scores: { contains: { value: 1, pass: true }, 'llm-rubric': { value: 1, pass: true } },
    });
    expect(run.decision!.comparisons.qa!.paired).toBe(40);
    const rule = run.decision!.rules.find((r) => r.metric === 'contains.pass_rate')!;
    expect(rule).toMatchObject({ status: 'fail', current: 0.75, baseline: 1 });
  });

  test('an Inspect eval log (JSON) as current and baseline: samples by id, epochs as repeats, C/I/P scores', async () => {
    const dir = makeWorkspace({
      'evalgate.yml': CONFIG.replace('- id: qa', '- id: capitals')
        .replace('{ id: contains, type: contains, expected: "{{expected}}" }', '{ id: match, type: equals }')
        .replace('contains.pass_rate', 'match.pass_rate'),
    });
    const log = {
      version: 2,
      status: 'success',
      eval: {
        task: 'capitals',
        model: 'openai/gpt-4o-mini',
        created: '2025-01-01T00:00:00+00:00',
        dataset: { name: 'capitals' },
      },
      results: { total_samples: 3, completed_samples: 3, scores: [] },
      samples: [
        {
          id: 'fr',
          epoch: 1,
          input: 'Capital of France?',
          target: 'Paris',
          output: {
            model: 'gpt-4o-mini',
            choices: [{ message: { role: 'assistant', content: 'Paris' }, stop_reason: 'stop' }],
            usage: { input_tokens: 5, output_tokens: 1, total_tokens: 6 },
            time: 0.4,
          },
          scores: { match: { value: 'C', answer: 'Paris' } },
          metadata: { region: 'eu' },
        },
        {
          id: 'it',
          epoch: 1,
          input: 'Capital of Italy?',
          target: 'Rome',
          output: { choices: [{ message: { role: 'assistant', content: [{ type: 'text', text: 'Milan' }] } }] },
          scores: { match: { value: 'I', answer: 'Milan', explanation: 'wrong city' } },
        },
        {
          id: 'fr',
          epoch: 2,
          input: 'Capital of France?',
          target: 'Paris',
          output: { choices: [{ message: { role: 'assistant', content: 'Paris.' } }] },
          scores: { match: { value: 'P' } },
        },
      ],
    };
    writeFileSync(join(dir, 'log.json'), JSON.stringify(log));
    const { code, err } = await cli(
      ['compare', 'log.json', 'log.json', '--config', 'evalgate.yml', '--out', 'out', '-q'],
      dir,
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const run = JSON.parse(readFileSync(join(dir, 'out', 'run.json'), 'utf8')) as Run;
    expect(run.cases.map((c) => [c.id, c.repeat, c.output, c.scores.match])).toEqual([
      ['fr', 0, 'Paris', { value: 1, pass: true }],
      ['it', 0, 'Milan', { value: 0, pass: false, detail: 'wrong city' }],
      ['fr', 1, 'Paris.', { value: 0.5, pass: false }],
    ]);
    expect(run.cases[0]).toMatchObject({
      expected: 'Paris',
      tags: { region: 'eu' },
      latency_ms: 400,
      tokens: { total: 6 },
    });
    expect(run.manifest.suites[0]).toMatchObject({ id: 'capitals', model: 'openai/gpt-4o-mini', repeats: 2 });

    // the same log as Inspect's .eval archive: header.json and samples/ID_epoch_N.json
    const { samples, ...header } = log;
    writeFileSync(
      join(dir, 'log.eval'),
      zip({
        'header.json': JSON.stringify(header),
        ...Object.fromEntries(samples.map((s) => [`samples/${s.id}_epoch_${s.epoch}.json`, JSON.stringify(s)])),
      }),
    );
    const fromArchive = await cli(
      ['compare', 'log.eval', 'log.json', '--config', 'evalgate.yml', '--out', 'out2', '-q'],
      dir,
    );
    expect(fromArchive.err).toBe('');
    const archived = JSON.parse(readFileSync(join(dir, 'out2', 'run.json'), 'utf8')) as Run;
    expect(archived.cases.map((c) => [c.id, c.repeat, c.scores.match?.value]).sort()).toEqual(
      run.cases.map((c) => [c.id, c.repeat, c.scores.match?.value]).sort(),
    );
    expect(archived.decision!.comparisons.capitals!.paired).toBe(3);
  });

  test('a file that is neither evalgate’s nor a known tool’s is an input error naming it', async () => {
    const dir = makeWorkspace({ 'evalgate.yml': CONFIG });
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ hello: 'world' }));
    const { code, err } = await cli(['compare', 'other.json', 'other.json', '--config', 'evalgate.yml'], dir);
    expect(code).toBe(2);
    expect(err).toContain('other.json schema: expected an evalgate run file');
  });
});
