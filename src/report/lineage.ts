// Dataset lineage and contamination in the report (docs/governance.md, "Contamination and
// lineage"): counts and the first few ids in the PR comment, every id in the HTML report.
import type { Comparison, ContaminationManifest } from '../results/run-schema.js';

type Changes = NonNullable<Comparison['dataset_changes']>;

/** How many ids of each kind the comment names before "…". */
const COMMENT_IDS = 5;

const CHANGE_KINDS = ['added', 'removed', 'edited'] as const;

/** "2 added, 1 edited" — the kinds that have any. */
export function changeCounts(changes: Changes): string {
  return CHANGE_KINDS.filter((k) => changes[k].length)
    .map((k) => `${changes[k].length} ${k}`)
    .join(', ');
}

/** Per kind, the first `most` ids and how many more there are. */
export function changeLists(changes: Changes, most = COMMENT_IDS): { kind: string; ids: string[]; more: number }[] {
  return CHANGE_KINDS.filter((k) => changes[k].length).map((k) => ({
    kind: k,
    ids: changes[k].slice(0, most),
    more: Math.max(0, changes[k].length - most),
  }));
}

/** "2 of 120 cases flagged (1.7%): 13-grams, flagged at ≥ 70% overlap, against prompt.md and 2 corpus files". */
export function contaminationSummary(c: ContaminationManifest): string {
  const files = c.corpus.map((f) => f.file);
  const [prompt, ...corpus] = files;
  const against = corpus.length
    ? `${prompt} and ${corpus.length === 1 ? corpus[0] : `${corpus.length} corpus files`}`
    : `${prompt ?? 'the prompt'}`;
  const share = c.cases ? ` (${((c.flagged / c.cases) * 100).toFixed(1)}%)` : '';
  return `${c.flagged} of ${c.cases} cases flagged${share}: ${c.n}-grams, flagged at ≥ ${Math.round(c.threshold * 100)}% overlap or with the answer in the prompt, against ${against}`;
}
