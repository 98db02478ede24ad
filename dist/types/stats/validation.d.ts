/** Direction of the alternative hypothesis. SciPy spells the one-sided ones 'less' / 'greater',
 * statsmodels 'smaller' / 'larger'; both spellings are accepted everywhere. */
export type Alternative = 'two-sided' | 'less' | 'greater' | 'smaller' | 'larger';
/** The canonical (SciPy) spelling of an alternative. */
export type Side = 'two-sided' | 'less' | 'greater';
export declare function normalizeAlternative(alternative: Alternative | undefined): Side;
export declare function checkConfidence(confidence: number | undefined, name?: string): number;
export declare function checkProbability(value: number, name: string): number;
export declare function checkCount(value: number, name: string): number;
/** Checks that `count` successes out of `n` trials make sense. */
export declare function checkCountOutOf(count: number, n: number, countName: string, nName: string): void;
export declare function checkFiniteSample(values: ArrayLike<number>, name: string): void;
export declare function checkSameLength(x: ArrayLike<number>, y: ArrayLike<number>, what: string): void;
export declare function checkOneOf<T extends string>(value: T, allowed: readonly T[], name: string): T;
