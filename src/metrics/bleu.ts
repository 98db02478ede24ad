// BLEU (Papineni et al., 2002) exactly as sacreBLEU 2.x computes it (sacrebleu/metrics/bleu.py,
// metrics/base.py, compat.py), on its 0–100 scale, with its signature.

import { maxRefMatchCount, ngramCount, ngramsOf, type Ngrams } from './ngrams.js';
import { pyLower, pyRstrip } from './python-text.js';
import { type BleuTokenizerName, bleuWordsInto } from './sacrebleu-tokenizers.js';
import { WordGroup } from './unit-group.js';

export type BleuSmoothMethod = 'exp' | 'floor' | 'add-k' | 'none';

export interface BleuOptions {
  /** Tokenizer applied to hypotheses and references (default '13a'). */
  tokenize?: BleuTokenizerName;
  /** Lowercase before tokenizing (default false). */
  lowercase?: boolean;
  /** Chen & Cherry (2014) smoothing: 'floor' = method 1, 'add-k' = 2, 'exp' = 3 (mteval's). */
  smoothMethod?: BleuSmoothMethod;
  /** Value for 'floor' (default 0.1) and 'add-k' (default 1); ignored by the others. */
  smoothValue?: number;
  /** Average only the n-gram orders the hypothesis has (sacreBLEU's `effective_order`). */
  effectiveOrder?: boolean;
  /** Highest n-gram order (default 4); shown in the signature as `ngram:N` when not 4. */
  maxNgramOrder?: number;
}

export interface BleuResult {
  score: number;
  /** Matched n-grams per order (for 'add-k', with k added from order 2 on, as sacreBLEU reports). */
  counts: number[];
  /** Hypothesis n-grams per order. */
  totals: number[];
  /** Per-order precisions on the 0–100 scale (0 where an order was not computed). */
  precisions: number[];
  bp: number;
  sysLen: number;
  refLen: number;
  /**
   * The settings, in sacreBLEU's format: `key:value` pairs joined by `|`, e.g.
   * `nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.x`. `nrefs` is `var` when segments
   * have different numbers of references; `smooth` carries its value for floor and add-k
   * (`floor[0.10]`); `version:2.x` names the sacreBLEU release line whose numbers these are. A
   * non-default n-gram order, which sacreBLEU leaves out, appears as `ngram:N` before `version`.
   */
  signature: string;
}

/** Sufficient statistics of one segment or a whole corpus (sacreBLEU's stats list). */
export interface BleuStatistics {
  sysLen: number;
  refLen: number;
  correct: number[];
  total: number[];
}

/** A reference stream entry; `null`/`undefined` marks a segment without this reference. */
export type BleuReference = string | null | undefined;

// BLEU.SMOOTH_DEFAULTS, from Chen & Cherry (2014), "A Systematic Comparison of Smoothing
// Techniques for Sentence-Level BLEU".
const SMOOTH_DEFAULTS: Readonly<Record<BleuSmoothMethod, number | undefined>> = {
  none: undefined,
  floor: 0.1,
  'add-k': 1,
  exp: undefined,
};

const DEFAULT_ORDER = 4;

interface Settings {
  tokenize: BleuTokenizerName;
  lowercase: boolean;
  smoothMethod: BleuSmoothMethod;
  smoothValue: number | undefined;
  effectiveOrder: boolean;
  maxNgramOrder: number;
}

function settingsOf(opts: BleuOptions | undefined, effectiveOrderDefault: boolean): Settings {
  const smoothMethod = opts?.smoothMethod ?? 'exp';
  if (!(smoothMethod in SMOOTH_DEFAULTS)) throw new RangeError(`unknown smoothMethod: ${smoothMethod}`);
  const maxNgramOrder = opts?.maxNgramOrder ?? DEFAULT_ORDER;
  if (!Number.isInteger(maxNgramOrder) || maxNgramOrder < 1) {
    throw new RangeError(`maxNgramOrder must be a positive integer, got ${maxNgramOrder}`);
  }
  return {
    tokenize: opts?.tokenize ?? '13a',
    lowercase: opts?.lowercase ?? false,
    smoothMethod,
    smoothValue: opts?.smoothValue ?? SMOOTH_DEFAULTS[smoothMethod],
    effectiveOrder: opts?.effectiveOrder ?? effectiveOrderDefault,
    maxNgramOrder,
  };
}

