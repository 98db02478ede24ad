import type { z } from 'zod';
import type { EqualsScorer } from '../config/schema.js';
import { templateContext } from '../dataset/case.js';
import { render } from '../prompt/template.js';
import { binary, type Scorer } from './scorer.js';

/** The output equals the rendered `expected` (trimmed, optionally case-insensitive). */
export function equalsScorer(config: z.output<typeof EqualsScorer>): Scorer {
  const normalize = (s: string) => {
    const t = config.trim ? s.trim() : s;
    return config.ignore_case ? t.toLowerCase() : t;
  };
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
