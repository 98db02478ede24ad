import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Run } from '../../src/results/run-schema.js';
import { pairOutcome } from '../../src/scorers/llm-judge-pairwise.js';
import { tagged as tag, useOpenAIServer } from '../support/openai-fixture.js';
import type { SeenRequest } from '../support/openai-server.js';
import { cli, makeWorkspace } from '../support/workspace.js';

const KEY_ENV = 'EVALGATE_TEST_PAIRWISE_KEY';
const loopback = useOpenAIServer(KEY_ENV);
const user = (r: SeenRequest) => (r.body.messages as { content: string }[])[1]!.content;

/** Prefers the response that names a capital from the list; when both or neither do, it says "A": a judge with position bias. */
function compare(r: SeenRequest): string {
  const right = (t: string) => /Paris|Rome|Berlin/.test(t);
  const a = right(tag(user(r), 'response-a'));
  const b = right(tag(user(r), 'response-b'));
  return JSON.stringify({ reason: 'compared', winner: a === b ? 'A' : a ? 'A' : 'B' });
}

const jsonl = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n');
const CASES = ['fr', 'it', 'de', 'es', 'new'].map((id) => ({ id, vars: { question: `Capital of ${id}?` } }));
const BASELINE = [
  { id: 'fr', output: 'London' },
  { id: 'it', output: 'Rome' },
  { id: 'de', output: 'Berlin' },
  { id: 'es', output: 'It is Paris' },
];
const CANDIDATE = [
  { id: 'fr', output: 'Paris' },
  { id: 'it', output: 'Milan?' },
  { id: 'de', output: 'Berlin' },
  { id: 'es', output: 'Paris.' },
  { id: 'new', output: 'Madrid' },
];

function config(recordings: string, url: string) {
  return `version: 1
providers:
  default: { type: replay, recordings: ${recordings} }
  judge: { type: openai, model: gpt-4o, base_url: "${url}", api_key_env: ${KEY_ENV} }
suites:
  - id: qa
    prompt: prompt.md
    dataset: cases.jsonl
    scorers:
      - { id: better, type: llm-judge-pairwise, provider: judge, rubric: "Names the right capital." }
`;
}

describe('llm-judge-pairwise (candidate vs baseline, both orders)', () => {
  test('a preference in both orders is a win or a loss; a flip with the order is inconsistent and counts as a tie', async () => {
    const server = await loopback.start({ reply: compare });
    const dir = makeWorkspace({
      'cases.jsonl': jsonl(CASES),
      'base.jsonl': jsonl(BASELINE),
      'cand.jsonl': jsonl(CANDIDATE),
      'prompt.md': '{{question}}',
      'base.yml': config('base.jsonl', server.url),
      'cand.yml': config('cand.jsonl', server.url),
    });
    await cli([
      'run',
      '--config',
      join(dir, 'base.yml'),
      '--baseline',
      'none',
      '--out',
      join(dir, 'base'),
      '--no-cache',
      '--quiet',
    ]);
    expect(server.requests).toHaveLength(0);
    await cli([
      'run',
      '--config',
      join(dir, 'cand.yml'),
      '--baseline',
      join(dir, 'base', 'run.json'),
      '--out',
      join(dir, 'cand'),
      '--no-cache',
      '--quiet',
    ]);
    const run = JSON.parse(readFileSync(join(dir, 'cand', 'run.json'), 'utf8')) as Run;
    const score = (id: string) => run.cases.find((c) => c.id === id)!.scores.better;
    expect(score('fr')).toMatchObject({ value: 1, pass: true, label: 'win' });
    expect(score('it')).toMatchObject({ value: 0, pass: false, label: 'loss' });
    expect(score('es')).toMatchObject({ value: 0.5, pass: true, label: 'inconsistent' });
    // identical outputs need no judge; a case the baseline never ran has nothing to compare with
    expect(score('de')).toMatchObject({ value: 0.5, label: 'tie', detail: 'identical to the baseline output' });
    expect(score('new')).toBeUndefined();
    // fr, it and es, each judged as (candidate, baseline) and as (baseline, candidate)
    expect(server.requests).toHaveLength(6);
    const fr = server.requests
      .filter((r) => user(r).includes('Paris') && user(r).includes('London'))
      .map((r) => [tag(user(r), 'response-a'), tag(user(r), 'response-b')]);
    expect(fr).toEqual(
      expect.arrayContaining([
        ['Paris', 'London'],
        ['London', 'Paris'],
      ]),
    );
    expect(server.requests[0]!.body.response_format).toMatchObject({
      json_schema: { name: 'comparison', schema: { properties: { winner: { enum: ['A', 'B', 'tie'] } } } },
    });
  });

  test('pair outcomes from the two orders (MT-Bench conservative swap)', () => {
    expect(pairOutcome('A', 'B')).toBe('win');
    expect(pairOutcome('B', 'A')).toBe('loss');
    expect(pairOutcome('tie', 'tie')).toBe('tie');
    expect(pairOutcome('A', 'A')).toBe('inconsistent');
    expect(pairOutcome('B', 'B')).toBe('inconsistent');
    expect(pairOutcome('A', 'tie')).toBe('tie');
    expect(pairOutcome('tie', 'A')).toBe('tie');
  });
});
