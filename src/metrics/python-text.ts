// Python `str` semantics that the reference implementations (sacreBLEU, rouge-score, the SQuAD
// scripts) rely on and that JavaScript spells differently. Reproducing their numbers on
// non-ASCII text depends on these details.

import type { TokenSink } from './unit-group.js';

// The characters for which Python's `str.isspace()` is true (bidi class WS/B/S or category Zs).
// JavaScript's `\s` differs: it includes U+FEFF and lacks U+001C–U+001F and U+0085.
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_WORDS = new RegExp(`[^${PY_SPACE}]+`, 'g');

/** Python's `c.isspace()` for the character with code point `code`. */
export function pyIsSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Whether the character is in Python's `string.punctuation` (the ASCII punctuation and symbols). */
export function isPyPunctuation(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  );
}

/** Whether the character is in `[a-z0-9]`. */
export function isLowerAlphanumeric(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** Python's `s.split()`: runs of non-whitespace, no empty strings. */
export function pySplit(s: string): string[] {
  return s.match(PY_WORDS) ?? [];
}

/** Python's `s.split()` into a sink, as spans of `s` (whitespace is all in the BMP: code units will do). */
export function pySplitInto(s: string, sink: TokenSink): void {
  const length = s.length;
  let i = 0;
  while (i < length) {
    while (i < length && pyIsSpace(s.charCodeAt(i))) i++;
    if (i === length) return;
    const start = i;
    while (i < length && !pyIsSpace(s.charCodeAt(i))) i++;
    sink.word(s, start, i);
  }
}

/** Python's `s.rstrip()`. */
export function pyRstrip(s: string): string {
  let end = s.length;
  // Python's whitespace is all in the BMP, so code units will do
  while (end > 0 && pyIsSpace(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

/**
 * Python's `s.lower()`. Both languages apply Unicode's full lowercase mapping (including
 * final sigma and `İ` → `i̇`); they can differ only where their Unicode versions do.
 */
export function pyLower(s: string): string {
  return s.toLowerCase();
}

/** Python indexes strings by code point, JavaScript by UTF-16 unit: `list(s)`. */
export function codePoints(s: string): string[] {
  return Array.from(s);
}
