// n-gram counting shared by BLEU, chrF and ROUGE: Python's `collections.Counter` over n-grams
// of words or characters. Sentences that are compared with each other (a hypothesis and its
// references) are counted as a group, in which equal n-grams get equal integer ids; integer
// keys spare the string building and hashing that made string-keyed counting the bottleneck.

/** n-gram id → count, for one order. */
export type Counts = Map<number, number>;

// Dense ids 0..size-1 for the distinct units (words or characters) of the group.
function denseUnits(sentences: ReadonlyArray<readonly string[]>): { units: number[][]; size: number } {
  const ids = new Map<string, number>();
  const units = sentences.map((sentence) =>
    sentence.map((unit) => {
      let id = ids.get(unit);
      if (id === undefined) {
        id = ids.size;
        ids.set(unit, id);
      }
      return id;
    }),
  );
  return { units, size: ids.size };
}

/**
 * For each sentence of a group, the counters of its n-grams of orders 1..maxOrder (index 0 is
 * order 1). An n-gram's id is interned from (id of its first n-1 units, its last unit), so it
 * is the same in every sentence of the group and never collides across orders.
 */
export function groupNgrams(sentences: ReadonlyArray<readonly string[]>, maxOrder: number): Counts[][] {
  const { units, size } = denseUnits(sentences);
  const ids = new Map<number, number>();
  return units.map((sentence) => {
    // prefix[i]: id of the n-gram starting at i of the previous order (0 = the empty n-gram)
    const prefix = new Array<number>(sentence.length).fill(0);
    const orders: Counts[] = [];
    for (let n = 1; n <= maxOrder; n++) {
      const counts: Counts = new Map();
      for (let i = 0; i + n <= sentence.length; i++) {
        const key = (prefix[i] as number) * size + (sentence[i + n - 1] as number);
        let id = ids.get(key);
        if (id === undefined) {
          id = ids.size + 1;
          ids.set(key, id);
        }
        prefix[i] = id;
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      orders.push(counts);
    }
    return orders;
  });
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
