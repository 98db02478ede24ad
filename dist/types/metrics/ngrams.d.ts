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
/**
 * The n-grams of orders 1..maxOrder of each sentence of a group. A sentence is its units as
 * non-negative integers (code points, or word ids from `internWords`); equal n-grams of the
 * group get equal ids.
 */
export declare function groupNgrams(sentences: ReadonlyArray<ArrayLike<number>>, maxOrder: number): Ngrams[];
/** Each sentence's words as integers, equal words equal (call once for a whole group). */
export declare function internWords(sentences: ReadonlyArray<readonly string[]>): Int32Array[];
/** The number of order-n n-grams: `sum(counter.values())`. */
export declare function ngramCount(s: Ngrams, n: number): number;
/** Clipped matches of order n: `sum((hyp & ref).values())` of the two Counters. */
export declare function matchCount(hyp: Ngrams, ref: Ngrams, n: number): number;
/** Matches of order n clipped by each n-gram's highest count in any reference (BLEU's rule). */
export declare function maxRefMatchCount(hyp: Ngrams, refs: readonly Ngrams[], n: number): number;
