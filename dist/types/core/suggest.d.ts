export declare function didYouMean(word: string, candidates: readonly string[]): string;
