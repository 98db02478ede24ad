/** Python's `c.isspace()` for the character with code point `code`. */
export declare function pyIsSpace(code: number): boolean;
/** Python's `s.split()`: runs of non-whitespace, no empty strings. */
export declare function pySplit(s: string): string[];
/** Python's `s.rstrip()`. */
export declare function pyRstrip(s: string): string;
/**
 * Python's `s.lower()`. Both languages apply Unicode's full lowercase mapping (including
 * final sigma and `İ` → `i̇`); they can differ only where their Unicode versions do.
 */
export declare function pyLower(s: string): string;
/** Python indexes strings by code point, JavaScript by UTF-16 unit: `list(s)`. */
export declare function codePoints(s: string): string[];
