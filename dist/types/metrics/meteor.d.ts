export interface MeteorOptions {
    /** Weight of precision against recall in the harmonic mean (NLTK default 0.9). */
    alpha?: number;
    /** Exponent of the fragmentation penalty (default 3). */
    beta?: number;
    /** Weight of the fragmentation penalty (default 0.5). */
    gamma?: number;
}
/** NLTK's single_meteor_score over whitespace tokens (`str.split()`), lowercased as NLTK's default preprocess. */
export declare function singleMeteor(reference: string, hypothesis: string, opts?: MeteorOptions): number;
/** NLTK's meteor_score: the best single score over the references, in [0, 1]. */
export declare function meteorScore(references: string | readonly string[], hypothesis: string, opts?: MeteorOptions): number;
