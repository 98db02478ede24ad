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

function tokens(text: string): string[] {
  return pySplit(normalizeAnswer(text));
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

/**
 * SQuAD token F1 of one prediction against one reference, with v2.0's compute_f1 rule for
 * empty answers: when either side normalizes to no tokens, 1 if both do, else 0.
 */
export function tokenF1(prediction: string, reference: string): number {
  const pred = tokens(prediction);
  const gold = tokens(reference);
  if (pred.length === 0 || gold.length === 0) return pred.length === gold.length ? 1 : 0;
  return overlapF1(pred, gold);
}

// evaluate-v1.1.py f1_score: no special case, so two empty answers score 0.
function tokenF1v11(prediction: string, reference: string): number {
  const pred = tokens(prediction);
  const gold = tokens(reference);
  return pred.length === 0 || gold.length === 0 ? 0 : overlapF1(pred, gold);
}

function exactMatch(prediction: string, reference: string): number {
  return normalizeAnswer(prediction) === normalizeAnswer(reference) ? 1 : 0;
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
  if (version === '1.1') {
    if (goldAnswers.length === 0) throw new RangeError('SQuAD v1.1 needs at least one gold answer');
    return {
      exact: Math.max(...goldAnswers.map((a) => exactMatch(prediction, a))),
      f1: Math.max(...goldAnswers.map((a) => tokenF1v11(prediction, a))),
    };
  }
  if (version !== '2.0') throw new RangeError(`unknown SQuAD version: ${String(version)}`);
  const answerable = goldAnswers.filter((a) => normalizeAnswer(a) !== '');
  const gold = answerable.length > 0 ? answerable : [''];
  return {
    exact: Math.max(...gold.map((a) => exactMatch(prediction, a))),
    f1: Math.max(...gold.map((a) => tokenF1(prediction, a))),
  };
}

/** The settings behind a SQuAD score: `squad|version:2.0`. */
export function squadSignature(opts?: SquadOptions): string {
  return `squad|version:${opts?.version ?? '2.0'}`;
}
