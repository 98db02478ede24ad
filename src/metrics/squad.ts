// Question-answering scores as the official SQuAD evaluation scripts compute them for one
// question: evaluate-v1.1.py (exact_match_score, f1_score, metric_max_over_ground_truths) and
// evaluate-v2.0.py (compute_exact, compute_f1, get_raw_scores). Scores are in [0, 1]; the
// scripts' 0–100 figures are 100 × the mean of these over questions.

import { pyLower, pySplit } from './python-text.js';

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
  const noPunct = pyLower(text).replace(PUNCTUATION, '');
  return pySplit(noPunct.replace(ARTICLES, ' ')).join(' ');
}

// Token F1 over clipped token counts, given that both token lists are non-empty.
function overlapF1(pred: readonly string[], gold: readonly string[]): number {
  const goldCounts = new Map<string, number>();
  for (const t of gold) goldCounts.set(t, (goldCounts.get(t) ?? 0) + 1);
  let same = 0;
  for (const t of pred) {
    const c = goldCounts.get(t) ?? 0;
    if (c > 0) {
      same++;
      goldCounts.set(t, c - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / pred.length;
  const recall = same / gold.length;
  return (2 * precision * recall) / (precision + recall);
}

// A text normalized once (normalize_answer) and its tokens (`.split()` of that).
interface Normalized {
  text: string;
  tokens: string[];
}

function normalized(text: string): Normalized {
  const tokens = pySplit(normalizeAnswer(text));
  return { text: tokens.join(' '), tokens };
}

// compute_f1 (v2.0): when either side normalizes to no tokens, 1 if both do, else 0.
// f1_score (v1.1) has no such rule, so two empty answers score 0 there.
function f1Of(pred: Normalized, gold: Normalized, version: SquadVersion): number {
  if (pred.tokens.length === 0 || gold.tokens.length === 0) {
    return version === '2.0' && pred.tokens.length === gold.tokens.length ? 1 : 0;
  }
  return overlapF1(pred.tokens, gold.tokens);
}

/**
 * SQuAD token F1 of one prediction against one reference, with v2.0's compute_f1 rule for
 * empty answers: when either side normalizes to no tokens, 1 if both do, else 0.
 */
export function tokenF1(prediction: string, reference: string): number {
  return f1Of(normalized(prediction), normalized(reference), '2.0');
}

// metric_max_over_ground_truths for both scores, each text normalized once.
function bestOver(pred: Normalized, gold: readonly Normalized[], version: SquadVersion): SquadScore {
  let exact = 0;
  let f1 = 0;
  for (const g of gold) {
    if (pred.text === g.text) exact = 1;
    f1 = Math.max(f1, f1Of(pred, g, version));
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
  const pred = normalized(prediction);
  if (version === '1.1') {
    if (goldAnswers.length === 0) throw new RangeError('SQuAD v1.1 needs at least one gold answer');
    return bestOver(pred, goldAnswers.map(normalized), version);
  }
  if (version !== '2.0') throw new RangeError(`unknown SQuAD version: ${String(version)}`);
  const answerable = goldAnswers.map(normalized).filter((a) => a.text !== '');
  return bestOver(pred, answerable.length > 0 ? answerable : [normalized('')], version);
}

/** The settings behind a SQuAD score: `squad|version:2.0`. */
export function squadSignature(opts?: SquadOptions): string {
  return `squad|version:${opts?.version ?? '2.0'}`;
}
