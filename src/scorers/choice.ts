import { z } from 'zod';
import { ScorerBase } from '../config/scorer-base.js';
import { templateContext } from '../dataset/template-context.js';
import { lookupPath, render } from '../prompt/template.js';
import type { Scorer } from './scorer.js';

export const ChoiceScorer = z.strictObject({
  ...ScorerBase,
  type: z.literal('choice'),
  /** The case field holding the options (a list), e.g. `vars.choices` or `choices`. */
  choices: z.string().min(1).default('choices'),
  /** The correct option: its letter, its number or its text; default the case's `expected`. */
  answer: z.string().default('{{expected}}'),
  /** How options are named: A, B, C… or 1, 2, 3…. */
  labels: z.enum(['letters', 'numbers']).default('letters'),
  /** A regular expression whose first group (or whole match) is the chosen option; default evalgate's extraction. */
  pattern: z.string().min(1).optional(),
});
type ChoiceConfig = z.output<typeof ChoiceScorer>;

const nameOf = (labels: ChoiceConfig['labels'], i: number) =>
  labels === 'letters' ? String.fromCharCode(65 + i) : String(i + 1);

/** The index a letter, number or option text names, or -1. */
function indexOf(text: string, options: readonly string[], labels: ChoiceConfig['labels']): number {
  const t = text.trim().replace(/^\(|\)$|[.):]$/g, '');
  const named = options.findIndex((_, i) => nameOf(labels, i).toLowerCase() === t.toLowerCase());
  if (named >= 0) return named;
  return options.findIndex((o) => o.trim().toLowerCase() === t.toLowerCase());
}

/**
 * Reads the chosen option out of an answer: a stated "answer is X", a leading "X." or "(X)",
 * a lone option name, else the one option whose text the answer contains.
 */
export function extractChoice(output: string, options: readonly string[], labels: ChoiceConfig['labels']): number {
  const names = options.map((_, i) => nameOf(labels, i));
  const name = labels === 'letters' ? '[A-Za-z]' : '\\d{1,2}';
  const tries = [
    new RegExp(`(?:answer|option|choice)\\s*(?:is|:)?\\s*(?:option\\s*)?\\(?(${name})\\)?(?![\\w])`, 'i'),
    new RegExp(`^\\s*\\(?(${name})\\)?(?:[.):\\s]|$)`),
    new RegExp(`(?<![\\w])\\(?(${labels === 'letters' ? '[A-Z]' : '\\d{1,2}'})\\)?(?![\\w])`),
  ];
  for (const re of tries) {
    const m = re.exec(output);
    if (m && names.some((n) => n.toLowerCase() === m[1]!.toLowerCase())) return indexOf(m[1]!, options, labels);
  }
  const lower = output.toLowerCase();
  const mentioned = options.flatMap((o, i) => (o.trim() && lower.includes(o.trim().toLowerCase()) ? [i] : []));
  return mentioned.length === 1 ? mentioned[0]! : -1;
}

/** Multiple choice (MMLU/HellaSwag style): 1 when the chosen option is the case's answer. */
export function choiceScorer(config: ChoiceConfig): Scorer {
  const pattern = config.pattern ? new RegExp(config.pattern, 'i') : undefined;
  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score({ case: c, output }) {
      const context = templateContext(c);
      const raw = lookupPath(context, config.choices) ?? lookupPath(context, `vars.${config.choices}`);
      const options = Array.isArray(raw) ? raw.map(String) : [];
      const answer = indexOf(render(config.answer, context), options, config.labels);
      let chosen: number;
      if (pattern) {
        const m = pattern.exec(output);
        chosen = m ? indexOf(m[1] ?? m[0], options, config.labels) : -1;
      } else chosen = extractChoice(output, options, config.labels);
      const label = chosen >= 0 ? nameOf(config.labels, chosen) : '(none)';
      const expected = answer >= 0 ? nameOf(config.labels, answer) : '(unknown)';
      return {
        value: chosen >= 0 && chosen === answer ? 1 : 0,
        pass: chosen >= 0 && chosen === answer,
        label,
        expected_label: expected,
        ...(options.length === 0 ? { detail: `no options in the case field "${config.choices}"` } : {}),
      };
    },
  };
}
