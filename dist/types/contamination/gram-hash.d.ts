/** Called with a gram's 64-bit key (two 32-bit halves) and its length in tokens. */
export type GramSink = (a: number, b: number, length: number) => void;
/**
 * Every window of each of `lengths` tokens over the tokens pushed since the last reset, emitted as
 * the window's last token arrives. A window never spans a reset (a document boundary).
 */
export declare class GramWindows {
    private readonly lengths;
    private readonly sink;
    private readonly ring;
    private readonly capacity;
    private readonly powA;
    private readonly powB;
    private readonly hashA;
    private readonly hashB;
    private count;
    constructor(lengths: readonly number[], sink: GramSink);
    reset(): void;
    push(a: number, b: number): void;
}
/**
 * A set of 64-bit gram keys (open addressing, linear probing) with, per key, whether the corpus
 * has it and where it was first seen. Sized once for the grams of the cases; the corpus only probes.
 * Nearly every corpus gram is absent, so a two-bit Bloom filter of 16 bits per key, small enough
 * to stay in the CPU cache, answers most probes before the table is touched.
 */
export declare class GramTable {
    private readonly keyA;
    private readonly keyB;
    private readonly used;
    /** Per slot: 0 not found, else 1 + the index of the source it was first found in. */
    readonly foundIn: Uint32Array;
    readonly foundLine: Uint32Array;
    private readonly mask;
    private readonly filter;
    private readonly filterMask;
    size: number;
    constructor(expected: number);
    /** The slot of a key, inserting it if new. */
    insert(a: number, b: number): number;
    /** The slot of a key, or -1. */
    find(a: number, b: number): number;
    /** Marks a key as seen in the corpus at `source` (an index) and `line`, keeping the first place. */
    mark(a: number, b: number, source: number, line: number): void;
}
