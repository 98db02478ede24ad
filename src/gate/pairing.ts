import type { CaseRecord, Demotion, Run, Severity, SuiteManifest } from '../results/run-schema.js';
import { datasetChanges, type DatasetChanges } from './dataset-changes.js';

export interface Pair {
  current: CaseRecord;
  baseline: CaseRecord;
}

export interface SuitePairing {
  suite: string;
  /** The baseline has this suite at all. */
  hasBaseline: boolean;
  /** Cases present in both, unchanged in all that decides how they are gated (content and severity), by id and repeat. */
  pairs: Pair[];
  /** The baseline's records of this suite, for comparisons that cannot pair. */
  baselineRecords: CaseRecord[];
  /** Case ids this run has that the baseline does not. */
  added: number;
  /** Baseline case ids that are gone from the dataset. */
  removed: number;
  /** Same id, changed content or severity: left out of the comparison. */
  changed: number;
  /** Cases whose severity is lower than the baseline's, and critical cases gone from the dataset. */
  demoted: Demotion[];
  /** Scorer ids whose definition differs from the baseline's. */
  changedScorers: Set<string>;
  /** Rule definition hashes the baseline did not have. */
  newRules: Set<string>;
  /** How many of the baseline's rules this config no longer has. */
  removedRules: number;
  notes: string[];
  /** Model settings that differ from the baseline's, e.g. "temperature 0 → 0.2". */
  settingsChanged: string[];
  /** Dataset lineage: case ids added, removed and edited since the baseline. */
  datasetChanges: DatasetChanges;
}

/**
 * The records as the gate counts them: until a lowered severity is on the base branch, the
 * case is gated at the baseline's (README "Dataset lines"); a raised one counts at once.
 */
export function atBaselineSeverity(records: readonly CaseRecord[], pairings: readonly SuitePairing[]): CaseRecord[] {
  const held = new Map(pairings.flatMap((p) => p.demoted.map((d) => [`${p.suite}\u0000${d.id}`, d.baseline] as const)));
  if (!held.size) return [...records];
  return records.map((r) => {
    const severity = held.get(`${r.suite}\u0000${r.id}`);
    return severity ? { ...r, severity } : r;
  });
}

const RANK: Record<Severity, number> = { low: 0, normal: 1, high: 2, critical: 3 };

/**
 * Pairs this run's records with the baseline's by (case id, repeat). A case pairs only when
 * its content and severity are unchanged; a changed prompt is the point of a PR and never
 * voids pairing. `dataset` is every case of the run's dataset with its severity, when known
 * (a sampled tier runs only some of them).
 */
