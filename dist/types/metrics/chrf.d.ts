export interface ChrfOptions {
    /** Character n-gram order (default 6). */
    charOrder?: number;
    /** Word n-gram order (default 0; 2 is chrF++). */
    wordOrder?: number;
    /** Weight of recall over precision (default 2). */
    beta?: number;
    /** Lowercase first (default false). */
    lowercase?: boolean;
    /** Keep whitespace inside character n-grams (default false). */
    whitespace?: boolean;
    /**
     * true: chrF++.py/NLTK/Moses epsilon smoothing, averaging F over all orders. false
     * (default): sacreBLEU's averaging of precision and recall over the orders that exist.
     */
    epsSmoothing?: boolean;
}
export interface ChrfResult {
    score: number;
    /**
     * The settings, in sacreBLEU's format: `nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.x`,
     * where `eff:yes` means effective-order averaging (epsSmoothing off) and `nrefs` is `var` for
     * a variable number of references. sacreBLEU names beta in the metric's name (chrF2, chrF3);
     * here a beta other than 2 appears as `beta:N` before `version`.
     */
    signature: string;
}
/** A reference stream entry; `null`/`undefined` marks a segment without this reference. */
export type ChrfReference = string | null | undefined;
/**
 * Per-segment chrF statistics against the best reference of each segment (highest
 * sentence-level F; the first on a tie), as CHRF._compute_segment_statistics picks it.
 * `refStreams[k][i]` is the k-th reference of segment i; `null`/`undefined` entries are
 * skipped, '' is an empty reference.
 */
export declare function chrfStatistics(hyps: readonly string[], refStreams: ReadonlyArray<readonly ChrfReference[]>, opts?: ChrfOptions): {
    segments: number[][];
    nrefs: number | 'var';
};
/** chrfStatistics of one segment, whose `nrefs` is its number of references. */
export declare function segmentChrfStatistics(hyp: string, refs: readonly string[], opts?: ChrfOptions): number[];
/** chrF from summed statistics (sacreBLEU's `_compute_score_from_stats`); `nrefs` fills the signature. */
export declare function computeChrf(stats: readonly number[], opts?: ChrfOptions, nrefs?: number | 'var'): ChrfResult;
/** Corpus chrF (sacreBLEU's `corpus_chrf` / `CHRF().corpus_score`): statistics summed first. */
export declare function corpusChrf(hyps: readonly string[], refStreams: ReadonlyArray<readonly ChrfReference[]>, opts?: ChrfOptions): ChrfResult;
/** Sentence chrF (sacreBLEU's `sentence_chrf`) against one or more references. */
export declare function sentenceChrf(hyp: string, refs: string | readonly string[], opts?: ChrfOptions): ChrfResult;
