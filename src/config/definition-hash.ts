import { contentHash } from '../core/hash.js';
import { type JudgePreset, PRESETS } from '../scorers/llm-judge-presets.js';

/**
 * Hashes of scorer and rule definitions as the user wrote them (before defaults are filled
 * in), so that a new evalgate version with a new default does not make every baseline
 * incomparable. A definition whose hash differs from the baseline's is not comparable with it.
 */
export function definitionHashes(rawSuite: unknown): { scorers: Record<string, string>; rules: string[] } {
  const suite = (rawSuite ?? {}) as { scorers?: unknown[]; rules?: unknown[] };
  const scorers = Object.fromEntries(
    (suite.scorers ?? []).map((s) => [String((s as { id?: unknown }).id), contentHash(withPresetText(s))]),
  );
  return { scorers, rules: (suite.rules ?? []).map((r) => contentHash(spellMarginsOneWay(r))) };
}

/** "5 pp" and "5pp" are one margin (the schema accepts both), so they hash alike. */
function spellMarginsOneWay(rule: unknown): unknown {
  if (!rule || typeof rule !== 'object' || Array.isArray(rule)) return rule;
  const out: Record<string, unknown> = { ...(rule as Record<string, unknown>) };
  for (const key of ['max_drop', 'max_increase'])
    if (typeof out[key] === 'string') out[key] = (out[key] as string).replace(/\s+/g, '');
  return out;
}

/**
 * A preset judge is defined by the preset's rubric and reference texts as much as by its name
 * (docs/metrics.md, "Preset judges"), so the texts it uses are hashed with it: a new wording
 * of a preset is a gate change. Texts that the scorer's own `rubric` or `reference` replace are
 * not part of it; other scorers hash as written.
 */
function withPresetText(scorer: unknown): unknown {
  if (!scorer || typeof scorer !== 'object' || Array.isArray(scorer)) return scorer;
  const s = scorer as Record<string, unknown>;
  if (s['type'] !== 'llm-judge' || typeof s['preset'] !== 'string' || !Object.hasOwn(PRESETS, s['preset'])) {
    return scorer;
  }
  const preset = PRESETS[s['preset'] as JudgePreset];
  const text: Record<string, string> = {};
  if (s['rubric'] === undefined) text['rubric'] = preset.rubric;
  if (s['reference'] === undefined && preset.reference !== undefined) text['reference'] = preset.reference;
  return { ...s, preset_text: text };
}
