/** Levenshtein distance between two sequences (a string's UTF-16 units, or code points): did-you-mean and the levenshtein scorer. */
export declare function editDistance(a: ArrayLike<string>, b: ArrayLike<string>): number;
export declare function didYouMean(word: string, candidates: readonly string[]): string;