export function pairSuite(
  suite: SuiteManifest,
  records: readonly CaseRecord[],
  baseline: Run | null,
  dataset?: ReadonlyMap<string, Severity>,
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
    demoted: [],
    changedScorers: new Set(),
    newRules: new Set(),
    removedRules: 0,
    notes: [],
    settingsChanged: [],
    datasetChanges: { added: [], removed: [], edited: [] },
  };
  if (!baseline || !base) return empty;

  // what decides how a case is gated: its content (fingerprint) and its severity; compared
  // field by field, since a key string per record is most of what pairing a large run allocates
  const gatedAlike = (a: CaseRecord, b: CaseRecord) => a.fingerprint === b.fingerprint && a.severity === b.severity;
  // the baseline's first repeats by id (repeated runs' others by id and repeat), and each id's
  // last record; forEach, not for-of, over the large maps: no entry array per case
  const firstRepeats = new Map<string, CaseRecord>();
  const laterRepeats = new Map<string, CaseRecord>();
  const lastById = new Map<string, CaseRecord>();
  const baselineRecords: CaseRecord[] = [];
  for (const r of baseline.cases) {
    if (r.suite !== suite.id) continue;
    baselineRecords.push(r);
    if (r.repeat === 0) firstRepeats.set(r.id, r);
    else laterRepeats.set(`${r.id}\u0000${r.repeat}`, r);
    lastById.set(r.id, r);
  }
  const pairs: Pair[] = [];
  const currentById = new Map<string, CaseRecord>();
  for (const r of records) {
    currentById.set(r.id, r);
    const b = r.repeat === 0 ? firstRepeats.get(r.id) : laterRepeats.get(`${r.id}\u0000${r.repeat}`);
    if (b && gatedAlike(b, r)) pairs.push({ current: r, baseline: b });
  }
  const currentSeverity = dataset ?? severities(currentById);
  let added = 0;
  let changed = 0;
  currentById.forEach((r, id) => {
    const before = lastById.get(id);
    if (before === undefined) added++;
    else if (!gatedAlike(before, r)) changed++;
  });
  const stillThere = dataset ?? currentById;
  let removed = 0;
  lastById.forEach((_, id) => {
    if (!stillThere.has(id)) removed++;
  });
  const demoted = demotions(lastById, currentSeverity, dataset !== undefined);

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
      `${changed} case${changed === 1 ? '' : 's'} changed content or severity since the baseline and ${changed === 1 ? 'is' : 'are'} left out of the comparison`,
    );
  if (added) notes.push(`${added} case${added === 1 ? '' : 's'} added since the baseline`);
  let promoted = 0;
  currentSeverity.forEach((now, id) => {
    const before = lastById.get(id);
    if (before && RANK[now] > RANK[before.severity]) promoted++;
  });
  if (promoted)
    notes.push(
      `${promoted} case${promoted === 1 ? '' : 's'} had ${promoted === 1 ? 'its' : 'their'} severity raised since the baseline`,
    );
  if (removed) notes.push(`${removed} baseline case${removed === 1 ? '' : 's'} removed from the dataset`);
  if (base.dataset_hash !== suite.dataset_hash)
    notes.push('the dataset changed since the baseline; only unchanged cases are compared');
  if (base.prompt_hash !== suite.prompt_hash)
    notes.push('the prompt changed since the baseline (compared case by case)');
  const settingsChanged = settingChanges(base, suite);
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
    demoted,
    changedScorers,
    newRules,
    removedRules,
    notes,
    settingsChanged,
    datasetChanges: datasetChanges(base, suite, baselineRecords, records, dataset),
  };
}

function severities(records: ReadonlyMap<string, CaseRecord>): Map<string, Severity> {
  const out = new Map<string, Severity>();
  records.forEach((r, id) => out.set(id, r.severity));
  return out;
}

/**
 * Severities lowered since the baseline. A critical case missing from the dataset counts too
 * (renaming or deleting it would switch the critical-case rule off as surely), but only when
 * the whole dataset is known: a sampled run does not see every case.
 */
function demotions(
  baseline: ReadonlyMap<string, { severity: Severity }>,
  current: ReadonlyMap<string, Severity>,
  wholeDataset: boolean,
): Demotion[] {
  const out: Demotion[] = [];
  baseline.forEach(({ severity: before }, id) => {
    const now = current.get(id);
    if (now === undefined ? wholeDataset && before === 'critical' : RANK[now] < RANK[before])
      out.push({ id, baseline: before, current: now ?? null });
  });
  return out;
}

/** What changed in how the model is asked: model, sampling settings, the system prompt. */
function settingChanges(base: SuiteManifest, current: SuiteManifest): string[] {
  const out = base.model !== current.model ? [`model ${base.model} → ${current.model}`] : [];
  // runs written before settings were recorded compare on the model only
  if (!base.settings || !current.settings) return out;
  const shown = (v: number | null) => (v === null ? 'default' : String(v));
  for (const key of ['temperature', 'max_tokens', 'seed'] as const)
    if (base.settings[key] !== current.settings[key])
      out.push(`${key} ${shown(base.settings[key])} → ${shown(current.settings[key])}`);
  if (base.settings.system_prompt_hash !== current.settings.system_prompt_hash)
    out.push(
      current.settings.system_prompt_hash === null
        ? 'system prompt removed'
        : base.settings.system_prompt_hash === null
          ? 'system prompt added'
          : 'system prompt changed',
    );
  return out;
}
