/**
 * Hashes of scorer and rule definitions as the user wrote them (before defaults are filled
 * in), so that a new evalgate version with a new default does not make every baseline
 * incomparable. A definition whose hash differs from the baseline's is not comparable with it.
 */
export declare function definitionHashes(rawSuite: unknown): {
    scorers: Record<string, string>;
    rules: string[];
};
