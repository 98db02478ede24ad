// n-gram counting shared by BLEU, chrF and ROUGE: Python's `collections.Counter` over n-grams
// of words or characters, as the clipped match counts those metrics need. Sentences that are
// compared with each other (a hypothesis and its references) form a group, in which equal
// n-grams get equal integer ids; counting then runs over typed arrays indexed by id. This
// replaces string- and Map-keyed counting, which cost most of a text scorer's time (the
// scorer benchmark, `npm run bench:scorers`; docs/metrics.md, "Cost").
//
// The scratch tables below are module state reused by every call: the metrics are synchronous,
// so no two calls interleave, and the tables are sized by the largest group seen, not by the
// number of calls.

import { UnitGroup } from './unit-group.js';

/**
 * One sentence's n-grams: `ids[start + (n - 1) * length + i]` is the id of the order-n n-gram
 * that starts at unit i (for i ≤ length − n). Ids are dense in 1..bound−1 over the whole group
 * and never shared across orders. `ids` is the group's buffer (UnitGroup.ngramIds): valid
 * until the group is counted again.
 */
export interface Ngrams {
  readonly ids: Int32Array;
  readonly start: number;
  readonly length: number;
  readonly maxOrder: number;
  readonly bound: number;
}

// Open-addressing table from (id of the n-gram's first n−1 units, its last unit) to the
// n-gram's id, one slot per 4 entries [stamp, prefix id, last unit, id] so a probe reads one
// cache line; a slot is live when its stamp is the current generation, so a new group starts
// without clearing the table.
let table = new Int32Array(0);
let generation = 0;

function resetTable(entries: number): void {
  let size = 1024;
  while (size < 2 * entries) size *= 2;
  if (4 * size > table.length) {
    table = new Int32Array(4 * size);
    generation = 0;
  }
  generation++;
  if (generation === 0x7fffffff) {
    table.fill(0);
    generation = 1;
  }
}

/**
 * The n-grams of orders 1..maxOrder of each sentence of a group, whose units are non-negative
 * integers (code points, or word ids); equal n-grams of the group get equal ids.
 */
export function ngramsOf(group: UnitGroup, maxOrder: number): Ngrams[] {
  const needed = group.size * maxOrder;
  if (group.ngramIds.length < needed)
    group.ngramIds = new Int32Array(Math.max(1024, 2 ** Math.ceil(Math.log2(needed))));
  const bound = directNgrams(group, maxOrder) ?? hashedNgrams(group, maxOrder);
  const all: Ngrams[] = [];
  for (let k = 0; k < group.ends.length; k++) {
    all.push({ ids: group.ngramIds, start: group.start(k) * maxOrder, length: group.length(k), maxOrder, bound });
  }
  return all;
}

const arrays = new UnitGroup();

/** ngramsOf for sentences given as arrays of units. */
export function groupNgrams(sentences: ReadonlyArray<ArrayLike<number>>, maxOrder: number): Ngrams[] {
  arrays.clear();
  for (const units of sentences) {
    for (let i = 0; i < units.length; i++) arrays.push(units[i] as number);
    arrays.endSentence();
  }
  return ngramsOf(arrays, maxOrder);
}

// Direct tables: units below DIRECT get ids dense in the group (1..A, A the group's alphabet),
// and the order-n n-gram (order-(n−1) n-gram k, unit u) has the slot k·A + u of a table of
// DIRECT slots. No hashing and no key comparison: most groups (sentences and their references)
// are small enough for it, the rest are hashed. A slot holds the id it was given, counted on
// across groups and orders, so it is live when that id is at least the first one given in the
// current pass: no clearing, and "seen or new" is a select on the id, not a branch (which the
// processor cannot predict: half the n-grams are new).
const DIRECT = 1 << 18;
let unitSlots = new Int32Array(0);
let keySlots = new Int32Array(0);
let counter = 1;

