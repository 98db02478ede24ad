import type { CaseRecord, Comparison, SuiteManifest } from '../results/run-schema.js';

export type DatasetChanges = NonNullable<Comparison['dataset_changes']>;

/**
 * Dataset lineage since the baseline (docs/governance.md, "Contamination and lineage"): case ids
 * added, removed, and edited (same id, another content hash). From both manifests' whole-dataset
 * `dataset_cases` when both runs recorded it, else from the cases each run ran, where `dataset`
 * (every id of the current dataset, when known) decides what was removed. Ids in dataset order.
 */
export function datasetChanges(
  base: SuiteManifest,
  current: SuiteManifest,
  baselineRecords: readonly CaseRecord[],
  records: readonly CaseRecord[],
  dataset?: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): DatasetChanges {
  const before = base.dataset_cases ?? hashesOf(baselineRecords);
  const after = current.dataset_cases && base.dataset_cases ? current.dataset_cases : hashesOf(records);
  const added: string[] = [];
  const edited: string[] = [];
  // keys, not entries: no pair array per case of a large dataset
  for (const id of Object.keys(after)) {
    const hash = after[id];
    const was = before[id];
    if (was === undefined) added.push(id);
    else if (was !== hash) edited.push(id);
  }
  const stillThere = (id: string) =>
    current.dataset_cases && base.dataset_cases ? id in current.dataset_cases : (dataset?.has(id) ?? id in after);
  const removed = Object.keys(before).filter((id) => !stillThere(id));
  return { added, removed, edited };
}

function hashesOf(records: readonly CaseRecord[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of records) out[r.id] ??= r.fingerprint;
  return out;
}

export const hasChanges = (c: DatasetChanges) => c.added.length + c.removed.length + c.edited.length > 0;
