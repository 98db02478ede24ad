import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
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
