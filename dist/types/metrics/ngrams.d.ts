/** n-gram id → count, for one order. */
export type Counts = Map<number, number>;
/**
 * For each sentence of a group, the counters of its n-grams of orders 1..maxOrder (index 0 is
 * order 1). An n-gram's id is interned from (id of its first n-1 units, its last unit), so it
 * is the same in every sentence of the group and never collides across orders.
 */
export declare function groupNgrams(sentences: ReadonlyArray<readonly string[]>, maxOrder: number): Counts[][];
/** Sum of all counts: `sum(counter.values())`. */
export declare function totalCount(counts: Counts): number;
/** Clipped matches: `sum((hyp & ref).values())`. */
export declare function matchCount(hyp: Counts, ref: Counts): number;
