import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScorerConfig } from '../../src/config/schema.js';
import { parseJsonl } from '../../src/dataset/load-jsonl.js';
import type { EvalCase } from '../../src/dataset/case.js';
import { createScorer } from '../../src/scorers/registry.js';
import { ProviderError } from '../../src/providers/provider.js';

const evalCase = (o: object): EvalCase => {
  const r = parseJsonl(JSON.stringify({ id: 'x', vars: {}, ...o }), 'd.jsonl');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value[0]!;
};

async function scorer(config: object, dir = '.') {
  const built = await createScorer(ScorerConfig.parse({ id: 's', ...config }), {
    readJson: () => ({ ok: true, value: {} }),
    locate: (path) => ({ absolute: join(dir, path), display: path }),
  });
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  return built.value;
}

describe('tool-call scorer', () => {
  const expected = [
    { name: 'lookup_order', arguments: { order_id: '123' } },
    { name: 'refund', arguments: { order_id: '123', amount: 20 } },
  ];
  const call = (name: string, args: object) => ({ id: 'c', name, arguments: args });

  it('scores F1 over calls and passes only with every expected call and nothing extra', async () => {
    const s = await scorer({ type: 'tool-call' });
    const all = s.score({
      case: evalCase({ expected }),
      output: '',
      toolCalls: [call('refund', { amount: 20, order_id: '123' }), call('lookup_order', { order_id: '123' })],
    });
    expect(all).toMatchObject({ value: 1, pass: true, stats: [2, 0, 0] });
    const partial = s.score({
      case: evalCase({ expected }),
      output: '',
      toolCalls: [call('lookup_order', { order_id: '123' }), call('refund', { order_id: '123', amount: 50 })],
    });
    // one of two right, one wrong: precision 1/2, recall 1/2
    expect(partial.value).toBeCloseTo(0.5, 12);
    expect(partial.pass).toBe(false);
    expect(partial.stats).toEqual([1, 1, 1]);
    expect(partial.detail).toBe('wrong arguments: refund; missing: refund; extra: refund');
  });

  it('reads OpenAI-style calls with JSON-string arguments, and subset argument matching', async () => {
    const s = await scorer({
      type: 'tool-call',
      arguments: 'subset',
      calls: [{ name: 'search', arguments: { q: 'x' } }],
    });
    const r = s.score({
      case: evalCase({}),
      output: '',
      toolCalls: [{ type: 'function', function: { name: 'search', arguments: '{"q":"x","limit":5}' } }],
    });
    expect(r).toMatchObject({ value: 1, pass: true });
  });

  it('checks the order with order: strict, and fails a forbidden tool', async () => {
    const strict = await scorer({ type: 'tool-call', order: 'strict' });
    const reversed = strict.score({
      case: evalCase({ expected }),
      output: '',
      toolCalls: [call('refund', { order_id: '123', amount: 20 }), call('lookup_order', { order_id: '123' })],
    });
    expect(reversed.stats).toEqual([1, 1, 1]);
    const forbidding = await scorer({ type: 'tool-call', forbidden: ['delete_account'], calls: [] });
    const r = forbidding.score({ case: evalCase({}), output: '', toolCalls: [call('delete_account', {})] });
    expect(r).toMatchObject({ value: 0, pass: false, detail: 'extra: delete_account; forbidden: delete_account' });
    expect(forbidding.score({ case: evalCase({}), output: 'no calls' })).toMatchObject({ value: 1, pass: true });
  });

  it('matches arguments against a JSON Schema', async () => {
    const s = await scorer({
      type: 'tool-call',
      calls: [{ name: 'refund', schema: { type: 'object', properties: { amount: { type: 'number', maximum: 100 } } } }],
    });
    expect(s.score({ case: evalCase({}), output: '', toolCalls: [call('refund', { amount: 20 })] }).pass).toBe(true);
    expect(s.score({ case: evalCase({}), output: '', toolCalls: [call('refund', { amount: 500 })] }).pass).toBe(false);
  });
});

