// chrF (Popović, 2015) and chrF++ (Popović, 2017) exactly as sacreBLEU 2.x computes them
// (sacrebleu/metrics/chrf.py, metrics/helpers.py), on the 0–100 scale, with its signature.

import { matchCount, ngramCount, ngramsOf, type Ngrams } from './ngrams.js';
import { isPyPunctuation, pyIsSpace, pyLower, pySplitInto } from './python-text.js';
import { type TokenSink, UnitGroup, WordGroup } from './unit-group.js';

export interface ChrfOptions {
  /** Character n-gram order (default 6). */
  charOrder?: number;
  /** Word n-gram order (default 0; 2 is chrF++). */
  wordOrder?: number;
  /** Weight of recall over precision (default 2). */
  beta?: number;
  /** Lowercase first (default false). */
  lowercase?: boolean;
  /** Keep whitespace inside character n-grams (default false). */
  whitespace?: boolean;
  /**
   * true: chrF++.py/NLTK/Moses epsilon smoothing, averaging F over all orders. false
   * (default): sacreBLEU's averaging of precision and recall over the orders that exist.
   */
  epsSmoothing?: boolean;
}

export interface ChrfResult {
  score: number;
  /**
   * The settings, in sacreBLEU's format: `nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.x`,
   * where `eff:yes` means effective-order averaging (epsSmoothing off) and `nrefs` is `var` for
   * a variable number of references. sacreBLEU names beta in the metric's name (chrF2, chrF3);
   * here a beta other than 2 appears as `beta:N` before `version`.
   */
  signature: string;
}

/** A reference stream entry; `null`/`undefined` marks a segment without this reference. */
export type ChrfReference = string | null | undefined;

interface Settings {
  charOrder: number;
  wordOrder: number;
  beta: number;
  lowercase: boolean;
  whitespace: boolean;
  epsSmoothing: boolean;
}

function settingsOf(opts: ChrfOptions | undefined): Settings {
  const s: Settings = {
    charOrder: opts?.charOrder ?? 6,
    wordOrder: opts?.wordOrder ?? 0,
    beta: opts?.beta ?? 2,
    lowercase: opts?.lowercase ?? false,
    whitespace: opts?.whitespace ?? false,
    epsSmoothing: opts?.epsSmoothing ?? false,
  };
  if (!Number.isInteger(s.charOrder) || s.charOrder < 0 || !Number.isInteger(s.wordOrder) || s.wordOrder < 0) {
    throw new RangeError('charOrder and wordOrder must be non-negative integers');
  }
  if (s.charOrder + s.wordOrder === 0) throw new RangeError('charOrder + wordOrder must be positive');
  return s;
}

// CHRFSignature (metrics/chrf.py); see ChrfResult.signature.
function chrfSignature(s: Settings, nrefs: number | 'var'): string {
  const parts = [
    `nrefs:${nrefs}`,
    `case:${s.lowercase ? 'lc' : 'mixed'}`,
    `eff:${s.epsSmoothing ? 'no' : 'yes'}`,
    `nc:${s.charOrder}`,
    `nw:${s.wordOrder}`,
    `space:${s.whitespace ? 'yes' : 'no'}`,
  ];
  if (s.beta !== 2) parts.push(`beta:${s.beta}`);
  parts.push('version:2.x');
  return parts.join('|');
}

// CHRF._remove_punctuation (after m-popovic/chrF): one leading or trailing punctuation mark
// (string.punctuation) is split off a word of two or more characters, the trailing one first;
// so '(hi)' becomes '(hi' and ')' (sacreBLEU #124). A mark is one UTF-16 unit, and a word of
// two or more units that starts or ends with one has two or more code points.
class PunctuationSplitter implements TokenSink {
  constructor(private readonly words: TokenSink) {}
  word(text: string, start: number, end: number): void {
    if (end - start > 1 && isPyPunctuation(text.charCodeAt(end - 1))) {
      this.words.word(text, start, end - 1);
      this.words.word(text, end - 1, end);
    } else if (end - start > 1 && isPyPunctuation(text.charCodeAt(start))) {
      this.words.word(text, start, start + 1);
      this.words.word(text, start + 1, end);
    } else {
      this.words.word(text, start, end);
    }
  }
}

