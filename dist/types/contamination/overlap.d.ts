export interface OverlapSettings {
    /** Gram length in tokens (13 as in GPT-3). */
    n: number;
    /** A case is flagged when at least this fraction of its grams is in the corpus. */
    threshold: number;
}
/** What of a case is checked: its input (the vars' values) and its expected answer(s). */
export interface OverlapCase {
    id: string;
    line?: number;
    input: string;
    expected: readonly string[];
}
export interface CaseOverlap {
    id: string;
    line?: number;
    /** Distinct grams of the case. */
    grams: number;
    /** How many of them the corpus holds. */
    matched: number;
    /** matched / grams; 0 for a case without tokens. */
    overlap: number;
    /** The prompt holds an expected answer verbatim (as tokens): always flagged. */
    expected_in_prompt: boolean;
    flagged: boolean;
    /** Where a matched gram was first seen (the earliest source, then line). */
    first?: {
        source: string;
        line: number;
    };
}
/** The text of a case's vars and expected answers, as the overlap sees them. */
export declare function overlapCase(c: {
    id: string;
    line?: number;
    vars: Record<string, unknown>;
    expected?: unknown;
}): {
    input: string;
    expected: string[];
    line?: number | undefined;
    id: string;
};
export declare class OverlapIndex {
    private readonly cases;
    readonly settings: OverlapSettings;
    /** The gram lengths the corpus is probed with: n, and each shorter length a whole short case has. */
    readonly lengths: number[];
    private readonly table;
    private readonly offsets;
    private readonly slots;
    private readonly sources;
    private readonly windows;
    private source;
    private line;
    private readonly push;
    constructor(cases: readonly OverlapCase[], settings: OverlapSettings);
    /** Starts a corpus document: no gram spans two documents. */
    beginDocument(source: string): void;
    /** Feeds one line (or any piece) of the current document's text. */
    feed(text: string, line: number): void;
    /** Each case's overlap; `prompts` are checked for an expected answer held verbatim. */
    results(prompts?: readonly {
        source: string;
        text: string;
    }[]): CaseOverlap[];
}