// sacrebleu.utils.my_log: log(0) is floored so that exp() of the mean yields 0, not NaN.
function myLog(x: number): number {
  return x === 0 ? -9999999999 : Math.log(x);
}

/**
 * BLEU from sufficient statistics (sacreBLEU's `BLEU.compute_bleu`), including its smoothing
 * and effective-order rules, so sums of segment statistics give the corpus score. Options
 * default as for corpusBleu; `nrefs` only fills the signature.
 */
export function computeBleu(stats: BleuStatistics, opts?: BleuOptions, nrefs: number | 'var' = 1): BleuResult {
  const s = settingsOf(opts, false);
  const order = s.maxNgramOrder;
  const correct: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < order; i++) {
    correct.push(stats.correct[i] ?? 0);
    total.push(stats.total[i] ?? 0);
  }
  const { sysLen, refLen } = stats;

  let bp = 1;
  if (sysLen < refLen) bp = sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0;

  const precisions = new Array<number>(order).fill(0);
  const result = (score: number): BleuResult => ({
    score,
    counts: correct,
    totals: total,
    precisions,
    bp,
    sysLen,
    refLen,
    // built on first read: a scorer computes a BLEU per case and reads the signature once per suite
    get signature() {
      return bleuSignature(s, nrefs);
    },
  });
  // sacreBLEU #141: no match at any order is a score of 0 whatever the smoothing.
  if (!correct.some((c) => c !== 0)) return result(0);

  const k = s.smoothValue ?? 0;
  let smoothMteval = 1;
  let effOrder = order;
  for (let n = 1; n <= order; n++) {
    const i = n - 1;
    if (s.smoothMethod === 'add-k' && n > 1) {
      correct[i] = (correct[i] as number) + k;
      total[i] = (total[i] as number) + k;
    }
    const t = total[i] as number;
    const c = correct[i] as number;
    if (t === 0) break;
    if (s.effectiveOrder) effOrder = n;
    if (c === 0) {
      if (s.smoothMethod === 'exp') {
        smoothMteval *= 2;
        precisions[i] = 100 / (smoothMteval * t);
      } else if (s.smoothMethod === 'floor') {
        precisions[i] = (100 * k) / t;
      }
    } else {
      precisions[i] = (100 * c) / t;
    }
  }

  let logSum = 0;
  for (let i = 0; i < effOrder; i++) logSum += myLog(precisions[i] as number);
  return result(bp * Math.exp(logSum / effOrder));
}

// BLEUSignature (metrics/bleu.py) and Signature.format (metrics/base.py); see
// BleuResult.signature.
function bleuSignature(s: Settings, nrefs: number | 'var'): string {
  const value = s.smoothValue;
  const smooth =
    SMOOTH_DEFAULTS[s.smoothMethod] === undefined || value === undefined
      ? s.smoothMethod
      : `${s.smoothMethod}[${value.toFixed(2)}]`;
  const parts = [
    `nrefs:${nrefs}`,
    `case:${s.lowercase ? 'lc' : 'mixed'}`,
    `eff:${s.effectiveOrder ? 'yes' : 'no'}`,
    `tok:${s.tokenize}`,
    `smooth:${smooth}`,
  ];
  if (s.maxNgramOrder !== DEFAULT_ORDER) parts.push(`ngram:${s.maxNgramOrder}`);
  parts.push('version:2.x');
  return parts.join('|');
}

// BLEU._get_closest_ref_len: the closest length, the shorter one on a tie.
function closestRefLength(hypLen: number, refLengths: readonly number[]): number {
  let bestDiff = -1;
  let best = -1;
  for (const len of refLengths) {
    const diff = Math.abs(hypLen - len);
    if (bestDiff === -1 || diff < bestDiff) {
      bestDiff = diff;
      best = len;
    } else if (diff === bestDiff && len < best) {
      best = len;
    }
  }
  return best;
}

// A segment's hypothesis (sentence 0) and references, as word ids.
const words = new WordGroup();

