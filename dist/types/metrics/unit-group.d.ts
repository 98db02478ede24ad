/** Where a tokenizer puts its words: `text.slice(start, end)` is one word. */
export interface TokenSink {
    word(text: string, start: number, end: number): void;
}
/** A sink that keeps the words as strings (the tokenizers' string-returning forms). */
export declare class TokenList implements TokenSink {
    readonly tokens: string[];
    word(text: string, start: number, end: number): void;
}
/** Sentences of non-negative integer units; sentence k is `units[start(k) .. ends[k])`. */
export declare class UnitGroup {
    units: Int32Array<ArrayBuffer>;
    size: number;
    readonly ends: number[];
    /** The n-gram ids of the group's sentences (ngrams.ts), kept with the group they describe. */
    ngramIds: Int32Array<ArrayBuffer>;
    clear(): void;
    push(unit: number): void;
    /** Closes the current sentence (possibly empty). */
    endSentence(): void;
    start(k: number): number;
    length(k: number): number;
}
/**
 * A group of sentences of words, each word an id dense in 0..distinct−1 (equal words, equal
 * ids; compared by UTF-16 code units, as JavaScript's `===` and Python's `==` compare them).
 */
export declare class WordGroup extends UnitGroup implements TokenSink {
    /** The number of distinct words so far. */
    distinct: number;
    private slots;
    private stamp;
    private texts;
    private wordStarts;
    private wordEnds;
    private hashes;
    clear(): void;
    word(text: string, start: number, end: number): void;
    private same;
    private growWords;
    private rehash;
}
