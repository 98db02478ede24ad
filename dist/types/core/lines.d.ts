/**
 * Calls `each` with every line of `text` (LF or CRLF, without the line break) and its 1-based
 * number, as `text.split(/\r?\n/)` would give them, without holding an array of every line: a
 * dataset of a million lines is then one string and its cases, not also a million line strings.
 * `each` returning false stops early.
 */
export declare function eachLine(text: string, each: (line: string, number: number) => boolean | void): void;
/**
 * Calls `each` with the byte range of every line of `bytes` (LF or CRLF, without the line break),
 * the same lines as eachLine on its text, and the line's 1-based number: for files kept as bytes
 * and read again by position.
 */
export declare function eachByteLine(bytes: Uint8Array, each: (from: number, to: number, number: number) => void): void;
