import type { z } from 'zod';
import type { EqualsScorer } from '../config/schema.js';
import { templateContext } from '../dataset/template-context.js';
import { render } from '../prompt/template.js';
import { binary, type Scorer } from './scorer.js';

/** Trims and case-folds as a scorer's `trim` and `ignore_case` say. */
export function textNormalizer(o: { trim: boolean; ignore_case: boolean }): (s: string) => string {
  return (s) => {
    const t = o.trim ? s.trim() : s;
    return o.ignore_case ? t.toLowerCase() : t;
  };
}

/** The output equals the rendered `expected` (trimmed, optionally case-insensitive). */
export function equalsScorer(config: z.output<typeof EqualsScorer>): Scorer {
  const normalize = textNormalizer(config);
  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score({ case: c, output }) {
      const expected = render(config.expected, templateContext(c));
      return binary(normalize(output) === normalize(expected));
    },
  };
}
