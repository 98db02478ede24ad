import { describe, expect, test } from 'vitest';
import { ScorerConfig } from '../../src/config/schema.js';
import { parseJsonl } from '../../src/dataset/load-jsonl.js';
import { createScorer } from '../../src/scorers/registry.js';

const evalCase = (o: object) => {
  const r = parseJsonl(JSON.stringify({ id: 'x', vars: {}, ...o }), 'd.jsonl');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value[0]!;
};

async function score(config: object, output: string, c: object = {}) {
  const scorer = await createScorer(ScorerConfig.parse({ id: 's', ...config }), {
    readJson: () => ({ ok: true, value: { type: 'object', required: ['queue'] } }),
  });
  if (!scorer.ok) throw new Error(JSON.stringify(scorer.issues));
  return scorer.value.score({ case: evalCase(c), output });
}

describe('scorers', () => {
  test('equals compares the trimmed output with the rendered expected value', async () => {
    expect(await score({ type: 'equals' }, ' Paris \n', { expected: 'Paris' })).toEqual({ value: 1, pass: true });
    expect((await score({ type: 'equals' }, 'paris', { expected: 'Paris' })).pass).toBe(false);
    expect((await score({ type: 'equals', ignore_case: true }, 'paris', { expected: 'Paris' })).pass).toBe(true);
  });

  test('contains is case-sensitive and icontains is not', async () => {
    expect((await score({ type: 'contains' }, 'the capital is paris', { expected: 'Paris' })).pass).toBe(false);
    expect((await score({ type: 'icontains' }, 'the capital is paris', { expected: 'Paris' })).pass).toBe(true);
  });

  test('contains with several expected values scores the fraction found and passes when all are found', async () => {
    expect(await score({ type: 'contains', expected: ['a', 'b', 'c', 'd'] }, 'a b')).toEqual({
      value: 0.5,
      pass: false,
    });
    expect(await score({ type: 'contains', expected: ['a', 'z'], any: true }, 'a')).toEqual({ value: 1, pass: true });
  });

  test('contains expands an expected list from the dataset into one needle each', async () => {
    expect(await score({ type: 'contains' }, '14 days, receipt', { expected: ['14 days', 'receipt'] })).toEqual({
      value: 1,
      pass: true,
    });
    expect((await score({ type: 'contains' }, '14 days', { expected: ['14 days', 'receipt'] })).pass).toBe(false);
  });

  test('negated contains passes when the text is absent', async () => {
    expect((await score({ type: 'icontains', expected: 'As an AI', negate: true }, 'Sure!')).pass).toBe(true);
    expect((await score({ type: 'icontains', expected: 'As an AI', negate: true }, 'as an ai model')).pass).toBe(false);
  });

  test('regex matches with flags, and negate inverts it', async () => {
    expect((await score({ type: 'regex', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, '2026-11-23')).pass).toBe(true);
    expect(
      (await score({ type: 'regex', pattern: 'password', flags: 'i', negate: true }, 'Send your PASSWORD')).pass,
    ).toBe(false);
  });

  test('a global regex flag does not make repeated scoring stateful', async () => {
    const config = ScorerConfig.parse({ id: 's', type: 'regex', pattern: 'a', flags: 'g' });
    const scorer = await createScorer(config, { readJson: () => ({ ok: false, issues: [] }) });
    if (!scorer.ok) throw new Error('bad');
    const c = evalCase({});
    expect([1, 2, 3].map(() => scorer.value.score({ case: c, output: 'a' }).pass)).toEqual([true, true, true]);
  });

  test('json accepts valid JSON, a fenced json block, and checks a JSON Schema', async () => {
    expect((await score({ type: 'json' }, '{"a": 1}')).pass).toBe(true);
    expect((await score({ type: 'json' }, '```json\n{"a": 1}\n```')).pass).toBe(true);
    const bad = await score({ type: 'json' }, '{"a": 1');
    expect(bad.pass).toBe(false);
    expect(bad.detail).toMatch(/not JSON/);
    expect(
      await score(
        { type: 'json', schema: { type: 'object', properties: { queue: { enum: ['billing'] } }, required: ['queue'] } },
        '{"queue": "sales"}',
      ),
    ).toMatchObject({ pass: false, detail: expect.stringMatching(/\/queue/) });
    expect((await score({ type: 'json', schema: 'schema.json' }, '{"priority": 1}')).pass).toBe(false);
    expect((await score({ type: 'json', schema: 'schema.json' }, '{"queue": "billing"}')).pass).toBe(true);
  });

  test('an invalid JSON Schema is an input problem, not a crash', async () => {
    const scorer = await createScorer(ScorerConfig.parse({ id: 's', type: 'json', schema: { type: 'no-such-type' } }), {
      readJson: () => ({ ok: false, issues: [] }),
    });
    expect(scorer.ok).toBe(false);
  });
});
