import { readFileSync } from 'node:fs';
import { load as parseYamlText } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { diffGates } from '../../src/action/gate-change.js';
import { GateConfig } from '../../src/config/schema.js';

/**
 * A pull request that weakens its suite's contamination check loosens the gate as surely as one
 * relaxing the contamination.rate rule (docs/github-action.md, "What counts as a gate change";
 * docs/governance.md, "Contamination and lineage").
 */
const config = (contamination: string | null) => {
  const text = readFileSync(new URL('../../fixtures/demo/gates/pr-fail.yml', import.meta.url), 'utf8').replace(
    '    slices: [language, customer_tier]\n',
    `    slices: [language, customer_tier]\n${contamination === null ? '' : `    contamination: ${contamination}\n`}`,
  );
  const parsed = GateConfig.safeParse(parseYamlText(text));
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
};

describe('the contamination check in a gate change', () => {
  const base = config('{ corpus: [a.jsonl, b.txt], n: 13, threshold: 0.7 }');

  test('fewer corpus files, a higher threshold, longer grams or no check at all loosen the gate', () => {
    expect(diffGates(base, config('{ corpus: [a.jsonl], n: 20, threshold: 0.9 }')).loosened).toEqual([
      'support-qa: contamination corpus b.txt is removed',
      'support-qa: contamination threshold 0.7 → 0.9',
      'support-qa: contamination n 13 → 20',
    ]);
    expect(diffGates(base, config(null)).loosened).toEqual(['support-qa: the contamination check is removed']);
  });

  test('more corpus, a lower threshold or a new check tighten it', () => {
    const stricter = diffGates(base, config('{ corpus: [a.jsonl, b.txt, c.md], threshold: 0.5 }'));
    expect(stricter).toEqual({
      loosened: [],
      tightened: ['support-qa: contamination corpus c.md is added', 'support-qa: contamination threshold 0.7 → 0.5'],
    });
    expect(diffGates(config(null), base).tightened).toEqual(['support-qa: a contamination check is added']);
  });
});
