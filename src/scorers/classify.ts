import { z } from 'zod';
import { ScorerBase } from '../config/scorer-base.js';
import { templateContext } from '../dataset/template-context.js';
import { render } from '../prompt/template.js';
import { getPath, parseJsonPath } from '../providers/json-path.js';
import type { Scorer } from './scorer.js';

export const ClassifyScorer = z.strictObject({
  ...ScorerBase,
  type: z.literal('classify'),
  /** The expected label; default the case's `expected`. */
  reference: z.string().default('{{expected}}'),
  /** The classes; a parsed label outside them is `(other)`. Listing them lets `validate` check rule names. */
  labels: z.array(z.string().min(1)).min(2).optional(),
  /** Where the label is: a regular expression (its first group, else the whole match)… */
  pattern: z.string().min(1).optional(),
  /** …or a JSON path into JSON output, e.g. `label` or `$.result.class`. Neither: the whole output. */
  json_path: z.string().min(1).optional(),
  /** A JSON path to the model's confidence in its label (0–1), for label.ece, label.brier and label.roc_auc. */
  confidence: z.string().min(1).optional(),
  /** Other spellings of a label, e.g. { refund: [money back, reimbursement] }. */
  synonyms: z.record(z.string(), z.union([z.string(), z.array(z.string())])).default({}),
  ignore_case: z.boolean().default(true),
  /** With two labels, the positive class of `<id>.roc_auc` (default the second label). */
  positive: z.string().min(1).optional(),
});
type ClassifyConfig = z.output<typeof ClassifyScorer>;

const JSON_BLOCK = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/;

function parseJson(output: string): unknown {
  const fenced = JSON_BLOCK.exec(output);
  try {
    return JSON.parse(fenced ? fenced[1]! : output);
  } catch {
    return undefined;
  }
}

/**
 * A classifier's label, parsed and normalised, compared with the expected label: 1 or 0. The
 * predicted and expected labels (and the confidence) are kept for the suite's classification
 * metrics: `<id>.accuracy`, `<id>.macro_f1`, `<id>.f1.<class>`, `<id>.ece`… (docs/metrics.md).
 */
export function classifyScorer(config: ClassifyConfig): Scorer {
  const pattern = config.pattern ? new RegExp(config.pattern, 'i') : undefined;
  const labelPath = config.json_path ? parseJsonPath(config.json_path) : undefined;
  const confidencePath = config.confidence ? parseJsonPath(config.confidence) : undefined;
  const fold = (s: string) => (config.ignore_case ? s.trim().toLowerCase() : s.trim());
  const canonical = new Map<string, string>();
  for (const label of config.labels ?? []) canonical.set(fold(label), label);
  for (const [label, others] of Object.entries(config.synonyms)) {
    canonical.set(fold(label), label);
    for (const o of typeof others === 'string' ? [others] : others) canonical.set(fold(o), label);
  }
  const normalize = (raw: string): string => {
    const known = canonical.get(fold(raw));
    if (known !== undefined) return known;
    return config.labels ? '(other)' : fold(raw);
  };
  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score({ case: c, output }) {
      const json = labelPath || confidencePath ? parseJson(output) : undefined;
      let raw: string | undefined;
      if (labelPath) {
        const v = json === undefined ? undefined : getPath(json, labelPath);
        raw = v === undefined || v === null || typeof v === 'object' ? undefined : String(v);
      } else if (pattern) {
        const m = pattern.exec(output);
        raw = m ? (m[1] ?? m[0]) : undefined;
      } else raw = output;
      const label = raw === undefined ? '(none)' : normalize(raw);
      const expected = normalize(render(config.reference, templateContext(c)));
      const conf = confidencePath && json !== undefined ? getPath(json, confidencePath) : undefined;
      const confidence = typeof conf === 'number' && conf >= 0 && conf <= 1 ? conf : undefined;
      const pass = label === expected;
      return {
        value: pass ? 1 : 0,
        pass,
        label,
        expected_label: expected,
        ...(confidence !== undefined ? { confidence } : {}),
        ...(confidencePath && confidence === undefined ? { detail: 'no confidence in [0, 1] in the output' } : {}),
      };
    },
  };
}
