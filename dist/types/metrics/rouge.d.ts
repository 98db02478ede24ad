/** 'rouge1'…'rouge9' (n-gram overlap), 'rougeL' (LCS), 'rougeLsum' (summary-level LCS). */
export type RougeType = 'rouge1' | 'rouge2' | 'rougeL' | 'rougeLsum' | `rouge${number}`;
export interface RougeScore {
    precision: number;
    recall: number;
    fmeasure: number;
}
export interface RougeOptions<T extends RougeType> {
    /** Which scores to compute (default rouge1, rouge2, rougeL, rougeLsum). */
    types?: readonly T[];
    /** Porter-stem tokens longer than 3 characters (default false). */
    useStemmer?: boolean;
}
type DefaultType = 'rouge1' | 'rouge2' | 'rougeL' | 'rougeLsum';
/** rouge-score's default tokenizer (see tokenizeInto). */
export declare function rougeTokenize(text: string, useStemmer?: boolean): string[];
/**
 * ROUGE scores of `prediction` against `target` (target first, as rouge-score's
 * `RougeScorer.score(target, prediction)`), each `{ precision, recall, fmeasure }` in [0, 1].
 * Throws RangeError for a type rouge-score rejects (e.g. 'rouge0', 'rouge10').
 */
export declare function rougeScore<T extends RougeType = DefaultType>(target: string, prediction: string, opts?: RougeOptions<T>): Record<T, RougeScore>;
/**
 * The settings behind a ROUGE result: `rouge-score|types:rouge1,rougeL|stem:no|tok:default`.
 * (The scores themselves stay `{ rouge1, … }` so that their keys are the requested types.)
 */
export declare function rougeSignature(opts?: RougeOptions<RougeType>): string;
export {};
