import { sha256 } from '../core/hash.js';
import type { EvalCase } from './case.js';

export type Sample = { count: number } | { fraction: number } | undefined;

/**
 * A tier's sample: the cases with the smallest seeded hash of their id. Because the order
 * depends only on ids, a `smoke` sample is a subset of the `full` run the baseline holds,
 * so every sampled case can pair with its baseline.
 */
export function sampleCases(cases: readonly EvalCase[], sample: Sample, seed: string): EvalCase[] {
  if (!sample) return [...cases];
  const k =
    'count' in sample ? Math.min(sample.count, cases.length) : Math.max(1, Math.round(sample.fraction * cases.length));
  if (k >= cases.length) return [...cases];
  const keep = new Set(
    cases
      .map((c) => ({ id: c.id, key: sha256(`${seed}\u0000${c.id}`) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .slice(0, k)
      .map((x) => x.id),
  );
  return cases.filter((c) => keep.has(c.id));
}

/** Shard `index` of `count` (1-based), by case position so shards are balanced. */
export function shardCases(cases: readonly EvalCase[], index: number, count: number): EvalCase[] {
  return cases.filter((_, i) => i % count === index - 1);
}
