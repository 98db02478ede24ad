// ROUGE (Lin, 2004) exactly as Google's rouge-score computes it (rouge_score/rouge_scorer.py,
// tokenize.py, scoring.py): `RougeScorer(types, use_stemmer).score(target, prediction)`.

import { groupNgrams, internWords, matchCount, ngramCount, type Ngrams } from './ngrams.js';
import { porterStemmer } from './porter-stemmer.js';
import { pyLower } from './python-text.js';

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

/**
 * rouge-score's default tokenizer (tokenize._tokenize), which replicates ROUGE-1.5.5: lowercase,
 * every run of characters outside [a-z0-9] becomes a space, split, and with the stemmer, stem
 * tokens of more than 3 characters.
 */
export function rougeTokenize(text: string, useStemmer = false): string[] {
  // the maximal runs of [a-z0-9] are what replacing the other runs by a space and splitting leaves
  const tokens = pyLower(text).match(/[a-z0-9]+/g) ?? [];
  if (!useStemmer) return tokens;
  return tokens.map((t) => (t.length > 3 ? stem(t) : t)).filter((t) => /^[a-z0-9]+$/.test(t));
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

// rouge_scorer._lcs_table, flattened: cell (i, j) at i * (cols + 1) + j.
function lcsTable(ref: readonly string[], can: readonly string[]): Uint32Array {
  const cols = can.length + 1;
  const table = new Uint32Array((ref.length + 1) * cols);
  for (let i = 1; i <= ref.length; i++) {
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] =
        ref[i - 1] === can[j - 1]
          ? (table[(i - 1) * cols + j - 1] as number) + 1
          : Math.max(table[(i - 1) * cols + j] as number, table[i * cols + j - 1] as number);
    }
  }
  return table;
}

// rouge_scorer._score_lcs.
function scoreLcs(target: readonly string[], prediction: readonly string[]): RougeScore {
  if (target.length === 0 || prediction.length === 0) return ZERO;
  const table = lcsTable(target, prediction);
  const lcs = table[table.length - 1] as number;
  const precision = lcs / prediction.length;
  const recall = lcs / target.length;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

// rouge_scorer.lcs_ind via _backtrack_norec: indices into `ref` of one longest common
// subsequence; which one (on ties) matters for the union below, so the walk is the same.
function lcsIndices(ref: readonly string[], can: readonly string[]): number[] {
  const table = lcsTable(ref, can);
  const cols = can.length + 1;
  const indices: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      indices.push(i - 1);
      i--;
      j--;
    } else if ((table[i * cols + j - 1] as number) > (table[(i - 1) * cols + j] as number)) {
      j--;
    } else {
      i--;
    }
  }
  return indices.reverse();
}

// rouge_scorer._summary_level_lcs: ROUGE-Lsum, the union LCS of each reference sentence with
// all candidate sentences (Lin 2004, section 3.2), with ROUGE-1.5.5's guard against counting a
// token more often than it occurs in either summary.
function summaryLevelLcs(refSents: readonly string[][], canSents: readonly string[][]): RougeScore {
  if (refSents.length === 0 || canSents.length === 0) return ZERO;
  const m = refSents.reduce((sum, s) => sum + s.length, 0);
  const n = canSents.reduce((sum, s) => sum + s.length, 0);
  if (m === 0 || n === 0) return ZERO;

  const tokenCounts = (sents: readonly string[][]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const s of sents) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  };
  const refCounts = tokenCounts(refSents);
  const canCounts = tokenCounts(canSents);

  let hits = 0;
  for (const ref of refSents) {
    const union = new Set<number>();
    for (const can of canSents) for (const i of lcsIndices(ref, can)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const token = ref[i] as string;
      const c = canCounts.get(token) ?? 0;
      const r = refCounts.get(token) ?? 0;
      if (c > 0 && r > 0) {
        hits++;
        canCounts.set(token, c - 1);
        refCounts.set(token, r - 1);
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
  const lines = (text: string) => sentences(text).map((line) => rougeTokenize(line, useStemmer));
  const targetLines = types.includes('rougeLsum' as T) ? lines(target) : undefined;
  const predictionLines = targetLines ? lines(prediction) : undefined;
  const targetTokens = targetLines?.flat() ?? rougeTokenize(target, useStemmer);
  const predictionTokens = predictionLines?.flat() ?? rougeTokenize(prediction, useStemmer);
  let ngrams: Ngrams[] | undefined;

  for (const type of types) {
    if (type === 'rougeL') {
      result[type] = scoreLcs(targetTokens, predictionTokens);
    } else if (type === 'rougeLsum') {
      result[type] = summaryLevelLcs(targetLines ?? [], predictionLines ?? []);
    } else if (/^rouge[1-9]$/.test(type)) {
      const n = Number(type.slice(5));
      ngrams ??= groupNgrams(internWords([targetTokens, predictionTokens]), maxNgramOrder(types));
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
