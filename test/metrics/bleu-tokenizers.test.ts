import { describe, expect, it } from 'vitest';
import { pySplit } from '../../src/metrics/python-text.js';
import { tokenize13a, tokenizeChar, tokenizeIntl } from '../../src/metrics/text-index.js';
import { createRandom } from '../../src/stats/random.js';

// Reference: sacreBLEU 2.x tokenizers (sacrebleu/tokenizers/tokenizer_13a.py, tokenizer_re.py,
// tokenizer_intl.py, tokenizer_char.py), which implement mteval-v13a.pl / mteval-v14.pl. The
// expected strings are what sacreBLEU 2.6.0's Tokenizer13a / TokenizerV14International return
// for these inputs.

describe('tokenize13a', () => {
  it.each([
    ["It wasn't surprising.", "It wasn't surprising ."],
    ['The dog bit the man.', 'The dog bit the man .'],
    // a sentence-final period after a digit is split thanks to 13a's space padding
    ['It happened in 2019.', 'It happened in 2019 .'],
    // decimal and thousands separators stay inside numbers; a dash after a digit is split
    ['Prices rose 3.5% to $1,200.50, then fell.', 'Prices rose 3.5 % to $ 1,200.50 , then fell .'],
    [
      'Hello, world! 3.14 and 1,000 - 5-6 (x) [y] {z} a/b',
      'Hello , world ! 3.14 and 1,000 - 5 - 6 ( x ) [ y ] { z } a / b',
    ],
    ['e-mail: a.b@c.d', 'e-mail : a . b @ c . d'],
    ['He said "no".', 'He said " no " .'],
  ])('splits ASCII punctuation per mteval-v13a: %j → %j', (input, expected) => {
    expect(tokenize13a(input)).toBe(expected);
  });

  it('unescapes &quot; &amp; &lt; &gt;, drops <skipped>, and joins "-\\n" hyphenation', () => {
    expect(tokenize13a('x&lt;y &amp;&amp; y&gt;z')).toBe('x < y & & y > z');
    expect(tokenize13a('&quot;q&quot; <skipped>end.')).toBe('" q " end .');
    expect(tokenize13a('co-\noperate\nnext line')).toBe('cooperate next line');
  });

  it('leaves non-ASCII punctuation attached and splits on Python whitespace', () => {
    // 13a only knows ASCII punctuation; U+00A0 and U+2028 are whitespace to Python's str.split.
    expect(tokenize13a('«Bonjour», dit-il… 日本語です。😀!')).toBe('«Bonjour» , dit-il… 日本語です。😀 !');
    expect(tokenize13a('Producția de zahăr: \u00a0 \u2028x…')).toBe('Producția de zahăr : x…');
  });

  it('returns an empty string for empty or blank input', () => {
    expect(tokenize13a('')).toBe('');
    expect(tokenize13a('   ')).toBe('');
  });

  // sacreBLEU's Tokenizer13a transliterated whole: the four TokenizerRegexp substitutions on the
  // padded line (the `u` flag makes a surrogate pair one character, as Python's str does). The
  // tokenizer applies them word by word, and must agree with this on every string.
  const RULES: ReadonlyArray<readonly [RegExp, string]> = [
    [/([\x7B-\x7E\x5B-\x60\x20-\x26\x28-\x2B\x3A-\x40\x2F])/gu, ' $1 '],
    [/([^0-9])([.,])/gu, '$1 $2 '],
    [/([.,])([^0-9])/gu, ' $1 $2'],
    [/([0-9])(-)/gu, '$1 $2 '],
  ];
  function wholeLine13a(text: string): string {
    let line = text.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ');
    line = line.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    line = ` ${line} `;
    for (const [pattern, replacement] of RULES) line = line.replace(pattern, replacement);
    return pySplit(line).join(' ');
  }

  it('agrees with the substitutions applied to the whole line on random strings', () => {
    const random = createRandom(13);
    const alphabet = [
      ...'09aZ.,-\'"$%&/:;@[]{}~^`_ \n\t\r',
      '&amp;',
      '&lt;',
      '<skipped>',
      '😀',
      '\ud800',
      '\udc00',
      'é',
      '\u00a0',
      '\u2028',
      '\u0085',
      '\u001c',
    ];
    for (let k = 0; k < 5000; k++) {
      const length = Math.floor(random() * 14);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(tokenize13a(text), JSON.stringify(text)).toBe(wholeLine13a(text));
    }
  });
});

describe('tokenizeIntl', () => {
  it('splits Unicode punctuation and symbols, except punctuation between digits', () => {
    expect(tokenizeIntl('«Bonjour», dit-il… 日本語です。😀!')).toBe('« Bonjour » , dit - il … 日本語です 。 😀 !');
    expect(tokenizeIntl('Prices rose 3.5% to $1,200.50, then fell.')).toBe(
      'Prices rose 3.5 % to $ 1,200.50 , then fell .',
    );
    // mteval-v14's known quirk kept by sacreBLEU: no padding, so "2019." keeps its period
    expect(tokenizeIntl('It happened in 2019.')).toBe('It happened in 2019.');
  });
});

describe('tokenizeChar', () => {
  it('makes every code point a token', () => {
    expect(tokenizeChar('ab😀')).toBe('a b 😀');
  });
});
