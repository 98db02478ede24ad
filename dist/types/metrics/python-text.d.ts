import type { TokenSink } from './unit-group.js';
/** Python's `c.isspace()` for the character with code point `code`. */
export declare function pyIsSpace(code: number): boolean;
/** Whether the character is in Python's `string.punctuation` (the ASCII punctuation and symbols). */
export declare function isPyPunctuation(code: number): boolean;
/** Whether the character is in `[a-z0-9]`. */
export declare function isLowerAlphanumeric(code: number): boolean;
/** Python's `s.split()`: runs of non-whitespace, no empty strings. */
export declare function pySplit(s: string): string[];
/** Python's `s.split()` into a sink, as spans of `s` (whitespace is all in the BMP: code units will do). */
export declare function pySplitInto(s: string, sink: TokenSink): void;
/** Python's `s.rstrip()`. */
export declare function pyRstrip(s: string): string;
/**
 * Python's `s.lower()`. Both languages apply Unicode's full lowercase mapping (including
 * final sigma and `İ` → `i̇`); they can differ only where their Unicode versions do.
 */
export declare function pyLower(s: string): string;
/** Python indexes strings by code point, JavaScript by UTF-16 unit: `list(s)`. */
export declare function codePoints(s: string): string[];
