// sacreBLEU's tokenizers (sacrebleu/tokenizers/*.py), which decide what BLEU counts as a word.
// Each returns the tokens joined by single spaces, as sacreBLEU's do.

import { codePoints, pySplit } from './python-text.js';

export type BleuTokenizerName = '13a' | 'none' | 'intl' | 'char';

// tokenizer_re.TokenizerRegexp, the language-dependent part of mteval-v13a.pl. The first class
// is sacreBLEU's `[\{-\~\[-\` -\&\(-\+\:-\@\/]` spelled in hex: ASCII symbols and the space, but
// not `'`, `,`, `-`, `.`, digits or letters.
const V13A_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/([\x7B-\x7E\x5B-\x60\x20-\x26\x28-\x2B\x3A-\x40\x2F])/gu, ' $1 '],
  // period and comma unless preceded by a digit
  [/([^0-9])([.,])/gu, '$1 $2 '],
  // period and comma unless followed by a digit
  [/([.,])([^0-9])/gu, ' $1 $2'],
  // dash when preceded by a digit
  [/([0-9])(-)/gu, '$1 $2 '],
];

// What any of V13A_RULES can act on: ASCII symbols, period, comma and dash. A word without
// them is a token as it is.
const V13A_SPECIAL = /[\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]/;

/**
 * The words of sacreBLEU's `13a` tokenization: `tokenize13a(text).split()` without the join.
 * Every match of V13A_RULES lies within one whitespace-separated word and the whitespace
 * around it (a space or a period can be matched next to it, nothing across it), so the line is
 * tokenized word by word, each word padded as 13a pads the line, and words with nothing for
 * the rules to act on skip them; test/metrics/bleu-tokenizers.test.ts checks this against the
 * rules applied to the whole line.
 */
export function tokens13a(text: string): string[] {
  let line = text;
  if (line.includes('<skipped>')) line = line.replaceAll('<skipped>', '');
  if (line.includes('\n')) line = line.replaceAll('-\n', '').replaceAll('\n', ' ');
  if (line.includes('&')) {
    line = line.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  }
  const tokens: string[] = [];
  for (const word of pySplit(line)) {
    if (!V13A_SPECIAL.test(word)) {
      tokens.push(word);
      continue;
    }
    // The padding lets the period/comma rules see a word-final period.
    let padded = ` ${word} `;
    for (const [pattern, replacement] of V13A_RULES) padded = padded.replace(pattern, replacement);
    for (const token of pySplit(padded)) tokens.push(token);
  }
  return tokens;
}

/**
 * sacreBLEU's default `13a` tokenizer (tokenizer_13a.Tokenizer13a), equivalent to
 * mteval-v13a.pl as used by WMT.
 */
export function tokenize13a(text: string): string {
  return tokens13a(text).join(' ');
}

// tokenizer_intl.TokenizerV14International (mteval-v14.pl's international tokenization).
const INTL_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(\P{N})(\p{P})/gu, '$1 $2 '],
  [/(\p{P})(\P{N})/gu, ' $1 $2'],
  [/(\p{S})/gu, ' $1 '],
];

/** sacreBLEU's `intl` tokenizer: splits off Unicode punctuation and symbols. */
export function tokenizeIntl(text: string): string {
  let line = text;
  for (const [pattern, replacement] of INTL_RULES) line = line.replace(pattern, replacement);
  return pySplit(line).join(' ');
}

/** sacreBLEU's `char` tokenizer: every code point (spaces included) becomes a token. */
export function tokenizeChar(text: string): string {
  return codePoints(text).join(' ');
}

/** The words of the tokenizer sacreBLEU selects by name (its output split on whitespace). */
export function bleuWords(name: BleuTokenizerName): (line: string) => string[] {
  if (name === '13a') return tokens13a;
  const tokenize = bleuTokenizer(name);
  return (line) => pySplit(tokenize(line));
}

/** The tokenizer sacreBLEU selects by name; `none` leaves the line as it is. */
function bleuTokenizer(name: BleuTokenizerName): (line: string) => string {
  switch (name) {
    case '13a':
      return tokenize13a;
    case 'intl':
      return tokenizeIntl;
    case 'char':
      return tokenizeChar;
    case 'none':
      return (line) => line;
    default:
      throw new RangeError(`unknown BLEU tokenizer: ${String(name)}`);
  }
}