// helpers.extract_all_char_ngrams's characters: the code points of the sentence, without its
// whitespace unless `whitespace` (Python's `list(''.join(s.split()))`).
function charUnitsInto(sentence: string, whitespace: boolean, group: UnitGroup): void {
  for (let i = 0; i < sentence.length; i++) {
    const code = sentence.codePointAt(i) as number;
    if (code > 0xffff) i++;
    if (whitespace || !pyIsSpace(code)) group.push(code);
  }
  group.endSentence();
}

// A hypothesis (sentence 0) and its references: the characters and, for chrF++, the words.
const chars = new UnitGroup();
const words = new WordGroup();
const wordsSplit = new PunctuationSplitter(words);

// Per sentence the character n-grams and, for chrF++, the word n-grams.
interface Group {
  chars: Ngrams[];
  words: Ngrams[] | undefined;
}

function groupOrders(sentences: readonly string[], s: Settings): Group {
  chars.clear();
  for (const sentence of sentences) charUnitsInto(sentence, s.whitespace, chars);
  if (s.wordOrder === 0) return { chars: ngramsOf(chars, s.charOrder), words: undefined };
  words.clear();
  for (const sentence of sentences) {
    pySplitInto(sentence, wordsSplit);
    words.endSentence();
  }
  return { chars: ngramsOf(chars, s.charOrder), words: ngramsOf(words, s.wordOrder) };
}

// CHRF._get_match_statistics, flattened as [hyp, ref, match] per order, character orders
// first. Hypothesis n-grams are not counted for an order the reference has none of.
function matchStatistics(group: Group, ref: number, s: Settings): number[] {
  const stats: number[] = [];
  const push = (sentences: readonly Ngrams[], order: number) => {
    const h = sentences[0] as Ngrams;
    const r = sentences[ref] as Ngrams;
    for (let n = 1; n <= order; n++) {
      const refTotal = ngramCount(r, n);
      stats.push(refTotal > 0 ? ngramCount(h, n) : 0, refTotal, matchCount(h, r, n));
    }
  };
  push(group.chars, s.charOrder);
  if (group.words) push(group.words, s.wordOrder);
  return stats;
}

// CHRF._compute_f_score.
function fScore(stats: readonly number[], s: Settings): number {
  const eps = 1e-16;
  const factor = s.beta ** 2;
  const order = s.charOrder + s.wordOrder;
  let score = 0;
  let effectiveOrder = 0;
  let avgPrec = 0;
  let avgRec = 0;
  for (let i = 0; i < order; i++) {
    const nHyp = stats[3 * i] ?? 0;
    const nRef = stats[3 * i + 1] ?? 0;
    const nMatch = stats[3 * i + 2] ?? 0;
    const prec = nHyp > 0 ? nMatch / nHyp : eps;
    const rec = nRef > 0 ? nMatch / nRef : eps;
    const denom = factor * prec + rec;
    score += denom > 0 ? ((1 + factor) * prec * rec) / denom : eps;
    if (nHyp > 0 && nRef > 0) {
      avgPrec += prec;
      avgRec += rec;
      effectiveOrder += 1;
    }
  }
  if (s.epsSmoothing) return (100 * score) / order;
  if (effectiveOrder === 0) {
    avgPrec = 0;
    avgRec = 0;
  } else {
    avgPrec /= effectiveOrder;
    avgRec /= effectiveOrder;
  }
  if (avgPrec + avgRec === 0) return 0;
  return (100 * ((1 + factor) * avgPrec * avgRec)) / (factor * avgPrec + avgRec);
}

