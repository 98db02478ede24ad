// sacreBLEU's tokenizers (sacrebleu/tokenizers/*.py), which decide what BLEU counts as a word.
// Each returns the tokens joined by single spaces, as sacreBLEU's do.

import { codePoints, isPyPunctuation, pyIsSpace, pySplit, pySplitInto } from './python-text.js';
import { TokenList, type TokenSink } from './unit-group.js';

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

// 13a's line-level replacements (tokenizer_13a.Tokenizer13a.__call__), before the rules.
function unescape13a(text: string): string {
  let line = text;
  if (line.includes('<skipped>')) line = line.replaceAll('<skipped>', '');
  if (line.includes('\n')) line = line.replaceAll('-\n', '').replaceAll('\n', ' ');
  if (line.includes('&')) {
    line = line.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  }
  return line;
}

/**
 * The words of sacreBLEU's `13a` tokenization (`tokenize13a(text).split()`) into a sink.
 * Every match of V13A_RULES lies within one whitespace-separated word and the whitespace
 * around it (a space or a period can be matched next to it, nothing across it), so the line is
 * tokenized word by word, each word padded as 13a pads the line. The rules act on ASCII
 * punctuation and symbols only (string.punctuation): words without any skip them, and so does
 * a word whose only one is a final period or comma (the rules split it off, whatever precedes
 * it). test/metrics/bleu-tokenizers.test.ts and test/metrics/fast-paths.test.ts check this
 * against the rules applied to the whole line.
 */
export function tokens13aInto(text: string, sink: TokenSink): void {
  const line = unescape13a(text);
  const length = line.length;
  let i = 0;
  while (i < length) {
    while (i < length && pyIsSpace(line.charCodeAt(i))) i++;
    if (i === length) return;
    const start = i;
    let specials = 0;
    for (; i < length; i++) {
      const code = line.charCodeAt(i);
      if (pyIsSpace(code)) break;
      if (isPyPunctuation(code)) specials++;
    }
    if (specials === 0) {
      sink.word(line, start, i);
      continue;
    }
    const last = line.charCodeAt(i - 1);
    if (specials === 1 && i - start > 1 && (last === 0x2e || last === 0x2c)) {
      sink.word(line, start, i - 1);
      sink.word(line, i - 1, i);
      continue;
    }
    // The padding lets the period/comma rules see a word-final period.
    let padded = ` ${line.slice(start, i)} `;
    for (const [pattern, replacement] of V13A_RULES) padded = padded.replace(pattern, replacement);
    pySplitInto(padded, sink);
  }
}

/**
 * sacreBLEU's default `13a` tokenizer (tokenizer_13a.Tokenizer13a), equivalent to
 * mteval-v13a.pl as used by WMT.
 */
export function tokenize13a(text: string): string {
  const list = new TokenList();
  tokens13aInto(text, list);
  return list.tokens.join(' ');
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

/** The words of the tokenizer sacreBLEU selects by name (its output split on whitespace), into a sink. */
export function bleuWordsInto(name: BleuTokenizerName): (line: string, sink: TokenSink) => void {
  if (name === '13a') return tokens13aInto;
  const tokenize = bleuTokenizer(name);
  return (line, sink) => pySplitInto(tokenize(line), sink);
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
