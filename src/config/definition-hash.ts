import { contentHash } from '../core/hash.js';

/**
 * Hashes of scorer and rule definitions as the user wrote them (before defaults are filled
 * in), so that a new evalgate version with a new default does not make every baseline
 * incomparable. A definition whose hash differs from the baseline's is not comparable with it.
 */
export function definitionHashes(rawSuite: unknown): { scorers: Record<string, string>; rules: string[] } {
  const suite = (rawSuite ?? {}) as { scorers?: unknown[]; rules?: unknown[] };
  const scorers = Object.fromEntries(
    (suite.scorers ?? []).map((s) => [String((s as { id?: unknown }).id), contentHash(s)]),
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