// The statistics against the best reference (CHRF._compute_segment_statistics).
function segmentStatistics(hyp: string, refs: readonly string[], s: Settings, index: number): number[] {
  const prep = (sentence: string) => (s.lowercase ? pyLower(sentence) : sentence);
  const group = groupOrders([prep(hyp), ...refs.map(prep)], s);
  let best: number[] | undefined;
  let bestF = -1;
  for (let ref = 1; ref <= refs.length; ref++) {
    const stats = matchStatistics(group, ref, s);
    const f = fScore(stats, s);
    if (f > bestF) {
      bestF = f;
      best = stats;
    }
  }
  if (best === undefined) throw new RangeError(`segment ${index} has no reference`);
  return best;
}

/**
 * Per-segment chrF statistics against the best reference of each segment (highest
 * sentence-level F; the first on a tie), as CHRF._compute_segment_statistics picks it.
 * `refStreams[k][i]` is the k-th reference of segment i; `null`/`undefined` entries are
 * skipped, '' is an empty reference.
 */
export function chrfStatistics(
  hyps: readonly string[],
  refStreams: ReadonlyArray<readonly ChrfReference[]>,
  opts?: ChrfOptions,
): { segments: number[][]; nrefs: number | 'var' } {
  const s = settingsOf(opts);
  for (const stream of refStreams) {
    if (stream.length !== hyps.length) {
      throw new RangeError(`a reference stream has ${stream.length} segments, the hypotheses ${hyps.length}`);
    }
  }
  const refCounts = new Set<number>();
  const segments = hyps.map((hyp, i) => {
    const refs: string[] = [];
    for (const stream of refStreams) {
      const ref = stream[i];
      if (ref !== null && ref !== undefined) refs.push(ref);
    }
    refCounts.add(refs.length);
    return segmentStatistics(hyp, refs, s, i);
  });
  const [only, ...others] = refCounts;
  const nrefs = only === undefined ? refStreams.length : others.length === 0 ? only : 'var';
  return { segments, nrefs };
}

/** chrfStatistics of one segment, whose `nrefs` is its number of references. */
export function segmentChrfStatistics(hyp: string, refs: readonly string[], opts?: ChrfOptions): number[] {
  return segmentStatistics(hyp, refs, settingsOf(opts), 0);
}

/** chrF from summed statistics (sacreBLEU's `_compute_score_from_stats`); `nrefs` fills the signature. */
export function computeChrf(stats: readonly number[], opts?: ChrfOptions, nrefs: number | 'var' = 1): ChrfResult {
  const s = settingsOf(opts);
  return {
    score: fScore(stats, s),
    // built on first read: a scorer computes a chrF per case and reads the signature once per suite
    get signature() {
      return chrfSignature(s, nrefs);
    },
  };
}

/** Corpus chrF (sacreBLEU's `corpus_chrf` / `CHRF().corpus_score`): statistics summed first. */
export function corpusChrf(
  hyps: readonly string[],
  refStreams: ReadonlyArray<readonly ChrfReference[]>,
  opts?: ChrfOptions,
): ChrfResult {
  const { segments, nrefs } = chrfStatistics(hyps, refStreams, opts);
  const s = settingsOf(opts);
  const sum = new Array<number>(3 * (s.charOrder + s.wordOrder)).fill(0);
  for (const seg of segments) seg.forEach((v, i) => (sum[i] = (sum[i] as number) + v));
  return computeChrf(sum, opts, nrefs);
}

/** Sentence chrF (sacreBLEU's `sentence_chrf`) against one or more references. */
export function sentenceChrf(hyp: string, refs: string | readonly string[], opts?: ChrfOptions): ChrfResult {
  const references = typeof refs === 'string' ? [refs] : refs;
  return corpusChrf(
    [hyp],
    references.map((r) => [r]),
    opts,
  );
}
