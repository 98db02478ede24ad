export type SquadVersion = '2.0' | '1.1';
export interface SquadOptions {
    /** Which script's rules (default '2.0'). */
    version?: SquadVersion;
}
export interface SquadScore {
    /** 1 when the normalized prediction equals a normalized gold answer, else 0. */
    exact: number;
    /** Best token F1 over the gold answers. */
    f1: number;
}
/** normalize_answer: lowercase, drop punctuation, drop articles a/an/the, collapse whitespace. */
export declare function normalizeAnswer(text: string): string;
/**
 * SQuAD token F1 of one prediction against one reference, with v2.0's compute_f1 rule for
 * empty answers: when either side normalizes to no tokens, 1 if both do, else 0.
 */
export declare function tokenF1(prediction: string, reference: string): number;
/**
 * Exact match and F1 of a prediction against a question's gold answers, the maximum over the
 * answers. v2.0: gold answers that normalize to '' are dropped, and a question left without any
 * is unanswerable, whose only correct prediction is one that normalizes to '' (so both scores
 * are 1 iff the prediction is empty after normalization). v1.1 has no unanswerable questions:
 * an empty gold list is a RangeError. A single gold answer may be passed as a string.
 */
export declare function squadScore(prediction: string, answers: string | readonly string[], opts?: SquadOptions): SquadScore;
/** The settings behind a SQuAD score: `squad|version:2.0`. */
export declare function squadSignature(opts?: SquadOptions): string;
