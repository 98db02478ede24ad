import { describe, expect, it } from 'vitest';
import { pyIsSpace, pyRstrip, pySplit } from '../../src/metrics/python-text.js';

// Reference: CPython's str.isspace / str.split / str.rstrip. The whitespace set is Unicode's
// bidi classes WS, B, S plus category Zs (Objects/unicodetype_db.h), listed in python-text.ts.

describe('pyIsSpace', () => {
  it('is what Python splits on, for every BMP character', () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const splits = pySplit(`a${String.fromCharCode(code)}b`).length === 2;
      expect(pyIsSpace(code), `U+${code.toString(16)}`).toBe(splits);
    }
  });

  it("differs from JavaScript's \\s where Python does", () => {
    expect(pyIsSpace(0xfeff)).toBe(false);
    expect(pyIsSpace(0x1c)).toBe(true);
    expect(pyIsSpace(0x85)).toBe(true);
  });
});

describe('pyRstrip', () => {
  it('strips trailing Python whitespace only', () => {
    expect(pyRstrip('a b \t\u00a0\u2028\u001f')).toBe('a b');
    expect(pyRstrip('a\ufeff')).toBe('a\ufeff');
    expect(pyRstrip(' \n ')).toBe('');
    expect(pyRstrip(' x')).toBe(' x');
  });
});
