// n-gram counting shared by BLEU, chrF and ROUGE: Python's `collections.Counter` over n-grams
// of words or characters, as the clipped match counts those metrics need. Sentences that are
// compared with each other (a hypothesis and its references) form a group, in which equal
// n-grams get equal integer ids; counting then runs over typed arrays indexed by id. This
// replaces string- and Map-keyed counting, which cost most of a text scorer's time (the
// scorer benchmark, `npm run bench:scorers`, documented in docs/metrics.md).
//
// The scratch tables below are module state reused by every call: the metrics are synchronous,
// so no two calls interleave, and the tables are sized by the largest group seen, not by the
// number of calls.

/**
 * One sentence's n-grams: `ids[(n - 1) * length + i]` is the id of the order-n n-gram that
 * starts at unit i (for i ≤ length − n). Ids are dense in 1..bound−1 over the whole group and
 * never shared across orders.
 */
export interface Ngrams {
  readonly length: number;
  readonly maxOrder: number;
  readonly ids: Int32Array;
  readonly bound: number;
}

// Open-addressing table from (id of the n-gram's first n−1 units, its last unit) to the
// n-gram's id; a slot is live when its stamp equals the current generation, so a new group
// starts without clearing the table.
let mask = 0;
let stamps = new Uint32Array(0);
let keyPrefix = new Int32Array(0);
let keyUnit = new Int32Array(0);
let values = new Int32Array(0);
let generation = 0;

function resetTable(entries: number): void {
  let size = 1024;
  while (size < 2 * entries) size *= 2;
  if (size > stamps.length) {
    stamps = new Uint32Array(size);
    keyPrefix = new Int32Array(size);
    keyUnit = new Int32Array(size);
    values = new Int32Array(size);
    mask = size - 1;
    generation = 0;
  }
  generation++;
  if (generation === 0xffffffff) {
    stamps.fill(0);
    generation = 1;
  }
}

/**
 * The n-grams of orders 1..maxOrder of each sentence of a group. A sentence is its units as
 * non-negative integers (code points, or word ids from `internWords`); equal n-grams of the
 * group get equal ids.
 */
export function groupNgrams(sentences: ReadonlyArray<ArrayLike<number>>, maxOrder: number): Ngrams[] {
  let entries = 0;
  for (const s of sentences) entries += s.length * maxOrder;
  resetTable(entries);
  let next = 1;
  const all = sentences.map((units) => {
    const length = units.length;
    const ids = new Int32Array(length * maxOrder);
    for (let n = 1; n <= maxOrder; n++) {
      const row = (n - 1) * length;
      for (let i = 0; i + n <= length; i++) {
        const prefix = n === 1 ? 0 : (ids[row - length + i] as number);
        const unit = units[i + n - 1] as number;
        let h = Math.imul(prefix, 0x9e3779b1) ^ Math.imul(unit + 1, 0x85ebca6b);
        h ^= h >>> 15;
        let slot = h & mask;
        let id: number;
        for (;;) {
          if (stamps[slot] !== generation) {
            stamps[slot] = generation;
            keyPrefix[slot] = prefix;
            keyUnit[slot] = unit;
            id = next++;
            values[slot] = id;
            break;
          }
          if (keyPrefix[slot] === prefix && keyUnit[slot] === unit) {
            id = values[slot] as number;
            break;
          }
          slot = (slot + 1) & mask;
        }
        ids[row + i] = id;
      }
    }
    return { length, maxOrder, ids };
  });
  return all.map((s) => ({ ...s, bound: next }));
}

// Word → integer, shared across calls so that frequent words are not re-hashed per call;
// bounded like rouge's stem memo.
const wordIds = new Map<string, number>();

/** Each sentence's words as integers, equal words equal (call once for a whole group). */
export function internWords(sentences: ReadonlyArray<readonly string[]>): Int32Array[] {
  let words = 0;
  for (const s of sentences) words += s.length;
  if (wordIds.size + words > 200_000) wordIds.clear();
  return sentences.map((sentence) => {
    const units = new Int32Array(sentence.length);
    for (let i = 0; i < sentence.length; i++) {
      const word = sentence[i] as string;
      let id = wordIds.get(word);
      if (id === undefined) {
        id = wordIds.size;
        wordIds.set(word, id);
      }
      units[i] = id;
    }
    return units;
  });
}

/** The number of order-n n-grams: `sum(counter.values())`. */
export function ngramCount(s: Ngrams, n: number): number {
  return Math.max(0, s.length - n + 1);
}

// Per-id counts, all zero between calls (each call zeroes what it set).
let counts = new Int32Array(1024);
let maxCounts = new Int32Array(1024);

function scratchFor(bound: number): void {
  if (counts.length >= bound) return;
  let size = counts.length;
  while (size < bound) size *= 2;
  counts = new Int32Array(size);
  maxCounts = new Int32Array(size);
}

/** Clipped matches of order n: `sum((hyp & ref).values())` of the two Counters. */
export function matchCount(hyp: Ngrams, ref: Ngrams, n: number): number {
  scratchFor(hyp.bound);
  const refStart = (n - 1) * ref.length;
  const refEnd = refStart + ngramCount(ref, n);
  const hypStart = (n - 1) * hyp.length;
  const hypEnd = hypStart + ngramCount(hyp, n);
  for (let i = refStart; i < refEnd; i++) counts[ref.ids[i] as number]!++;
  let matches = 0;
  for (let i = hypStart; i < hypEnd; i++) {
    const id = hyp.ids[i] as number;
    if ((counts[id] as number) > 0) {
      matches++;
      counts[id]!--;
    }
  }
  for (let i = refStart; i < refEnd; i++) counts[ref.ids[i] as number] = 0;
  return matches;
}

/** Matches of order n clipped by each n-gram's highest count in any reference (BLEU's rule). */
export function maxRefMatchCount(hyp: Ngrams, refs: readonly Ngrams[], n: number): number {
  if (refs.length === 1) return matchCount(hyp, refs[0] as Ngrams, n);
  scratchFor(hyp.bound);
  for (const ref of refs) {
    const start = (n - 1) * ref.length;
    const end = start + ngramCount(ref, n);
    for (let i = start; i < end; i++) counts[ref.ids[i] as number]!++;
    for (let i = start; i < end; i++) {
      const id = ref.ids[i] as number;
      if ((counts[id] as number) > (maxCounts[id] as number)) maxCounts[id] = counts[id] as number;
    }
    for (let i = start; i < end; i++) counts[ref.ids[i] as number] = 0;
  }
  let matches = 0;
  const hypStart = (n - 1) * hyp.length;
  const hypEnd = hypStart + ngramCount(hyp, n);
  for (let i = hypStart; i < hypEnd; i++) {
    const id = hyp.ids[i] as number;
    if ((maxCounts[id] as number) > 0) {
      matches++;
      maxCounts[id]!--;
    }
  }
  for (const ref of refs) {
    const start = (n - 1) * ref.length;
    const end = start + ngramCount(ref, n);
    for (let i = start; i < end; i++) maxCounts[ref.ids[i] as number] = 0;
  }
  return matches;
}
