import { describe, expect, test } from 'vitest';
import { parseJsonl } from '../../src/dataset/load-jsonl.js';
import { sampleCases, shardCases } from '../../src/dataset/sample.js';

const line = (o: object) => JSON.stringify(o);

describe('JSONL datasets', () => {
  test('gives a line without an id a stable id from its content', () => {
    const a = parseJsonl(line({ vars: { q: 'x' }, expected: 'y' }), 'd.jsonl');
    const b = parseJsonl(`\n${line({ expected: 'y', vars: { q: 'x' } })}\n`, 'd.jsonl');
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.value[0]!.id).toMatch(/^h-[0-9a-f]{12}$/);
    expect(a.value[0]!.id).toBe(b.value[0]!.id);
    expect(b.value[0]!.line).toBe(2);
  });

  test('changes the fingerprint when vars, expected or tags change, not when only the id order changes', () => {
    const base = { id: 'a', vars: { q: 'x' }, expected: 'y', tags: { lang: 'en' } };
    const fp = (o: object) => {
      const r = parseJsonl(line(o), 'd.jsonl');
      if (!r.ok) throw new Error('bad');
      return r.value[0]!.fingerprint;
    };
    expect(fp(base)).toBe(fp({ tags: { lang: 'en' }, expected: 'y', vars: { q: 'x' }, id: 'a' }));
    expect(fp(base)).not.toBe(fp({ ...base, expected: 'z' }));
    expect(fp(base)).not.toBe(fp({ ...base, tags: { lang: 'de' } }));
    expect(fp(base)).not.toBe(fp({ ...base, vars: { q: 'x2' } }));
  });

  test('stringifies numeric and boolean tags so slices compare as text', () => {
    const r = parseJsonl(line({ id: 1, vars: {}, tags: { tier: 2, beta: true } }), 'd.jsonl');
    expect(r.ok && r.value[0]).toMatchObject({ id: '1', tags: { tier: '2', beta: 'true' } });
  });

  test('reports every bad line, not only the first', () => {
    const r = parseJsonl(['{', line({ id: 'a' }), '[1]', line({ id: 'a' })].join('\n'), 'd.jsonl');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.line)).toEqual([1, 3, 4]);
  });
});

describe('tier sampling', () => {
  const cases = Array.from({ length: 500 }, (_, i) => {
    const r = parseJsonl(line({ id: `c${i}`, vars: {} }), 'd.jsonl');
    if (!r.ok) throw new Error('bad');
    return { ...r.value[0]!, line: i + 1 };
  });

  test('takes a seeded sample that is stable across runs and keeps dataset order', () => {
    const a = sampleCases(cases, { count: 50 }, 'seed');
    const b = sampleCases(cases, { count: 50 }, 'seed');
    expect(a.map((c) => c.id)).toEqual(b.map((c) => c.id));
    expect(a).toHaveLength(50);
    expect(a.map((c) => c.line)).toEqual([...a.map((c) => c.line)].sort((x, y) => x - y));
    expect(sampleCases(cases, { count: 50 }, 'other').map((c) => c.id)).not.toEqual(a.map((c) => c.id));
  });

  test('keeps a sampled case in the sample when cases are added, so a smoke run pairs with its baseline', () => {
    const before = new Set(sampleCases(cases.slice(0, 400), { fraction: 0.1 }, 's').map((c) => c.id));
    const after = sampleCases(cases, { count: 40 }, 's').map((c) => c.id);
    const kept = after.filter((id) => before.has(id)).length;
    expect(kept).toBeGreaterThanOrEqual(30);
  });

  test('shards partition the cases', () => {
    const shards = [1, 2, 3].map((i) => shardCases(cases, i, 3).map((c) => c.id));
    expect(shards.flat().sort()).toEqual(cases.map((c) => c.id).sort());
    expect(new Set(shards.flat()).size).toBe(cases.length);
  });
});
