import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Run } from '../../src/results/run-schema.js';
import { cli, makeWorkspace, VALID_CONFIG } from '../support/workspace.js';

const CONFIG = VALID_CONFIG.replace(
  '    rules:\n',
  '    case_scorers: [mentions-city]\n    rules:\n      - { metric: mentions-city.pass_rate, max_drop: 5pp }\n',
);

const DATASET = [
  { id: 'a', vars: { question: 'What is 2+2?' }, expected: '4', tags: { language: 'en' } },
  {
    id: 'b',
    vars: { question: 'Capital of France?' },
    expected: 'Paris',
    tags: { language: 'en' },
    assert: [{ id: 'mentions-city', type: 'icontains', expected: 'paris' }],
  },
  {
    id: 'c',
    vars: { question: 'Hauptstadt von Italien?' },
    expected: 'Rom',
    tags: { language: 'de' },
    assert: [{ id: 'mentions-city', type: 'contains', expected: 'Roma' }],
  },
]
  .map((c) => JSON.stringify(c))
  .join('\n');

describe('per-case assertions (assert: on a dataset line)', () => {
  test('score only their own case, and aggregate and gate under the suite’s case_scorers id', async () => {
    const dir = makeWorkspace({ 'evalgate.yml': CONFIG, 'cases.jsonl': DATASET });
    const { code, err } = await cli(
      ['run', '--config', 'evalgate.yml', '--baseline', 'none', '--out', 'out', '-q'],
      dir,
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const run = JSON.parse(readFileSync(join(dir, 'out', 'run.json'), 'utf8')) as Run;
    const byId = Object.fromEntries(run.cases.map((c) => [c.id, c.scores]));
    expect(byId.a).not.toHaveProperty('mentions-city');
    expect(byId.b!['mentions-city']).toMatchObject({ pass: true });
    expect(byId.c!['mentions-city']).toMatchObject({ pass: false }); // "Rom." does not contain "Roma"
    const metric = run.aggregates[0]!.metrics.find((m) => m.metric === 'mentions-city.pass_rate');
    expect(metric).toMatchObject({ n: 2, successes: 1, value: 0.5 });
    expect(run.decision!.rules.some((r) => r.metric === 'mentions-city.pass_rate')).toBe(true);
  });

  test('a case scorer the suite does not list is an input error at the case’s line', async () => {
    const dir = makeWorkspace({
      'evalgate.yml': CONFIG,
      'cases.jsonl': DATASET.replace('"id":"mentions-city","type":"contains"', '"id":"mention-city","type":"contains"'),
    });
    const { code, err } = await cli(['validate', '--config', 'evalgate.yml'], dir);
    expect(code).toBe(2);
    expect(err).toMatch(
      /cases\.jsonl:3 .*case "c" defines scorer "mention-city", which suite "qa" does not list in case_scorers \(did you mean "mentions-city"\?\)/,
    );
  });

  test('an assert entry is checked like a suite scorer', async () => {
    const dir = makeWorkspace({
      'evalgate.yml': CONFIG,
      'cases.jsonl': DATASET.replace('"type":"icontains"', '"type":"icontain"'),
    });
    const { code, err } = await cli(['validate', '--config', 'evalgate.yml'], dir);
    expect(code).toBe(2);
    expect(err).toContain('cases.jsonl:2');
    expect(err).toContain('assert.0.type');
  });

  test('a change to a case’s assertions unpairs it from the baseline (its fingerprint changes)', async () => {
    const dir = makeWorkspace({ 'evalgate.yml': CONFIG, 'cases.jsonl': DATASET });
    await cli(['run', '--config', 'evalgate.yml', '--baseline', 'none', '--out', 'base', '-q'], dir);
    const changed = makeWorkspace({
      'evalgate.yml': CONFIG,
      'cases.jsonl': DATASET.replace('"expected":"Roma"', '"expected":"Rom"'),
    });
    await cli(['run', '--config', 'evalgate.yml', '--baseline', 'none', '--out', 'cur', '-q'], changed);
    const fp = (d: string, out: string) =>
      Object.fromEntries(
        (JSON.parse(readFileSync(join(d, out, 'run.json'), 'utf8')) as Run).cases.map((c) => [c.id, c.fingerprint]),
      );
    const before = fp(dir, 'base');
    const after = fp(changed, 'cur');
    expect(after.a).toBe(before.a);
    expect(after.c).not.toBe(before.c);
  });
});
