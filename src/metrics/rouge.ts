// ROUGE (Lin, 2004) exactly as Google's rouge-score computes it (rouge_score/rouge_scorer.py,
// tokenize.py, scoring.py): `RougeScorer(types, use_stemmer).score(target, prediction)`.

import { matchCount, ngramCount, ngramsOf, type Ngrams } from './ngrams.js';
import { porterStemmer } from './porter-stemmer.js';
import { isLowerAlphanumeric, pyLower } from './python-text.js';
import { TokenList, type TokenSink, WordGroup } from './unit-group.js';

/** 'rouge1'…'rouge9' (n-gram overlap), 'rougeL' (LCS), 'rougeLsum' (summary-level LCS). */
export type RougeType = 'rouge1' | 'rouge2' | 'rougeL' | 'rougeLsum' | `rouge${number}`;

export interface RougeScore {
  precision: number;
  recall: number;
  fmeasure: number;
}

export interface RougeOptions<T extends RougeType> {
  /** Which scores to compute (default rouge1, rouge2, rougeL, rougeLsum). */
  types?: readonly T[];
  /** Porter-stem tokens longer than 3 characters (default false). */
  useStemmer?: boolean;
}

type DefaultType = 'rouge1' | 'rouge2' | 'rougeL' | 'rougeLsum';
const DEFAULT_TYPES: readonly DefaultType[] = ['rouge1', 'rouge2', 'rougeL', 'rougeLsum'];

// rouge-score uses nltk's `porter.PorterStemmer()`, whose default mode is NLTK_EXTENSIONS.
const porter = porterStemmer('NLTK_EXTENSIONS');

// Stemming is pure and dominates tokenizing, and corpora repeat words: a bounded memo (as
// rouge-score's own tokenizer keeps) makes repeated words cheap without changing any result.
const stemMemo = new Map<string, string>();
function stem(word: string): string {
  let stemmed = stemMemo.get(word);
  if (stemmed === undefined) {
    if (stemMemo.size >= 100_000) stemMemo.clear();
    stemmed = porter(word);
    stemMemo.set(word, stemmed);
  }
  return stemmed;
}

// rouge-score's default tokenizer (tokenize._tokenize), which replicates ROUGE-1.5.5:
// lowercase, every run of characters outside [a-z0-9] becomes a space, split (what is left
// are the maximal runs of [a-z0-9]), and with the stemmer, stem tokens of more than 3
// characters.
function tokenizeInto(text: string, useStemmer: boolean, sink: TokenSink): void {
  const lower = pyLower(text);
  const length = lower.length;
  let i = 0;
  while (i < length) {
    while (i < length && !isLowerAlphanumeric(lower.charCodeAt(i))) i++;
    if (i === length) return;
    const start = i;
    while (i < length && isLowerAlphanumeric(lower.charCodeAt(i))) i++;
    if (!useStemmer) {
      sink.word(lower, start, i);
    } else {
      const token = i - start > 3 ? stem(lower.slice(start, i)) : lower.slice(start, i);
      if (/^[a-z0-9]+$/.test(token)) sink.word(token, 0, token.length);
    }
  }
}

/** rouge-score's default tokenizer (see tokenizeInto). */
export function rougeTokenize(text: string, useStemmer = false): string[] {
  const list = new TokenList();
  tokenizeInto(text, useStemmer, list);
  return list.tokens;
}

// scoring.fmeasure.
function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

const ZERO: RougeScore = { precision: 0, recall: 0, fmeasure: 0 };

