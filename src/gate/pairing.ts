import type { CaseRecord, Run, SuiteManifest } from '../results/run-schema.js';

export interface Pair {
  current: CaseRecord;
  baseline: CaseRecord;
}

export interface SuitePairing {
  suite: string;
  /** The baseline has this suite at all. */
  hasBaseline: boolean;
  /** Cases present in both with unchanged content (vars, expected, tags), by id and repeat. */
  pairs: Pair[];
  /** The baseline's records of this suite, for comparisons that cannot pair. */
  baselineRecords: CaseRecord[];
  /** Case ids this run has that the baseline does not. */
  added: number;
  /** Baseline case ids that are gone from the dataset. */
  removed: number;
  /** Same id, changed content: left out of the comparison. */
  changed: number;
  /** Scorer ids whose definition differs from the baseline's. */
  changedScorers: Set<string>;
  /** Rule definition hashes the baseline did not have. */
  newRules: Set<string>;
  /** How many of the baseline's rules this config no longer has. */
  removedRules: number;
  notes: string[];
}

/**
 * Pairs this run's records with the baseline's by (case id, repeat). A case pairs only when
 * its content is unchanged; a changed prompt is the point of a PR and never voids pairing.
 */
export function pairSuite(
  suite: SuiteManifest,
  records: readonly CaseRecord[],
  baseline: Run | null,
  datasetIds?: ReadonlySet<string>,
): SuitePairing {
  const base = baseline?.manifest.suites.find((s) => s.id === suite.id);
  const empty: SuitePairing = {
    suite: suite.id,
    hasBaseline: false,
    pairs: [],
    baselineRecords: [],
    added: 0,
    removed: 0,
    changed: 0,
    changedScorers: new Set(),
    newRules: new Set(),
    removedRules: 0,
    notes: [],
  };
  if (!baseline || !base) return empty;

  const byKey = new Map<string, CaseRecord>();
  const baselineIds = new Map<string, string>();
  const baselineRecords: CaseRecord[] = [];
  for (const r of baseline.cases) {
    if (r.suite !== suite.id) continue;
    baselineRecords.push(r);
    byKey.set(`${r.id}\u0000${r.repeat}`, r);
    baselineIds.set(r.id, r.fingerprint);
  }
  const pairs: Pair[] = [];
  const currentIds = new Map<string, string>();
  for (const r of records) {
    currentIds.set(r.id, r.fingerprint);
    const b = byKey.get(`${r.id}\u0000${r.repeat}`);
    if (b && b.fingerprint === r.fingerprint) pairs.push({ current: r, baseline: b });
  }
  let added = 0;
  let changed = 0;
  for (const [id, fingerprint] of currentIds) {
    const before = baselineIds.get(id);
    if (before === undefined) added++;
    else if (before !== fingerprint) changed++;
  }
  const stillThere = datasetIds ?? new Set(currentIds.keys());
  const removed = [...baselineIds.keys()].filter((id) => !stillThere.has(id)).length;

  const changedScorers = new Set(
    Object.entries(suite.scorer_hashes)
      .filter(([id, hash]) => base.scorer_hashes[id] !== undefined && base.scorer_hashes[id] !== hash)
      .map(([id]) => id),
  );
  const newRules = new Set(suite.rule_hashes.filter((h) => !base.rule_hashes.includes(h)));
  const removedRules = base.rule_hashes.filter((h) => !suite.rule_hashes.includes(h)).length;
  const notes: string[] = [];
  if (changed)
    notes.push(
      `${changed} case${changed === 1 ? '' : 's'} changed content since the baseline and ${changed === 1 ? 'is' : 'are'} left out of the comparison`,
    );
  if (added) notes.push(`${added} case${added === 1 ? '' : 's'} added since the baseline`);
  if (removed) notes.push(`${removed} baseline case${removed === 1 ? '' : 's'} removed from the dataset`);
  if (base.dataset_hash !== suite.dataset_hash)
    notes.push('the dataset changed since the baseline; only unchanged cases are compared');
  if (base.prompt_hash !== suite.prompt_hash)
    notes.push('the prompt changed since the baseline (compared case by case)');
  if (base.model !== suite.model) notes.push(`the model changed: ${base.model} → ${suite.model}`);
  for (const id of changedScorers)
    notes.push(`scorer "${id}" changed since the baseline; its metrics are not comparable`);
  return {
    suite: suite.id,
    hasBaseline: true,
    pairs,
    baselineRecords,
    added,
    removed,
    changed,
    changedScorers,
    newRules,
    removedRules,
    notes,
  };
}