describe('choice scorer', () => {
  const c = evalCase({ vars: { choices: ['Paris', 'London', 'Rome', 'Berlin'] }, expected: 'A' });
  it.each<[string, number]>([
    ['The answer is (A).', 1],
    ['A. Paris', 1],
    ['answer: b', 0],
    ['I think it is Paris.', 1],
    ['C', 0],
    ['None of these', 0],
  ])('%j → %d', async (output, value) => {
    const s = await scorer({ type: 'choice' });
    expect(s.score({ case: c, output }).value).toBe(value);
  });

  it('accepts the answer as option text or number, and a custom pattern', async () => {
    const byText = evalCase({ vars: { choices: ['Paris', 'London'] }, expected: 'London' });
    expect((await scorer({ type: 'choice' })).score({ case: byText, output: 'B' })).toMatchObject({
      value: 1,
      label: 'B',
      expected_label: 'B',
    });
    const numbered = await scorer({ type: 'choice', labels: 'numbers', pattern: 'FINAL: (\\d)' });
    const c2 = evalCase({ vars: { choices: ['x', 'y', 'z'] }, expected: '3' });
    expect(numbered.score({ case: c2, output: 'maybe 1... FINAL: 3' }).value).toBe(1);
  });
});

describe('classify scorer', () => {
  it('parses the label by JSON path, normalises synonyms and keeps label and confidence', async () => {
    const s = await scorer({
      type: 'classify',
      labels: ['billing', 'bug', 'other'],
      json_path: 'label',
      confidence: 'confidence',
      synonyms: { billing: ['payment', 'invoice'] },
    });
    const r = s.score({ case: evalCase({ expected: 'billing' }), output: '{"label": "Payment", "confidence": 0.8}' });
    expect(r).toEqual({ value: 1, pass: true, label: 'billing', expected_label: 'billing', confidence: 0.8 });
    const other = s.score({ case: evalCase({ expected: 'bug' }), output: '{"label": "feature"}' });
    expect(other).toMatchObject({ value: 0, pass: false, label: '(other)', expected_label: 'bug' });
  });

  it('reads a label with a pattern, case-insensitively by default', async () => {
    const s = await scorer({ type: 'classify', pattern: 'Category: (\\w+)' });
    expect(s.score({ case: evalCase({ expected: 'Bug' }), output: 'Category: bug' }).pass).toBe(true);
    expect(s.score({ case: evalCase({ expected: 'Bug' }), output: 'no idea' }).label).toBe('(none)');
  });
});

describe('code scorer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-code-'));
  writeFileSync(
    join(dir, 'score.mjs'),
    `export function score({ output, expected, vars, tags }) {
  if (output === 'throw') throw new Error('bad case');
  if (output === 'hang') return new Promise(() => {});
  if (output === 'nonsense') return { value: 'high' };
  return { value: output.length / 10, detail: vars.note + '/' + tags.lang + '/' + expected };
}
export const strict = ({ output }) => output === 'yes';
`,
  );
  const grade = (s: Awaited<ReturnType<typeof scorer>>, output: string) =>
    s.grade!({
      case: evalCase({ expected: 'e', vars: { note: 'n' }, tags: { lang: 'en' } }),
      output,
      suite: 'q',
      repeat: 0,
      messages: [],
    });

  it('runs the exported function with the case and applies the threshold', async () => {
    const s = await scorer({ type: 'code', module: 'score.mjs', threshold: 0.5 }, dir);
    expect(await grade(s, 'hello')).toEqual({ value: 0.5, pass: true, detail: 'n/en/e' });
    const strict = await scorer({ type: 'code', module: 'score.mjs', function: 'strict' }, dir);
    expect(await grade(strict, 'yes')).toEqual({ value: 1, pass: true });
  });

  it('turns a throw, a timeout and a malformed result into a scorer error on that case', async () => {
    // the runner records a ProviderError from grade as scorer_errors[id] on the case, and the run goes on
    const s = await scorer({ type: 'code', module: 'score.mjs', timeout_ms: 50 }, dir);
    await expect(grade(s, 'throw')).rejects.toThrow(new ProviderError('score.mjs: Error: bad case', false));
    await expect(grade(s, 'hang')).rejects.toThrow('score.mjs: Error: no result within 50 ms (timeout_ms)');
    await expect(grade(s, 'nonsense')).rejects.toThrow(/expected a finite number/);
  });

  it('reports a module that cannot load or lacks the function as a config issue', async () => {
    const built = await createScorer(
      ScorerConfig.parse({ id: 's', type: 'code', module: 'score.mjs', function: 'nope' }),
      {
        readJson: () => ({ ok: true, value: {} }),
        locate: (path) => ({ absolute: join(dir, path), display: path }),
      },
    );
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.issues[0]!.message).toBe('exports no function "nope"');
  });
});
