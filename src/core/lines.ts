/**
 * Calls `each` with every line of `text` (LF or CRLF, without the line break) and its 1-based
 * number, as `text.split(/\r?\n/)` would give them, without holding an array of every line: a
 * dataset of a million lines is then one string and its cases, not also a million line strings.
 * `each` returning false stops early.
 */
export function eachLine(text: string, each: (line: string, number: number) => boolean | void): void {
  let start = 0;
  for (let number = 1; ; number++) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    const line = text.slice(start, end !== -1 && end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : stop);
    if (each(line, number) === false || end === -1) return;
    start = end + 1;
  }
}

/**
 * Calls `each` with the byte range of every line of `bytes` (LF or CRLF, without the line break),
 * the same lines as eachLine on its text, and the line's 1-based number: for files kept as bytes
 * and read again by position.
 */
export function eachByteLine(bytes: Uint8Array, each: (from: number, to: number, number: number) => void): void {
  let start = 0;
  for (let number = 1; ; number++) {
    const end = bytes.indexOf(10, start);
    const stop = end === -1 ? bytes.length : end;
    each(start, end !== -1 && end > start && bytes[end - 1] === 13 ? end - 1 : stop, number);
    if (end === -1) return;
    start = end + 1;
  }
}
