/** Called once per token with its two 32-bit hashes (as int32, which V8 keeps unboxed). */
export type TokenSink = (a: number, b: number) => void;
/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
export declare function fmix32(h: number): number;
/** Tokenises `text` (normalised as above) and calls `sink` with each token's hashes, in order. */
export declare function scanTokens(text: string, sink: TokenSink): void;
/** The token hashes of `text` as [a0, b0, a1, b1, …]. */
export declare function tokenHashes(text: string): Int32Array;
