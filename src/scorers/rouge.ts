import { z } from 'zod';
import { ScorerBase } from '../config/scorer-base.js';
import { rougeScore, rougeSignature, type RougeScore } from '../metrics/rouge.js';
import { expandTemplates, graded, ReferenceOptions } from './reference.js';
import type { Scorer } from './scorer.js';

export const RougeScorer = z.strictObject({
  ...ScorerBase,
  type: z.literal('rouge'),
  ...ReferenceOptions,
  variant: z.enum(['rouge1', 'rouge2', 'rougeL', 'rougeLsum']).default('rougeL'),
  /** Porter-stem tokens longer than 3 characters, as rouge-score's `use_stemmer`. */
  stem: z.boolean().default(false),
  /** F-measure, precision or recall. */
  measure: z.enum(['f', 'p', 'r']).default('f'),
});

const MEASURE = { f: 'fmeasure', p: 'precision', r: 'recall' } as const;

/** rouge-score's ROUGE of the output against the reference(s), on its 0–1 scale (docs/metrics.md). */
export function rougeScorer(config: z.output<typeof RougeScorer>): Scorer {
  const options = { types: [config.variant], useStemmer: config.stem };
  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score({ case: c, output }) {
      // several references: rouge-score's score_multi keeps the target with the highest F-measure
      let best: RougeScore | undefined;
      for (const reference of expandTemplates(config.reference, c)) {
        const s = rougeScore(reference, output, options)[config.variant];
        if (!best || s.fmeasure > best.fmeasure) best = s;
      }
      return graded(best ? best[MEASURE[config.measure]] : 0, config.threshold);
    },
    signature: () => `${rougeSignature(options)}|measure:${config.measure}|refs:best-f`,
  };
}
