import { z } from 'zod';
import { ScorerBase } from '../config/scorer-base.js';
import { computeBleu, segmentBleuStatistics, sumBleuStatistics, type BleuOptions } from '../metrics/bleu.js';
import { expandTemplates, graded, ReferenceOptions } from './reference.js';
import { referenceCount, type Scorer } from './scorer.js';

export const BleuScorer = z.strictObject({
  ...ScorerBase,
  type: z.literal('bleu'),
  ...ReferenceOptions,
  tokenize: z.enum(['13a', 'none', 'intl', 'char']).default('13a'),
  /** Chen & Cherry (2014): `exp` (sacreBLEU's default), `floor`, `add-k` or `none`. */
  smooth: z.enum(['exp', 'floor', 'add-k', 'none']).default('exp'),
  /** The value of `floor` (default 0.1) or `add-k` (default 1). */
  smooth_value: z.number().nonnegative().optional(),
  lowercase: z.boolean().default(false),
  /** Average only the n-gram orders the output has (sacreBLEU's sentence_bleu default). */
  effective_order: z.boolean().default(true),
});
type BleuConfig = z.output<typeof BleuScorer>;

const ORDER = 4;

export function bleuOptions(config: BleuConfig, sentence: boolean): BleuOptions {
  return {
    tokenize: config.tokenize,
    lowercase: config.lowercase,
    smoothMethod: config.smooth,
    ...(config.smooth_value !== undefined ? { smoothValue: config.smooth_value } : {}),
    // corpus BLEU is computed as sacreBLEU's corpus_bleu, which has no effective order
    effectiveOrder: sentence ? config.effective_order : false,
  };
}

/**
 * sacreBLEU's sentence_bleu of the output against the reference(s), 0–100. The case's
 * n-gram statistics are kept so that `<id>.corpus` is sacreBLEU's corpus_bleu (docs/metrics.md).
 */
export function bleuScorer(config: BleuConfig): Scorer {
  const options = bleuOptions(config, true);
  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score({ case: c, output }) {
      const references = expandTemplates(config.reference, c);
      const stats = segmentBleuStatistics(output, references, options);
      return graded(computeBleu(stats, options, references.length).score, config.threshold, {
        stats: [...flattenBleu(stats), references.length],
      });
    },
    signature: (cases) =>
      computeBleu(
        sumBleuStatistics([], ORDER),
        options,
        referenceCount(cases, (c) => expandTemplates(config.reference, c)),
      ).signature,
  };
}

/** `[sysLen, refLen, correct₁…₄, total₁…₄]`, then the case's number of references: what run.json keeps per case. */
export function flattenBleu(s: { sysLen: number; refLen: number; correct: number[]; total: number[] }): number[] {
  return [s.sysLen, s.refLen, ...s.correct, ...s.total];
}

/** Corpus BLEU from the cases' kept statistics: sacreBLEU's corpus_bleu over the same segments. */
export function corpusBleuOf(config: BleuConfig, stats: readonly (readonly number[])[]): number {
  let sysLen = 0;
  let refLen = 0;
  const correct = new Array<number>(ORDER).fill(0);
  const total = new Array<number>(ORDER).fill(0);
  for (const s of stats) {
    sysLen += s[0]!;
    refLen += s[1]!;
    for (let i = 0; i < ORDER; i++) {
      correct[i]! += s[2 + i]!;
      total[i]! += s[2 + ORDER + i]!;
    }
  }
  return computeBleu({ sysLen, refLen, correct, total }, bleuOptions(config, false)).score;
}

/** sacreBLEU's `nrefs` of a set of cases from their kept statistics (the last entry is the case's reference count). */
export function nrefsOf(stats: readonly (readonly number[])[], size: number): number | 'var' {
  const counts = new Set(stats.map((s) => s[size] ?? 1));
  return counts.size === 1 ? [...counts][0]! : counts.size === 0 ? 1 : 'var';
}
