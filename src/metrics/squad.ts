// Question-answering scores as the official SQuAD evaluation scripts compute them for one
// question: evaluate-v1.1.py (exact_match_score, f1_score, metric_max_over_ground_truths) and
// evaluate-v2.0.py (compute_exact, compute_f1, get_raw_scores). Scores are in [0, 1]; the
// scripts' 0–100 figures are 100 × the mean of these over questions.

import { isLowerAlphanumeric, isPyPunctuation, pyIsSpace, pyLower, pySplitInto } from './python-text.js';
import { TokenList, type TokenSink, WordGroup } from './unit-group.js';

export type SquadVersion = '2.0' | '1.1';

export interface SquadOptions {
  /** Which script's rules (default '2.0'). */
  version?: SquadVersion;
}

export interface SquadScore {
  /** 1 when the normalized prediction equals a normalized gold answer, else 0. */
  exact: number;
  /** Best token F1 over the gold answers. */
  f1: number;
}

// string.punctuation: the scripts remove ASCII punctuation only.
const PUNCTUATION = /[\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]/g;
// `\b(a|an|the)\b` under Python 3's Unicode rules, where a word character is a letter, a number
// or '_' in any script (JavaScript's `\b` knows ASCII only).
const ARTICLES = /(?<![\p{L}\p{N}_])(a|an|the)(?![\p{L}\p{N}_])/gu;

/** normalize_answer: lowercase, drop punctuation, drop articles a/an/the, collapse whitespace. */
export function normalizeAnswer(text: string): string {
  const list = new TokenList();
  normalizedInto(text, list);
  return list.tokens.join(' ');
}

// The words of normalize_answer(text), i.e. `normalize_answer(text).split()`, into a sink.
function normalizedInto(text: string, sink: TokenSink): void {
  const lower = pyLower(text);
  if (plainAscii(lower)) plainNormalizedInto(lower, sink);
  else pySplitInto(lower.replace(PUNCTUATION, '').replace(ARTICLES, ' '), sink);
}

// Lowercased text of ASCII letters, digits, punctuation and whitespace only: once punctuation
// is gone, a whitespace-separated word is all word characters, so `\b(a|an|the)\b` matches
// whole words.
function plainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isLowerAlphanumeric(code) && !isPyPunctuation(code) && !pyIsSpace(code)) return false;
  }
  return true;
}

function isArticle(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length === 1) return text.charCodeAt(start) === 0x61;
  if (length === 2) return text.charCodeAt(start) === 0x61 && text.charCodeAt(start + 1) === 0x6e;
  return length === 3 && text.startsWith('the', start);
}

// normalizedInto for plainAscii text, word by word: the punctuation dropped, then the word
// dropped if it is empty or an article.
function plainNormalizedInto(lower: string, sink: TokenSink): void {
  const length = lower.length;
  let i = 0;
  while (i < length) {
    while (i < length && pyIsSpace(lower.charCodeAt(i))) i++;
    if (i === length) return;
    const start = i;
    let punctuation = 0;
    for (; i < length; i++) {
      const code = lower.charCodeAt(i);
      if (pyIsSpace(code)) break;
      if (isPyPunctuation(code)) punctuation++;
    }
    if (punctuation === 0) {
      if (!isArticle(lower, start, i)) sink.word(lower, start, i);
    } else if (punctuation < i - start) {
      const word = lower.slice(start, i).replace(PUNCTUATION, '');
      if (!isArticle(word, 0, word.length)) sink.word(word, 0, word.length);
    }
  }
}

// The prediction (sentence 0) and the gold answers as word ids of their normalized text.
const words = new WordGroup();
let counts = new Int32Array(256);

function normalizeGroup(texts: readonly string[]): void {
  words.clear();
  for (const text of texts) {
    normalizedInto(text, words);
    words.endSentence();
  }
}