// Fills the group's n-gram ids and returns their bound, or undefined when the group is too
// large for the direct tables.
function directNgrams(group: UnitGroup, maxOrder: number): number | undefined {
  const units = group.units;
  const total = group.size;
  let maxUnit = 0;
  for (let i = 0; i < total; i++) if ((units[i] as number) > maxUnit) maxUnit = units[i] as number;
  if (maxUnit >= DIRECT) return undefined;
  if (unitSlots.length <= maxUnit) {
    unitSlots = new Int32Array(Math.min(DIRECT, Math.max(1 << 12, 2 ** Math.ceil(Math.log2(maxUnit + 1)))));
  }
  if (counter > 0x3fffffff - total * maxOrder) {
    unitSlots.fill(0);
    keySlots.fill(0);
    counter = 1;
  }
  const ids = group.ngramIds;
  const sentences = group.ends.length;
  // ids are given from `counter` on and stored relative to `base`, from 1
  const base = counter;
  let next = base;
  // order 1: the dense unit ids themselves, 1..A
  for (let k = 0; k < sentences; k++) {
    const from = group.start(k);
    const length = group.length(k);
    const row = from * maxOrder;
    for (let i = 0; i < length; i++) {
      const unit = units[from + i] as number;
      const old = unitSlots[unit] as number;
      const id = old >= base ? old : next;
      next += old >= base ? 0 : 1;
      unitSlots[unit] = id;
      ids[row + i] = id - base + 1;
    }
  }
  counter = next;
  const alphabet = next - base;
  // an order has at most `total` distinct n-grams, so its keys stay below total·A
  if (total * alphabet > DIRECT) return undefined;
  if (keySlots.length < total * alphabet) keySlots = new Int32Array(DIRECT);
  const slots = keySlots;
  let first = 1;
  for (let n = 2; n <= maxOrder; n++) {
    const previousFirst = first;
    const orderBase = next;
    first = next - base + 1;
    for (let k = 0; k < sentences; k++) {
      const length = group.length(k);
      const row = group.start(k) * maxOrder + (n - 1) * length;
      const last = group.start(k) * maxOrder + n - 1;
      const end = length - n + 1;
      for (let i = 0; i < end; i++) {
        const key = ((ids[row - length + i] as number) - previousFirst) * alphabet + (ids[last + i] as number) - 1;
        const old = slots[key] as number;
        const id = old >= orderBase ? old : next;
        next += old >= orderBase ? 0 : 1;
        slots[key] = id;
        ids[row + i] = id - base + 1;
      }
    }
  }
  counter = next;
  return next - base + 1;
}

function hashedNgrams(group: UnitGroup, maxOrder: number): number {
  resetTable(group.size * maxOrder);
  // locals, not the module's bindings, in the hot loop
  const stamp = generation;
  const slots = table;
  const slotMask = (slots.length >> 2) - 1;
  const units = group.units;
  const ids = group.ngramIds;
  let next = 1;
  for (let k = 0; k < group.ends.length; k++) {
    const from = group.start(k);
    const length = group.length(k);
    const base = from * maxOrder;
    for (let n = 1; n <= maxOrder; n++) {
      const row = base + (n - 1) * length;
      const end = length - n + 1;
      for (let i = 0; i < end; i++) {
        const prefix = n === 1 ? 0 : (ids[row - length + i] as number);
        const unit = units[from + i + n - 1] as number;
        let h = Math.imul(prefix, 0x9e3779b1) ^ Math.imul(unit + 1, 0x85ebca6b);
        h ^= h >>> 15;
        let at = (h & slotMask) << 2;
        for (;;) {
          if (slots[at] !== stamp) {
            slots[at] = stamp;
            slots[at + 1] = prefix;
            slots[at + 2] = unit;
            slots[at + 3] = next;
            ids[row + i] = next++;
            break;
          }
          if (slots[at + 1] === prefix && slots[at + 2] === unit) {
            ids[row + i] = slots[at + 3] as number;
            break;
          }
          at = (at + 4) & (slots.length - 1);
        }
      }
    }
  }
  return next;
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
  const count = counts;
  const refIds = ref.ids;
  const hypIds = hyp.ids;
  const refStart = ref.start + (n - 1) * ref.length;
  const refEnd = refStart + ngramCount(ref, n);
  const hypStart = hyp.start + (n - 1) * hyp.length;
  const hypEnd = hypStart + ngramCount(hyp, n);
  for (let i = refStart; i < refEnd; i++) count[refIds[i] as number]!++;
  let matches = 0;
  for (let i = hypStart; i < hypEnd; i++) {
    const id = hypIds[i] as number;
    if ((count[id] as number) > 0) {
      matches++;
      count[id]!--;
    }
  }
  for (let i = refStart; i < refEnd; i++) count[refIds[i] as number] = 0;
  return matches;
}

/** Matches of order n clipped by each n-gram's highest count in any reference (BLEU's rule). */
export function maxRefMatchCount(hyp: Ngrams, refs: readonly Ngrams[], n: number): number {
  if (refs.length === 1) return matchCount(hyp, refs[0] as Ngrams, n);
  scratchFor(hyp.bound);
  const count = counts;
  const max = maxCounts;
  for (const ref of refs) {
    const refIds = ref.ids;
    const start = ref.start + (n - 1) * ref.length;
    const end = start + ngramCount(ref, n);
    for (let i = start; i < end; i++) count[refIds[i] as number]!++;
    for (let i = start; i < end; i++) {
      const id = refIds[i] as number;
      if ((count[id] as number) > (max[id] as number)) max[id] = count[id] as number;
    }
    for (let i = start; i < end; i++) count[refIds[i] as number] = 0;
  }
  let matches = 0;
  const hypIds = hyp.ids;
  const hypStart = hyp.start + (n - 1) * hyp.length;
  const hypEnd = hypStart + ngramCount(hyp, n);
  for (let i = hypStart; i < hypEnd; i++) {
    const id = hypIds[i] as number;
    if ((max[id] as number) > 0) {
      matches++;
      max[id]!--;
    }
  }
  for (const ref of refs) {
    const refIds = ref.ids;
    const start = ref.start + (n - 1) * ref.length;
    const end = start + ngramCount(ref, n);
    for (let i = start; i < end; i++) max[refIds[i] as number] = 0;
  }
  return matches;
}
