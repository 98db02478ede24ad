export type PorterMode = 'NLTK_EXTENSIONS' | 'MARTIN_EXTENSIONS' | 'ORIGINAL_ALGORITHM';
/**
 * A stemmer for one mode; it lowercases its input as NLTK's `stem` does by default. Meant for
 * words in Latin letters (rouge-score passes only [a-z0-9] tokens).
 */
export declare function porterStemmer(mode?: PorterMode): (word: string) => string;
