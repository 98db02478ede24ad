import { describe, expect, it } from 'vitest';
import { definitionHashes } from '../../src/config/definition-hash.js';
import { PRESETS } from '../../src/scorers/llm-judge-presets.js';

const hashOf = (scorer: Record<string, unknown>) => definitionHashes({ scorers: [scorer] }).scorers[String(scorer.id)];

// Changes a preset's text for the duration of `body`, as a new evalgate version with a reworded
// preset would.
function withRewordedPreset(body: () => void): void {
  const original = { ...PRESETS.faithfulness };
  PRESETS.faithfulness.rubric = `${original.rubric} Reworded.`;
  PRESETS.faithfulness.reference = '{{vars.context}}';
  try {
    body();
  } finally {
    Object.assign(PRESETS.faithfulness, original);
  }
}

describe('definition hashes of preset judges (docs/metrics.md, "Preset judges")', () => {
  const judge = { id: 'grounded', type: 'llm-judge', preset: 'faithfulness', scale: 'pass-fail' };

  it('change when the preset rubric or reference text changes', () => {
    const before = hashOf(judge);
    let after: string | undefined;
    withRewordedPreset(() => (after = hashOf(judge)));
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect(hashOf(judge)).toBe(before);
  });

  it('do not depend on preset texts the scorer replaces with its own', () => {
    const own = { ...judge, rubric: 'Our own rubric.', reference: '{{context}}' };
    const before = hashOf(own);
    let after: string | undefined;
    withRewordedPreset(() => (after = hashOf(own)));
    expect(after).toBe(before);
  });

  it('leave other scorers hashed as written', () => {
    const rouge = { id: 'overlap', type: 'rouge', variant: 'rougeL' };
    expect(hashOf(rouge)).toBe(hashOf({ ...rouge }));
    expect(hashOf(rouge)).not.toBe(hashOf({ ...rouge, variant: 'rouge1' }));
    const plain = { id: 'j', type: 'llm-judge', rubric: 'Is it polite?' };
    expect(hashOf(plain)).not.toBe(hashOf({ ...plain, rubric: 'Is it kind?' }));
  });
});
