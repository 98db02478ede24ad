import type { CaseRecord, Run } from '../results/run-schema.js';

/**
 * The report's "top failure modes" (docs/governance.md, "Failure taxonomy"): a suite's failed
 * scores grouped by scorer and by a short reason — the scorer's detail, or the judge's reason,
 * clustered by the overlap of their normalised word bigrams — with their slices, a count and
 * one example each; failures the baseline did not have come first.
 */
export interface FailureMode {
  scorer: string;
  /** The first reason of the cluster as written (empty when the scorer gives none). */
  reason: string;
  count: number;
  /** Failures the baseline did not have (null without a baseline). */
  new: number | null;
  /** `tag=value` of each configured slice, with its failures, most first. */
  slices: [string, number][];
  example: { id: string; repeat: number; output: string | null };
}

export interface SuiteFailureModes {
  suite: string;
  /** Failed scores (case × repeat × scorer); an errored case is not a failure. */
  failed: number;
  modes: FailureMode[];
  /** Judges' failure tags over the failed scores (llm-judge `failure_tags`), most first. */
  tags: [string, number][];
}

/** Two reasons are one mode when this share of their bigrams is common (Jaccard). */
const SAME_REASON = 0.5;

/** Lower case, quoted text and numbers replaced by a mark, punctuation dropped: what reasons about different cases share. */
export function normaliseReason(reason: string): string[] {
  return reason
    .toLowerCase()
    .replace(/"[^"]*"|“[^”]*”|'[^']{2,}'|`[^`]*`/g, ' q ')
    .replace(/\d+(?:[.,]\d+)*/g, ' 0 ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function grams(words: readonly string[]): Set<string> {
  if (words.length < 2) return new Set(words);
  const out = new Set<string>();
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return out;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size && !b.size) return 1;
  let common = 0;
  for (const g of a) if (b.has(g)) common++;
  return common / (a.size + b.size - common);
}

/** Failed scores of one record: scorer ids whose pass is false. */
const failedScorers = (r: CaseRecord) => (r.error ? [] : Object.entries(r.scores).filter(([, s]) => s.pass === false));

export function failureModes(run: Run, suite: string, baseline: Run | null = null): SuiteFailureModes {
  const slices = [...new Set(run.aggregates.find((a) => a.suite === suite)?.slices.map((s) => s.slice) ?? [])];
  // what the baseline already failed, by case and scorer (a case whose content changed is another case)
  const before = new Set<string>();
  for (const r of baseline?.cases ?? [])
    if (r.suite === suite)
      for (const [scorer] of failedScorers(r)) before.add(`${r.id}\u0000${r.fingerprint}\u0000${scorer}`);

  type Cluster = FailureMode & { grams: Set<string>; sliceCounts: Map<string, number> };
  const clusters: Cluster[] = [];
  const tags = new Map<string, number>();
  let failed = 0;
  for (const r of run.cases) {
    if (r.suite !== suite) continue;
    for (const [scorer, score] of failedScorers(r)) {
      failed++;
      for (const t of score.failure_tags ?? []) tags.set(t, (tags.get(t) ?? 0) + 1);
      const reason = (score.detail ?? '').trim();
      const g = grams(normaliseReason(reason));
      let cluster = clusters.find((c) => c.scorer === scorer && jaccard(c.grams, g) >= SAME_REASON);
      if (!cluster) {
        cluster = {
          scorer,
          reason,
          count: 0,
          new: baseline ? 0 : null,
          slices: [],
          example: { id: r.id, repeat: r.repeat, output: r.output },
          grams: g,
          sliceCounts: new Map(),
        };
        clusters.push(cluster);
      }
      cluster.count++;
      if (baseline && !before.has(`${r.id}\u0000${r.fingerprint}\u0000${scorer}`)) {
        // the example is a new failure when the mode has one: that is what the PR changed
        if (!cluster.new) cluster.example = { id: r.id, repeat: r.repeat, output: r.output };
        cluster.new!++;
      }
      for (const tag of slices) {
        const key = `${tag}=${r.tags[tag] ?? '(none)'}`;
        cluster.sliceCounts.set(key, (cluster.sliceCounts.get(key) ?? 0) + 1);
      }
    }
  }
  const byCount = <T>(entries: Iterable<[T, number]>) => [...entries].sort((a, b) => b[1] - a[1]);
  const modes = clusters
    .map(({ grams: _g, sliceCounts, ...mode }) => ({ ...mode, slices: byCount(sliceCounts) }))
    // stable: equal modes keep the order of their first failure in the run
    .sort((a, b) => (b.new ?? 0) - (a.new ?? 0) || b.count - a.count);
  return { suite, failed, modes, tags: byCount(tags) };
}