// Equal normalized texts: the same words (joined by single spaces, they are the text).
function sameText(a: number, b: number): boolean {
  const length = words.length(a);
  if (words.length(b) !== length) return false;
  const units = words.units;
  const from = words.start(a);
  const to = words.start(b);
  for (let i = 0; i < length; i++) if (units[from + i] !== units[to + i]) return false;
  return true;
}

// Token F1 over clipped token counts (Counter intersection), given that both sides have tokens.
function overlapF1(pred: number, gold: number): number {
  if (counts.length < words.distinct) counts = new Int32Array(2 * words.distinct);
  const units = words.units;
  const goldFrom = words.start(gold);
  const goldTo = goldFrom + words.length(gold);
  for (let i = goldFrom; i < goldTo; i++) counts[units[i] as number]!++;
  let same = 0;
  const predFrom = words.start(pred);
  const predLength = words.length(pred);
  for (let i = predFrom; i < predFrom + predLength; i++) {
    const word = units[i] as number;
    if ((counts[word] as number) > 0) {
      same++;
      counts[word]!--;
    }
  }
  for (let i = goldFrom; i < goldTo; i++) counts[units[i] as number] = 0;
  if (same === 0) return 0;
  const precision = same / predLength;
  const recall = same / (goldTo - goldFrom);
  return (2 * precision * recall) / (precision + recall);
}

// compute_f1 (v2.0): when either side normalizes to no tokens, 1 if both do, else 0.
// f1_score (v1.1) has no such rule, so two empty answers score 0 there.
function f1Of(pred: number, gold: number, version: SquadVersion): number {
  const predLength = words.length(pred);
  const goldLength = words.length(gold);
  if (predLength === 0 || goldLength === 0) return version === '2.0' && predLength === goldLength ? 1 : 0;
  return overlapF1(pred, gold);
}

/**
 * SQuAD token F1 of one prediction against one reference, with v2.0's compute_f1 rule for
 * empty answers: when either side normalizes to no tokens, 1 if both do, else 0.
 */
export function tokenF1(prediction: string, reference: string): number {
  normalizeGroup([prediction, reference]);
  return f1Of(0, 1, '2.0');
}

// metric_max_over_ground_truths for both scores, against the group's sentences `gold`.
function bestOver(gold: readonly number[], version: SquadVersion): SquadScore {
  let exact = 0;
  let f1 = 0;
  for (const g of gold) {
    if (sameText(0, g)) exact = 1;
    f1 = Math.max(f1, f1Of(0, g, version));
  }
  return { exact, f1 };
}

/**
 * Exact match and F1 of a prediction against a question's gold answers, the maximum over the
 * answers. v2.0: gold answers that normalize to '' are dropped, and a question left without any
 * is unanswerable, whose only correct prediction is one that normalizes to '' (so both scores
 * are 1 iff the prediction is empty after normalization). v1.1 has no unanswerable questions:
 * an empty gold list is a RangeError. A single gold answer may be passed as a string.
 */
export function squadScore(prediction: string, answers: string | readonly string[], opts?: SquadOptions): SquadScore {
  const goldAnswers = typeof answers === 'string' ? [answers] : answers;
  const version = opts?.version ?? '2.0';
  if (version === '1.1' && goldAnswers.length === 0) throw new RangeError('SQuAD v1.1 needs at least one gold answer');
  if (version !== '1.1' && version !== '2.0') throw new RangeError(`unknown SQuAD version: ${String(version)}`);
  normalizeGroup([prediction, ...goldAnswers]);
  const gold = goldAnswers.map((_, k) => k + 1);
  if (version === '1.1') return bestOver(gold, version);
  const answerable = gold.filter((k) => words.length(k) > 0);
  if (answerable.length > 0) return bestOver(answerable, version);
  // unanswerable: compared with normalize_answer('') (an empty sentence)
  words.endSentence();
  return bestOver([words.ends.length - 1], version);
}

/** The settings behind a SQuAD score: `squad|version:2.0`. */
export function squadSignature(opts?: SquadOptions): string {
  return `squad|version:${opts?.version ?? '2.0'}`;
}