// BLEU._extract_reference_info and _compute_segment_statistics: hypothesis n-grams are
// clipped by their maximum count over the references. Each sentence is preprocessed as
// BLEU._preprocess_segment does (lowercase, strip trailing whitespace, tokenize) and split on
// whitespace as extract_all_word_ngrams does.
function segmentStatistics(
  hyp: string,
  refs: readonly string[],
  s: Settings,
  tokenize: ReturnType<typeof bleuWordsInto>,
  index: number,
): BleuStatistics {
  if (refs.length === 0) throw new RangeError(`segment ${index} has no reference`);
  words.clear();
  for (const sentence of [hyp, ...refs]) {
    tokenize(pyRstrip(s.lowercase ? pyLower(sentence) : sentence), words);
    words.endSentence();
  }
  const order = s.maxNgramOrder;
  const [hypNgrams, ...refNgrams] = ngramsOf(words, order) as [Ngrams, ...Ngrams[]];
  const correct: number[] = [];
  const total: number[] = [];
  for (let n = 1; n <= order; n++) {
    correct.push(maxRefMatchCount(hypNgrams, refNgrams, n));
    total.push(ngramCount(hypNgrams, n));
  }
  const refLen = closestRefLength(
    hypNgrams.length,
    refNgrams.map((r) => r.length),
  );
  return { sysLen: hypNgrams.length, refLen, correct, total };
}

/**
 * Per-segment BLEU statistics, ready to be summed (for corpus BLEU) or resampled (bootstrap).
 * `refStreams[k][i]` is the k-th reference of segment i; `null`/`undefined` entries are
 * skipped (a variable number of references), while '' is an empty reference, as in
 * sacreBLEU ≥ 2.2. Returns the statistics and the `nrefs` field of the signature.
 */
export function bleuStatistics(
  hyps: readonly string[],
  refStreams: ReadonlyArray<readonly BleuReference[]>,
  opts?: BleuOptions,
): { segments: BleuStatistics[]; nrefs: number | 'var' } {
  const s = settingsOf(opts, false);
  const tokenize = bleuWordsInto(s.tokenize);
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
    return segmentStatistics(hyp, refs, s, tokenize, i);
  });
  const [only, ...others] = refCounts;
  const nrefs = only === undefined ? refStreams.length : others.length === 0 ? only : 'var';
  return { segments, nrefs };
}

/** bleuStatistics of one segment, whose `nrefs` is its number of references. */
export function segmentBleuStatistics(hyp: string, refs: readonly string[], opts?: BleuOptions): BleuStatistics {
  const s = settingsOf(opts, false);
  return segmentStatistics(hyp, refs, s, bleuWordsInto(s.tokenize), 0);
}

/** Sums segment statistics (sacrebleu.utils.sum_of_lists). */
export function sumBleuStatistics(segments: readonly BleuStatistics[], maxNgramOrder = DEFAULT_ORDER): BleuStatistics {
  const sum: BleuStatistics = {
    sysLen: 0,
    refLen: 0,
    correct: new Array<number>(maxNgramOrder).fill(0),
    total: new Array<number>(maxNgramOrder).fill(0),
  };
  for (const seg of segments) {
    sum.sysLen += seg.sysLen;
    sum.refLen += seg.refLen;
    for (let i = 0; i < maxNgramOrder; i++) {
      sum.correct[i] = (sum.correct[i] as number) + (seg.correct[i] ?? 0);
      sum.total[i] = (sum.total[i] as number) + (seg.total[i] ?? 0);
    }
  }
  return sum;
}

/**
 * Corpus BLEU (sacreBLEU's `corpus_bleu` / `BLEU().corpus_score`): statistics summed over
 * segments, smoothing 'exp' and no effective order by default.
 */
export function corpusBleu(
  hyps: readonly string[],
  refStreams: ReadonlyArray<readonly BleuReference[]>,
  opts?: BleuOptions,
): BleuResult {
  const { segments, nrefs } = bleuStatistics(hyps, refStreams, opts);
  return computeBleu(sumBleuStatistics(segments, opts?.maxNgramOrder), opts, nrefs);
}

/**
 * Sentence BLEU (sacreBLEU's `sentence_bleu`): one hypothesis against one or more references,
 * with effective order on by default, as sacreBLEU recommends for single sentences.
 */
export function sentenceBleu(hyp: string, refs: string | readonly string[], opts?: BleuOptions): BleuResult {
  const references = typeof refs === 'string' ? [refs] : refs;
  const withDefault: BleuOptions = { ...opts, effectiveOrder: opts?.effectiveOrder ?? true };
  return corpusBleu(
    [hyp],
    references.map((r) => [r]),
    withDefault,
  );
}