// rouge_scorer._score_ngrams: clipped overlap, each count floored at 1 in the denominator.
function scoreNgrams(target: Ngrams, prediction: Ngrams, n: number): RougeScore {
  const overlap = matchCount(target, prediction, n);
  const precision = overlap / Math.max(ngramCount(prediction, n), 1);
  const recall = overlap / Math.max(ngramCount(target, n), 1);
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

// A target (sentence 0) and a prediction (sentence 1) as word ids, and for rougeLsum the
// positions where their lines' tokens end, the target's lines first.
const words = new WordGroup();
const lineEnds: number[] = [];

// A word range `units[from .. to)` of the group.
interface Span {
  from: number;
  to: number;
}

// The length of the longest common subsequence (rouge_scorer._lcs_table's last cell),
// bit-parallel (Allison & Dix 1986; Hyyrö 2004): bit i of V is 0 where row i of the table's
// current column steps up, so each prediction word updates 32 rows of the target at once,
// with the carry of an addition walking the steps down; the length is V's zero bits.
let masks = new Int32Array(256);
let column = new Int32Array(8);
function lcsLength(units: Int32Array, ref: Span, can: Span, distinct: number): number {
  const rows = ref.to - ref.from;
  const chunks = (rows + 31) >>> 5;
  if (masks.length < distinct * chunks) masks = new Int32Array(2 * distinct * chunks);
  if (column.length < chunks) column = new Int32Array(2 * chunks);
  // masks[word · chunks + c]: the rows (target positions) holding the word
  masks.fill(0, 0, distinct * chunks);
  for (let i = 0; i < rows; i++) masks[(units[ref.from + i] as number) * chunks + (i >>> 5)]! |= 1 << (i & 31);
  column.fill(-1, 0, chunks);
  for (let j = can.from; j < can.to; j++) {
    const mask = (units[j] as number) * chunks;
    let carry = 0;
    for (let c = 0; c < chunks; c++) {
      const v = column[c] as number;
      const m = masks[mask + c] as number;
      const sum = (v >>> 0) + ((v & m) >>> 0) + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      column[c] = sum | (v & ~m);
    }
  }
  let length = 0;
  for (let c = 0; c < chunks; c++) {
    // the zero bits among the chunk's rows
    let zeros = ~(column[c] as number);
    if (c === chunks - 1 && (rows & 31) !== 0) zeros &= (1 << (rows & 31)) - 1;
    zeros -= (zeros >>> 1) & 0x55555555;
    zeros = (zeros & 0x33333333) + ((zeros >>> 2) & 0x33333333);
    length += (Math.imul((zeros + (zeros >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
  }
  return length;
}

// rouge_scorer._score_lcs.
function scoreLcs(target: Span, prediction: Span): RougeScore {
  const targetLength = target.to - target.from;
  const predictionLength = prediction.to - prediction.from;
  if (targetLength === 0 || predictionLength === 0) return ZERO;
  const lcs = lcsLength(words.units, target, prediction, words.distinct);
  const precision = lcs / predictionLength;
  const recall = lcs / targetLength;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

// rouge_scorer.lcs_ind via _backtrack_norec: marks (marks[i − ref.from] = 1) the positions in
// `ref` of one longest common subsequence; which one (on ties) matters for the union below, so
// the walk is the same. The table is rouge_scorer._lcs_table, cell (i, j) at i * (cols + 1) + j.
let table = new Int32Array(1024);
function markLcs(units: Int32Array, ref: Span, can: Span, marks: Uint8Array): void {
  const rows = ref.to - ref.from;
  const cols = can.to - can.from + 1;
  if (table.length < (rows + 1) * cols) table = new Int32Array(2 * (rows + 1) * cols);
  table.fill(0, 0, cols);
  for (let i = 1; i <= rows; i++) {
    table[i * cols] = 0;
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] =
        units[ref.from + i - 1] === units[can.from + j - 1]
          ? (table[(i - 1) * cols + j - 1] as number) + 1
          : Math.max(table[(i - 1) * cols + j] as number, table[i * cols + j - 1] as number);
    }
  }
  let i = rows;
  let j = cols - 1;
  while (i > 0 && j > 0) {
    if (units[ref.from + i - 1] === units[can.from + j - 1]) {
      marks[i - 1] = 1;
      i--;
      j--;
    } else if ((table[i * cols + j - 1] as number) > (table[(i - 1) * cols + j] as number)) {
      j--;
    } else {
      i--;
    }
  }
}

// rouge_scorer._summary_level_lcs: ROUGE-Lsum, the union LCS of each reference sentence with
// all candidate sentences (Lin 2004, section 3.2), with ROUGE-1.5.5's guard against counting a
// token more often than it occurs in either summary.
function summaryLevelLcs(refSents: readonly Span[], canSents: readonly Span[]): RougeScore {
  if (refSents.length === 0 || canSents.length === 0) return ZERO;
  const m = refSents.reduce((sum, s) => sum + s.to - s.from, 0);
  const n = canSents.reduce((sum, s) => sum + s.to - s.from, 0);
  if (m === 0 || n === 0) return ZERO;

  const units = words.units;
  const tokenCounts = (sents: readonly Span[]): Int32Array => {
    const counts = new Int32Array(words.distinct);
    for (const s of sents) for (let i = s.from; i < s.to; i++) counts[units[i] as number]!++;
    return counts;
  };
  const refCounts = tokenCounts(refSents);
  const canCounts = tokenCounts(canSents);

  let hits = 0;
  for (const ref of refSents) {
    const union = new Uint8Array(ref.to - ref.from);
    for (const can of canSents) markLcs(units, ref, can, union);
    for (let i = 0; i < union.length; i++) {
      if (union[i] === 0) continue;
      const token = units[ref.from + i] as number;
      if ((canCounts[token] as number) > 0 && (refCounts[token] as number) > 0) {
        hits++;
        canCounts[token]!--;
        refCounts[token]!--;
      }
    }
  }
  const recall = hits / m;
  const precision = hits / n;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

// rougeLsum's sentences are the non-empty lines (split on '\n' only, as rouge-score does
// without split_summaries).
function sentences(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}

function maxNgramOrder(types: readonly string[]): number {
  return Math.max(0, ...types.filter((t) => /^rouge[1-9]$/.test(t)).map((t) => Number(t.slice(5))));
}

/**
 * ROUGE scores of `prediction` against `target` (target first, as rouge-score's
 * `RougeScorer.score(target, prediction)`), each `{ precision, recall, fmeasure }` in [0, 1].
 * Throws RangeError for a type rouge-score rejects (e.g. 'rouge0', 'rouge10').
 */
export function rougeScore<T extends RougeType = DefaultType>(
  target: string,
  prediction: string,
  opts?: RougeOptions<T>,
): Record<T, RougeScore> {
  const types = (opts?.types ?? DEFAULT_TYPES) as readonly T[];
  const useStemmer = opts?.useStemmer ?? false;
  const result = {} as Record<T, RougeScore>;
  // Tokens never span a line break, so a text's tokens are its lines' tokens concatenated:
  // tokenize (and stem) once, per line when rougeLsum needs the lines.
  const byLine = types.includes('rougeLsum' as T);
  const addText = (text: string) => {
    if (byLine) {
      for (const line of sentences(text)) {
        tokenizeInto(line, useStemmer, words);
        lineEnds.push(words.size);
      }
    } else {
      tokenizeInto(text, useStemmer, words);
    }
    words.endSentence();
  };
  words.clear();
  lineEnds.length = 0;
  addText(target);
  const targetLines = lineEnds.length;
  addText(prediction);
  const targetSpan = { from: 0, to: words.start(1) };
  const predictionSpan = { from: words.start(1), to: words.size };
  let ngrams: Ngrams[] | undefined;

  for (const type of types) {
    if (type === 'rougeL') {
      result[type] = scoreLcs(targetSpan, predictionSpan);
    } else if (type === 'rougeLsum') {
      const lines = lineEnds.map((to, k) => ({ from: k === 0 ? 0 : (lineEnds[k - 1] as number), to }));
      result[type] = summaryLevelLcs(lines.slice(0, targetLines), lines.slice(targetLines));
    } else if (/^rouge[1-9]$/.test(type)) {
      const n = Number(type.slice(5));
      ngrams ??= ngramsOf(words, maxNgramOrder(types));
      const [t, p] = ngrams as [Ngrams, Ngrams];
      result[type] = scoreNgrams(t, p, n);
    } else {
      throw new RangeError(`invalid ROUGE type: ${type}`);
    }
  }
  return result;
}

/**
 * The settings behind a ROUGE result: `rouge-score|types:rouge1,rougeL|stem:no|tok:default`.
 * (The scores themselves stay `{ rouge1, … }` so that their keys are the requested types.)
 */
export function rougeSignature(opts?: RougeOptions<RougeType>): string {
  const types = opts?.types ?? DEFAULT_TYPES;
  return `rouge-score|types:${types.join(',')}|stem:${opts?.useStemmer ? 'yes' : 'no'}|tok:default`;
}
