// n-gram counting shared by BLEU, chrF and ROUGE: Python's `collections.Counter` over
// n-grams, keyed by the n-gram joined with a separator that never occurs inside a unit.

export type Counts = Map<string, number>;

/**
 * Counts the n-grams of order `n` in `units` (words or characters), like sacreBLEU's
 * `extract_word_ngrams` and rouge-score's `_create_ngrams`. `separator` must not occur in any
 * unit: a space for whitespace-split words, '' for single characters.
 */
export function countNgrams(units: readonly string[], n: number, separator: string): Counts {
  const counts: Counts = new Map();
  for (let i = 0; i + n <= units.length; i++) {
    const key = n === 1 ? (units[i] as string) : units.slice(i, i + n).join(separator);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Sum of all counts: `sum(counter.values())`. */
export function totalCount(counts: Counts): number {
  let total = 0;
  for (const c of counts.values()) total += c;
  return total;
}

/** Clipped matches: `sum((hyp & ref).values())`. */
export function matchCount(hyp: Counts, ref: Counts): number {
  let matches = 0;
  for (const [key, c] of hyp) {
    const r = ref.get(key);
    if (r !== undefined) matches += Math.min(c, r);
  }
  return matches;
}
