import { describe, expect, it } from 'vitest';
import { pySplit } from '../../src/metrics/python-text.js';
import {
  chrfStatistics,
  normalizeAnswer,
  rougeScore,
  rougeTokenize,
  tokenize13a,
} from '../../src/metrics/text-index.js';
import { WordGroup } from '../../src/metrics/unit-group.js';
import { createRandom } from '../../src/stats/random.js';

// The text metrics' fast paths (docs/metrics.md, "Cost") against the plain transliterations of
// their reference implementations, on thousands of random strings built from the characters
// the fast paths single out: ASCII words and punctuation, Unicode letters and punctuation,
// surrogates (paired and lone), and Python's odd whitespace.

const random = createRandom(2011);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const PIECES = [
  ...'abcxyzAZ0159.,-\'"$%&/:;!?@[]{}~^`_()',
  'the',
  'an',
  'a',
  'The',
  'AN',
  'word.',
  'word,',
  '3.',
  '3,',
  'é',
  'İ',
  'ß',
  '«',
  '—',
  '’',
  '😀',
  '\ud800',
  '\udc00',
  '&amp;',
  '&quot;',
  '<skipped>',
  '\u0000',
  '\u007f',
];
const SPACES = [' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u0085', '\u001c', '\u2028', '\u3000', '\ufeff'];

// A sentence of words made of random pieces, separated by random whitespace; `plain` keeps to
// ASCII letters, digits, punctuation and spaces (the SQuAD fast path's domain).
function randomText(plain: boolean): string {
  const pieces = plain ? PIECES.filter((p) => /^[\x20-\x7e]+$/.test(p)) : PIECES;
  const spaces = plain ? [' ', '  ', '\t', '\n'] : SPACES;
  let text = random() < 0.3 ? pick(spaces) : '';
  const words = Math.floor(random() * 12);
  for (let w = 0; w < words; w++) {
    const length = 1 + Math.floor(random() * 4);
    for (let i = 0; i < length; i++) text += pick(pieces);
    text += pick(spaces);
  }
  return text;
}

describe('13a word fast paths (tokenizer_13a.Tokenizer13a)', () => {
  // the four TokenizerRegexp substitutions on the padded line, as sacreBLEU applies them
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

  it('tokenizes like the substitutions on the whole line, on 5,000 random sentences', () => {
    for (let k = 0; k < 5000; k++) {
      const text = randomText(false);
      expect(tokenize13a(text), JSON.stringify(text)).toBe(wholeLine13a(text));
    }
  });
});

describe('SQuAD normalize_answer plain-ASCII path', () => {
  // evaluate-v2.0.py's normalize_answer, regex by regex
  function normalizeByRegex(text: string): string {
    const noPunct = text.toLowerCase().replace(/[\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]/g, '');
    return pySplit(noPunct.replace(/(?<![\p{L}\p{N}_])(a|an|the)(?![\p{L}\p{N}_])/gu, ' ')).join(' ');
  }

  it.each([
    ['plain ASCII', true],
    ['any text', false],
  ])('normalizes like the regexes on 5,000 random sentences of %s', (_name, plain) => {
    for (let k = 0; k < 5000; k++) {
      const text = randomText(plain);
      expect(normalizeAnswer(text), JSON.stringify(text)).toBe(normalizeByRegex(text));
    }
  });
});

describe('ROUGE-L bit-parallel LCS (rouge_scorer._lcs_table)', () => {
  function lcsByTable(a: readonly string[], b: readonly string[]): number {
    let previous = new Array<number>(b.length + 1).fill(0);
    for (const x of a) {
      const row = [0];
      b.forEach((y, j) => row.push(x === y ? previous[j]! + 1 : Math.max(previous[j + 1]!, row[j]!)));
      previous = row;
    }
    return previous[b.length]!;
  }

  it('finds the table’s LCS length for targets of 0 to 100 tokens (one to four 32-row chunks)', () => {
    const vocabulary = ['a1', 'b2', 'c3', 'd4', 'e5', 'f6', 'g7'];
    for (let k = 0; k < 2000; k++) {
      const sentence = () => Array.from({ length: Math.floor(random() * 101) }, () => pick(vocabulary)).join(' ');
      const target = sentence();
      const prediction = sentence();
      const t = rougeTokenize(target);
      const p = rougeTokenize(prediction);
      const lcs = lcsByTable(t, p);
      const { precision, recall } = rougeScore(target, prediction, { types: ['rougeL'] }).rougeL;
      expect(precision, `${target} | ${prediction}`).toBe(p.length && t.length ? lcs / p.length : 0);
      expect(recall).toBe(p.length && t.length ? lcs / t.length : 0);
    }
  });
});

