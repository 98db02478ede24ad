import { type BleuTokenizerName } from './sacrebleu-tokenizers.js';
export type BleuSmoothMethod = 'exp' | 'floor' | 'add-k' | 'none';
export interface BleuOptions {
    /** Tokenizer applied to hypotheses and references (default '13a'). */
    tokenize?: BleuTokenizerName;
    /** Lowercase before tokenizing (default false). */
    lowercase?: boolean;
    /** Chen & Cherry (2014) smoothing: 'floor' = method 1, 'add-k' = 2, 'exp' = 3 (mteval's). */
    smoothMethod?: BleuSmoothMethod;
    /** Value for 'floor' (default 0.1) and 'add-k' (default 1); ignored by the others. */
    smoothValue?: number;
    /** Average only the n-gram orders the hypothesis has (sacreBLEU's `effective_order`). */
    effectiveOrder?: boolean;
    /** Highest n-gram order (default 4); shown in the signature as `ngram:N` when not 4. */
    maxNgramOrder?: number;
}
export interface BleuResult {
    score: number;
    /** Matched n-grams per order (for 'add-k', with k added from order 2 on, as sacreBLEU reports). */
    counts: number[];
    /** Hypothesis n-grams per order. */
    totals: number[];
    /** Per-order precisions on the 0–100 scale (0 where an order was not computed). */
    precisions: number[];
    bp: number;
    sysLen: number;
    refLen: number;
    /**
     * The settings, in sacreBLEU's format: `key:value` pairs joined by `|`, e.g.
     * `nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.x`. `nrefs` is `var` when segments
     * have different numbers of references; `smooth` carries its value for floor and add-k
     * (`floor[0.10]`); `version:2.x` names the sacreBLEU release line whose numbers these are. A
     * non-default n-gram order, which sacreBLEU leaves out, appears as `ngram:N` before `version`.
     */
    signature: string;
}
/** Sufficient statistics of one segment or a whole corpus (sacreBLEU's stats list). */
export interface BleuStatistics {
    sysLen: number;
    refLen: number;
    correct: number[];
    total: number[];
}
/** A reference stream entry; `null`/`undefined` marks a segment without this reference. */
export type BleuReference = string | null | undefined;
/**
 * BLEU from sufficient statistics (sacreBLEU's `BLEU.compute_bleu`), including its smoothing
 * and effective-order rules, so sums of segment statistics give the corpus score. Options
 * default as for corpusBleu; `nrefs` only fills the signature.
 */
export declare function computeBleu(stats: BleuStatistics, opts?: BleuOptions, nrefs?: number | 'var'): BleuResult;
/**
 * Per-segment BLEU statistics, ready to be summed (for corpus BLEU) or resampled (bootstrap).
 * `refStreams[k][i]` is the k-th reference of segment i; `null`/`undefined` entries are
 * skipped (a variable number of references), while '' is an empty reference, as in
 * sacreBLEU ≥ 2.2. Returns the statistics and the `nrefs` field of the signature.
 */
export declare function bleuStatistics(hyps: readonly string[], refStreams: ReadonlyArray<readonly BleuReference[]>, opts?: BleuOptions): {
    segments: BleuStatistics[];
    nrefs: number | 'var';
};
/** bleuStatistics of one segment, whose `nrefs` is its number of references. */
export declare function segmentBleuStatistics(hyp: string, refs: readonly string[], opts?: BleuOptions): BleuStatistics;
/** Sums segment statistics (sacrebleu.utils.sum_of_lists). */
export declare function sumBleuStatistics(segments: readonly BleuStatistics[], maxNgramOrder?: number): BleuStatistics;
/**
 * Corpus BLEU (sacreBLEU's `corpus_bleu` / `BLEU().corpus_score`): statistics summed over
 * segments, smoothing 'exp' and no effective order by default.
 */
export declare function corpusBleu(hyps: readonly string[], refStreams: ReadonlyArray<readonly BleuReference[]>, opts?: BleuOptions): BleuResult;
/**
 * Sentence BLEU (sacreBLEU's `sentence_bleu`): one hypothesis against one or more references,
 * with effective order on by default, as sacreBLEU recommends for single sentences.
 */
export declare function sentenceBleu(hyp: string, refs: string | readonly string[], opts?: BleuOptions): BleuResult;
