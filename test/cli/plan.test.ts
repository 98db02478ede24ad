import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Run } from '../../src/results/run-schema.js';
import { meanDetectableShift } from '../../src/stats/power.js';
import { cli, makeWorkspace, VALID_CONFIG } from '../support/workspace.js';

// 40 cases in 4 languages of 12, 10, 10 and 8 cases
const LANGUAGES = [...Array(12).fill('en'), ...Array(10).fill('de'), ...Array(10).fill('fr'), ...Array(8).fill('es')];
const DATASET = LANGUAGES.map((language, i) =>
  JSON.stringify({ id: `c${i}`, vars: { question: `q${i}` }, expected: 'x', tags: { language } }),
).join('\n');

describe('evalgate plan without --baseline', () => {
  test('counts the slices and their sizes from the dataset it loaded', async () => {
    const dir = makeWorkspace({
      'evalgate.yml': VALID_CONFIG.replace(
        '{ metric: correct.pass_rate, max_drop: 5pp }',
        '{ metric: correct.pass_rate, max_drop: 10pp, per_slice: true, min_n: 9 }',
      ),
      'cases.jsonl': DATASET,
    });
    const result = await cli(['plan', '--config', join(dir, 'evalgate.yml')]);
    // 10 cases a slice cannot prove a 10pp margin: plan warns about that on stderr, nothing else
    expect(result.err).toContain('10 in the smallest gated slice');
    expect(result.err.split('\n').filter((l) => l && !l.includes('can hardly ever pass'))).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('tier full: 40 cases × 1 repeat');
    expect(result.out).toContain(
      'correct.pass_rate max drop 10pp per slice (4 slices of 8–12 cases; Holm over 3 gated, 1 below min_n 9 reported only): in the smallest gated slice (10 cases)',
    );
  });
});

describe('evalgate plan for mean and suite-metric rules (docs/metrics.md)', () => {
  const config = 'fixtures/examples/summaries-tickets/gates/pr.yml';
  const baselinePath = 'fixtures/examples/summaries-tickets/baseline/run.json';

  test('plans a mean rule from the per-case spread in the baseline, √2·σ for two runs', async () => {
    const result = await cli(['plan', '--config', config, '--baseline', baselinePath]);
    expect(result.code).toBe(0);
    // the spread of rouge-L over the baseline's summaries, computed here from run.json itself
    const baseline = Run.parse(JSON.parse(readFileSync(baselinePath, 'utf8')));
    const values = baseline.cases
      .filter((c) => c.suite === 'summaries' && !c.error)
      .map((c) => c.scores.overlap!.value);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1));
    const shift = meanDetectableShift({ n: values.length, sdDifference: Math.SQRT2 * sd, margin: 0.1 });
    const num = (x: number) => String(Number(x.toPrecision(3)));
    expect(result.out).toContain(
      `overlap.mean max drop 0.1: fails a true drop of ${num(shift)} or more 80% of the time (paired t; per-case SD ${num(sd)} in the baseline, √2× for two runs)`,
    );
  });

  test('plans suite metrics from a bootstrap of the baseline, per slice too', async () => {
    const result = await cli(['plan', '--config', config, '--baseline', baselinePath]);
    expect(result.out).toMatch(
      /label\.macro_f1 max drop 0\.05: fails a true drop of [0-9.]+ or more 80% of the time \(paired bootstrap; SE [0-9.]+ from resampling the baseline's 120 cases/,
    );
    expect(result.out).toMatch(
      /label\.f1\.bug max drop 0\.1 per slice: in the smallest gated slice \(60 cases; Holm over 2\)/,
    );
    expect(result.out).toMatch(/label\.ece max increase 0\.05: fails a true increase of/);
    expect(result.out).toMatch(/bleu\.corpus max drop 20: fails a true drop of [0-9.]+ or more/);
  });

  test('without a baseline says what it needs', async () => {
    const result = await cli(['plan', '--config', config]);
    expect(result.out).toContain('overlap.mean max drop 0.1: pass --baseline run.json to plan it');
    expect(result.out).toContain('label.macro_f1 max drop 0.05: pass --baseline run.json to plan it');
  });
});