describe('chrF++ statistics over word and character ids', () => {
  // sacreBLEU's CHRF: extract_all_char_ngrams, _remove_punctuation and _get_match_statistics
  // with Counters, as written there (code points, string.punctuation)
  const PUNCTUATION = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
  function wordsOf(sentence: string): string[] {
    const words: string[] = [];
    for (const word of pySplit(sentence)) {
      const chars = Array.from(word);
      if (chars.length === 1) words.push(word);
      else if (PUNCTUATION.has(chars.at(-1)!)) words.push(chars.slice(0, -1).join(''), chars.at(-1)!);
      else if (PUNCTUATION.has(chars[0]!)) words.push(chars[0]!, chars.slice(1).join(''));
      else words.push(word);
    }
    return words;
  }
  function counter(units: readonly string[], n: number): Map<string, number> {
    const counts = new Map<string, number>();
    for (let i = 0; i + n <= units.length; i++) {
      const key = JSON.stringify(units.slice(i, i + n));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }
  function statistics(hyp: readonly string[], ref: readonly string[], order: number): number[] {
    const stats: number[] = [];
    for (let n = 1; n <= order; n++) {
      const h = counter(hyp, n);
      const r = counter(ref, n);
      let hypCount = 0;
      let matches = 0;
      for (const [key, count] of h) {
        hypCount += count;
        matches += Math.min(count, r.get(key) ?? 0);
      }
      const refCount = [...r.values()].reduce((a, b) => a + b, 0);
      stats.push(r.size > 0 ? hypCount : 0, refCount, matches);
    }
    return stats;
  }

  it.each([false, true])('counts like Counters on 2,000 random sentence pairs (whitespace kept: %s)', (whitespace) => {
    for (let k = 0; k < 2000; k++) {
      const hyp = randomText(false);
      const ref = randomText(false);
      // Python's list(''.join(s.split())): the code points of s without its whitespace (joining
      // does not pair lone surrogates in Python, so they are taken before the join)
      const chars = (s: string) => Array.from(s).filter((c) => whitespace || pySplit(c).length > 0);
      const expected = [...statistics(chars(hyp), chars(ref), 6), ...statistics(wordsOf(hyp), wordsOf(ref), 2)];
      const { segments } = chrfStatistics([hyp], [[ref]], { wordOrder: 2, whitespace });
      expect(segments[0], JSON.stringify([hyp, ref])).toEqual(expected);
    }
  });
});

describe('WordGroup', () => {
  it('gives equal ids to equal words and different ids to different ones, across growth of its table', () => {
    const group = new WordGroup();
    for (let trial = 0; trial < 20; trial++) {
      group.clear();
      const words = Array.from({ length: 1 + Math.floor(random() * 3000) }, () => {
        let w = '';
        for (let i = 0, n = Math.floor(random() * 4); i < n; i++) w += pick(PIECES);
        return w;
      });
      // words as spans of a line, and some as whole strings
      const line = words.join(' ');
      let at = 0;
      for (const w of words) {
        if (random() < 0.5) group.word(line, at, at + w.length);
        else group.word(w, 0, w.length);
        at += w.length + 1;
      }
      group.endSentence();
      const ids = new Map<string, number>();
      words.forEach((w, i) => {
        const id = group.units[i]!;
        if (!ids.has(w)) ids.set(w, id);
        expect(id, JSON.stringify(w)).toBe(ids.get(w));
      });
      expect(new Set(ids.values()).size).toBe(ids.size);
      expect(group.distinct).toBe(ids.size);
    }
  });
});
