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
/**
 * The n-grams of orders 1..maxOrder of each sentence of a group, whose units are non-negative
 * integers (code points, or word ids); equal n-grams of the group get equal ids.
 */
export declare function ngramsOf(group: UnitGroup, maxOrder: number): Ngrams[];
/** ngramsOf for sentences given as arrays of units. */
export declare function groupNgrams(sentences: ReadonlyArray<ArrayLike<number>>, maxOrder: number): Ngrams[];
/** The number of order-n n-grams: `sum(counter.values())`. */
export declare function ngramCount(s: Ngrams, n: number): number;
/** Clipped matches of order n: `sum((hyp & ref).values())` of the two Counters. */
export declare function matchCount(hyp: Ngrams, ref: Ngrams, n: number): number;
/** Matches of order n clipped by each n-gram's highest count in any reference (BLEU's rule). */
export declare function maxRefMatchCount(hyp: Ngrams, refs: readonly Ngrams[], n: number): number;
