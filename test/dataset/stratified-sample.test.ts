// Smoke tiers that keep what matters (README "Tiers"): critical cases always, min_n per slice
// value, a seeded subset of the full run, and a warning when a rule can never pass at the size.
import { describe, expect, test } from 'vitest';
import { composition, describeComposition, sampleCases } from '../../src/dataset/sample.js';
import type { EvalCase } from '../../src/dataset/case.js';
import { casesToProve, provableMargin } from '../../src/stats/power.js';
import { cli, makeWorkspace, VALID_CONFIG } from '../support/workspace.js';

// 2,000 cases: language en 1,700 / de 250 / fr 50, every 97th critical
const cases: EvalCase[] = Array.from({ length: 2000 }, (_, i) => ({
  id: `c${i}`,
  line: i + 1,
  vars: {},
  tags: { language: i < 1700 ? 'en' : i < 1950 ? 'de' : 'fr', topic: `t${i % 3}` },
  severity: i % 97 === 5 ? 'critical' : 'normal',
  fingerprint: `f${i}`,
}));

describe('stratified tier samples', () => {
  const strata = { slices: ['language'], minN: 30 };
  const smoke = sampleCases(cases, { count: 200 }, 'seed', strata);

  test('every critical case is in every tier, whatever its size', () => {
    const critical = cases.filter((c) => c.severity === 'critical').map((c) => c.id);
    expect(critical.length).toBe(21);
    for (const k of [1, 20, 200]) {
      const ids = new Set(sampleCases(cases, { count: k }, 'seed', strata).map((c) => c.id));
      for (const id of critical) expect(ids.has(id), `${id} at ${k}`).toBe(true);
    }
  });

  test('each slice value gets min_n cases when the dataset has them, the rest in proportion', () => {
    const shape = composition(smoke, ['language']);
    expect(shape.cases).toBe(200);
    expect(shape.slices.language!.fr).toBeGreaterThanOrEqual(30);
    expect(shape.slices.language!.de).toBeGreaterThanOrEqual(30);
    // en is 85% of the dataset; what is left after the minimums goes mostly to it
    expect(shape.slices.language!.en).toBeGreaterThan(110);
    // a slice smaller than min_n contributes all it has
    const tiny = sampleCases(cases, { count: 100 }, 'seed', { slices: ['language'], minN: 80 });
    expect(composition(tiny, ['language']).slices.language!.fr).toBe(50);
  });

  test('is seeded, a subset of the full run, and exactly the size asked when nothing must be kept', () => {
    expect(sampleCases(cases, { count: 200 }, 'seed', strata).map((c) => c.id)).toEqual(smoke.map((c) => c.id));
    expect(sampleCases(cases, { count: 200 }, 'other', strata).map((c) => c.id)).not.toEqual(smoke.map((c) => c.id));
    const full = new Set(sampleCases(cases, undefined, 'seed', strata).map((c) => c.id));
    expect(smoke.every((c) => full.has(c.id))).toBe(true);
    const normal = cases.filter((c) => c.severity !== 'critical');
    expect(sampleCases(normal, { count: 10 }, 'seed', strata)).toHaveLength(90);
    expect(sampleCases(normal, { count: 10 }, 'seed')).toHaveLength(10);
  });

  test('the composition reads as a sentence', () => {
    const few = cases.filter((c) => ['c0', 'c5', 'c1700', 'c1960'].includes(c.id));
    expect(describeComposition(composition(few, ['language']))).toBe('4 cases: 1 critical; language de 1, en 2, fr 1');
  });
});

describe('margins a tier cannot prove', () => {
  test('the provable margin and the cases it needs are each other’s inverse', () => {
    // (z_0.05 + z_0.8)·√(2·0.9·0.1/200) = 2.486·0.030 = 7.46 pp
    expect(provableMargin({ n: 200, baselineRate: 0.9, alpha: 0.05 })).toBeCloseTo(0.0746, 3);
    const n = casesToProve({ baselineRate: 0.9, margin: 0.05, alpha: 0.05 });
    expect(provableMargin({ n, baselineRate: 0.9, alpha: 0.05 })).toBeLessThanOrEqual(0.05);
    expect(provableMargin({ n: n - 1, baselineRate: 0.9, alpha: 0.05 })).toBeGreaterThan(0.05);
  });

  test('validate warns (exit 0) and says what would fix it', async () => {
    const many = Array.from({ length: 600 }, (_, i) =>
      JSON.stringify({ id: `q${i}`, vars: { question: 'x' }, expected: 'y', tags: { language: 'en' } }),
    ).join('\n');
    const dir = makeWorkspace({
      'cases.jsonl': many,
      'evalgate.yml': VALID_CONFIG.replace(
        '    slices:',
        '    tiers: { smoke: { sample: 100 }, full: {} }\n    slices:',
      ),
    });
    const result = await cli(['validate', '--config', `${dir}/evalgate.yml`]);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(
      /warning: .*evalgate\.yml:\d+:\d+ suites\[0\]\.rules\[1\]: tier smoke \(100 cases\): correct\.pass_rate max drop 5pp can hardly ever pass — with no change it proves at best 10\.5 pp 80% of the time; fix with a sample of at least 446 cases, or adaptive: \{ max: 446 \}, or a margin of at least 11pp/,
    );
    expect(result.err).not.toMatch(/tier full/);
  });
});
