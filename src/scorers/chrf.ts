import { z } from 'zod';
import { ScorerBase } from '../config/scorer-base.js';
import { computeChrf, segmentChrfStatistics, type ChrfOptions } from '../metrics/chrf.js';
import { expandTemplates, graded, ReferenceOptions } from './reference.js';
import { referenceCount, type Scorer } from './scorer.js';

export const ChrfScorer = z.strictObject({
  ...ScorerBase,
  type: z.literal('chrf'),
  ...ReferenceOptions,
  char_order: z.number().int().positive().max(20).default(6),
  /** 0 is chrF, 2 is chrF++. */
  word_order: z.number().int().nonnegative().max(6).default(0),
  /** Weight of recall over precision. */
  beta: z.number().positive().default(2),
  lowercase: z.boolean().default(false),
  /** chrF++.py/NLTK's epsilon smoothing instead of sacreBLEU's default effective-order averaging. */
  eps_smoothing: z.boolean().default(false),
});
type ChrfConfig = z.output<typeof ChrfScorer>;

export const chrfOptions = (config: ChrfConfig): ChrfOptions => ({
  charOrder: config.char_order,
  wordOrder: config.word_order,
  beta: config.beta,
  lowercase: config.lowercase,
  epsSmoothing: config.eps_smoothing,
});

/**
 * sacreBLEU's sentence chrF (chrF++ with `word_order: 2`), 0–100. The case's statistics
 * against its best reference are kept so that `<id>.corpus` is sacreBLEU's corpus chrF.
 */
export function chrfScorer(config: ChrfConfig): Scorer {
  const options = chrfOptions(config);
  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score({ case: c, output }) {
      const references = expandTemplates(config.reference, c);
      const stats = segmentChrfStatistics(output, references, options);
      return graded(computeChrf(stats, options, references.length).score, config.threshold, {
        stats: [...stats, references.length],
      });
    },
    signature: (cases) =>
      computeChrf(
        chrfZero(config),
        options,
        referenceCount(cases, (c) => expandTemplates(config.reference, c)),
      ).signature,
  };
}

export const chrfZero = (config: ChrfConfig) => new Array<number>(3 * (config.char_order + config.word_order)).fill(0);

/** Corpus chrF from the cases' kept statistics: sacreBLEU's corpus_score over the same segments. */
export function corpusChrfOf(config: ChrfConfig, stats: readonly (readonly number[])[]): number {
  const sum = chrfZero(config);
  for (const s of stats) for (let i = 0; i < sum.length; i++) sum[i]! += s[i] ?? 0;
  return computeChrf(sum, chrfOptions(config)).score;
}
