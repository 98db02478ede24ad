import { sha256 } from '../core/hash.js';
import type { EvalCase } from './case.js';

export type Sample = { count: number } | { fraction: number } | undefined;

/** What a stratified draw must keep (README "Tiers"): every critical case, and `minN` cases of each value of each slice tag. */
export interface Strata {
  slices: readonly string[];
  minN: number;
}

/** What a tier holds: its size, its critical cases, and its cases per value of each slice tag. */
export interface Composition {
  cases: number;
  critical: number;
  slices: Record<string, Record<string, number>>;
}

/**
 * The seeded order of a suite's cases: by a hash of seed and id. Because the order depends
 * only on ids, every draw from it is a subset of the `full` run the baseline holds, so each
 * sampled case can pair, and an adaptive tier extends its sample in the same order.
 */
export function seededOrder<T extends { id: string }>(cases: readonly T[], seed: string): T[] {
  return cases
    .map((c) => ({ c, key: sha256(`${seed}\u0000${c.id}`) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.c);
}

/** The number of cases a sample asks for, at most the dataset's. */
export function sampleSize(sample: Sample, total: number): number {
  if (!sample) return total;
  return 'count' in sample
    ? Math.min(sample.count, total)
    : Math.min(total, Math.max(1, Math.round(sample.fraction * total)));
}

/**
 * A tier's sample, stratified: every `severity: critical` case first, then, for each slice tag,
 * the first `minN` cases (in the seeded order) of each of its values the dataset has, then the
 * rest of the seeded order until the sample is full — a seeded random draw, so beyond the
 * minimums each slice is represented in proportion to its share. Critical cases and slice
 * minimums may make the sample larger than asked; they are what a smoke tier must not miss.
 */
export function sampleCases(
  cases: readonly EvalCase[],
  sample: Sample,
  seed: string,
  strata: Strata = { slices: [], minN: 0 },
): EvalCase[] {
  if (!sample) return [...cases];
  const k = sampleSize(sample, cases.length);
  if (k >= cases.length) return [...cases];
  const order = seededOrder(cases, seed);
  const keep = new Set<string>();
  for (const c of order) if (c.severity === 'critical') keep.add(c.id);
  for (const tag of strata.slices) {
    const have = new Map<string, number>();
    for (const c of order) {
      const value = c.tags[tag];
      if (value !== undefined && keep.has(c.id)) have.set(value, (have.get(value) ?? 0) + 1);
    }
    for (const c of order) {
      const value = c.tags[tag];
      if (value === undefined || keep.has(c.id) || (have.get(value) ?? 0) >= strata.minN) continue;
      keep.add(c.id);
      have.set(value, (have.get(value) ?? 0) + 1);
    }
  }
  for (const c of order) {
    if (keep.size >= k) break;
    keep.add(c.id);
  }
  return cases.filter((c) => keep.has(c.id));
}

/** The tier's composition, for the report and `plan`. */
export function composition(
  cases: readonly Pick<EvalCase, 'severity' | 'tags'>[],
  slices: readonly string[],
): Composition {
  const out: Composition = { cases: cases.length, critical: 0, slices: {} };
  for (const tag of slices) out.slices[tag] = {};
  for (const c of cases) {
    if (c.severity === 'critical') out.critical++;
    for (const tag of slices) {
      const value = c.tags[tag];
      if (value !== undefined) out.slices[tag]![value] = (out.slices[tag]![value] ?? 0) + 1;
    }
  }
  return out;
}

/** "200 cases: 3 critical; language en 120, de 80". */
export function describeComposition(c: Composition): string {
  const parts = Object.entries(c.slices)
    .filter(([, values]) => Object.keys(values).length > 0)
    .map(
      ([tag, values]) =>
        `${tag} ${Object.entries(values)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([v, n]) => `${v} ${n}`)
          .join(', ')}`,
    );
  return `${c.cases} case${c.cases === 1 ? '' : 's'}: ${c.critical} critical${parts.length ? `; ${parts.join('; ')}` : ''}`;
}

/** Shard `index` of `count` (1-based), by case position so shards are balanced. */
export function shardCases(cases: readonly EvalCase[], index: number, count: number): EvalCase[] {
  return cases.filter((_, i) => i % count === index - 1);
}
