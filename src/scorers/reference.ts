import { z } from 'zod';
import type { EvalCase } from '../dataset/case.js';
import { templateContext } from '../dataset/template-context.js';
import { render, renderValue } from '../prompt/template.js';
import type { ScoreRecord } from '../results/run-schema.js';

/**
 * Options every reference-based scorer shares (docs/metrics.md): `reference` is one template or
 * a list (default the case's `expected`; an `expected` that is a list means several references),
 * and `threshold` gives the score a pass/fail and a pass rate.
 */
const DEFAULT_REFERENCE = '{{expected}}';

export const ReferenceOptions = {
  reference: z.union([z.string(), z.array(z.string()).min(1)]).default(DEFAULT_REFERENCE),
  threshold: z.number().optional(),
};

// The last expansion: a case's scorers usually share one `reference` (the default
// `{{expected}}`), and rendering it once per case instead of once per scorer is part of
// keeping text scorers cheap (docs/metrics.md, "Cost").
let last: { templates: string | readonly string[]; c: EvalCase; references: readonly string[] } | undefined;

/**
 * Renders templates against a case. A template that is exactly one placeholder naming a list
 * (e.g. `{{expected}}` with `expected: [a, b]`) stands for each element.
 */
export function expandTemplates(templates: string | readonly string[], c: EvalCase): readonly string[] {
  if (last !== undefined && last.c === c && last.templates === templates) return last.references;
  const references = renderTemplates(templates, c);
  last = { templates, c, references };
  return references;
}

function renderTemplates(templates: string | readonly string[], c: EvalCase): string[] {
  // the default reference, which is the case's `expected` as it is, without building a context
  if (templates === DEFAULT_REFERENCE) return fromValue(c.expected);
  const context = templateContext(c);
  return (typeof templates === 'string' ? [templates] : templates).flatMap((t) => {
    const whole = /^\s*\{\{\s*([A-Za-z_][\w.]*)\s*\}\}\s*$/.exec(t);
    const value = whole ? context[whole[1]!] : undefined;
    return Array.isArray(value) ? value.map(String) : [render(t, context)];
  });
}

// What `{{expected}}` expands to: each element of a list, or the value as `render` renders it.
function fromValue(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [renderValue(value)];
}

/** A continuous score, with a pass/fail only when the scorer has a threshold. */
export function graded(value: number, threshold: number | undefined, extra: Partial<ScoreRecord> = {}): ScoreRecord {
  return { value, pass: threshold === undefined ? null : value >= threshold, ...extra };
}
