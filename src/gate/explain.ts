import { higherIsBetter, type MetricRef } from '../config/metric-name.js';
import type { RuleConfig } from '../config/schema.js';
import { formatDelta, formatValue, round } from '../core/format.js';
import type { RuleOutcome } from '../results/run-schema.js';
import type { RegressionEvidence } from './regression-test.js';

interface ExplainInput {
  ref: MetricRef;
  rule: RuleConfig;
  slice: RuleOutcome['slice'];
  status: 'pass' | 'fail' | 'inconclusive';
  evidence?: RegressionEvidence;
  /** `perCase`: n counts cases, each combining its repeats by `aggregate`. */
  absolute?: {
    value: number;
    n: number;
    interval: [number, number] | null | undefined;
    perCase?: { repeats: number; aggregate: string };
  };
  correction: { method: string; tests: number } | null;
}

/** One sentence a product manager can read, with the estimate, its interval, n and the margin. */
export function explain(input: ExplainInput): string {
  const { ref, rule, slice } = input;
  const subject = slice ? `${rule.metric} for ${slice.name}=${slice.value}` : rule.metric;
  if (input.absolute) {
    const { value, interval, perCase } = input.absolute;
    const n = perCase
      ? `${input.absolute.n} cases × ${perCase.repeats} repeats, ${perCase.aggregate}`
      : `${input.absolute.n}`;
    const ci = interval
      ? ` (95% CI ${formatValue(ref, interval[0])}–${formatValue(ref, interval[1])}, n=${n})`
      : ` (n=${n})`;
    if (rule.min !== undefined) {
      return `${subject} is ${formatValue(ref, value)}${ci}, ${input.status === 'pass' ? 'at or above' : 'below'} the minimum ${formatValue(ref, rule.min)}.`;
    }
    const tail =
      ref.kind === 'critical_failures' && input.status === 'fail'
        ? '; the failed critical cases are listed by id.'
        : '.';
    return `${subject} is ${formatValue(ref, value)}${ci}, ${input.status === 'pass' ? 'within' : 'above'} the maximum ${formatValue(ref, rule.max!)}${tail}`;
  }
  const e = input.evidence!;
  const conf = `${round(rule.confidence * 100, 0)}%`;
  const up = higherIsBetter(ref);
  const worse = up ? 'drop' : 'increase';
  const amount = (w: number) =>
    e.ratio ? `${round(Math.abs(w - 1) * 100, 1)}%` : formatDelta(ref, Math.abs(w)).replace(/^[+−±]/, '');
  const signedAmount = (w: number) => ((e.ratio ? w - 1 : w) < 0 ? `−${amount(w)}` : amount(w));
  const zero = e.ratio ? 1 : 0;
  const moved =
    e.worsening > zero ? (up ? 'fell' : 'rose') : e.worsening < zero ? (up ? 'rose' : 'fell') : 'did not change';
  const size = e.worsening === zero ? '' : ` by ${amount(e.worsening)}`;
  const margin = amount(e.threshold);
  const corrected = input.correction
    ? ` (${input.correction.method === 'holm' ? 'Holm' : 'Benjamini–Hochberg'}-corrected over ${input.correction.tests} slices)`
    : '';
  const sample = e.paired ? `n=${e.n} paired` : `unpaired, n=${e.arms.current} vs ${e.arms.baseline}`;
  const lead = `${subject} ${moved}${size} (${sample})`;
  switch (input.status) {
    case 'pass': {
      const [, upper] = e.interval;
      const bound =
        upper > zero
          ? `the ${worse} is at most ${amount(upper)}`
          : `it ${up ? 'rose' : 'fell'} by at least ${amount(upper)}`;
      return `${lead}; with ${conf} confidence ${bound}, within the ${margin} margin.`;
    }
    case 'fail':
      return `${lead}; with ${conf} confidence the ${worse} is at least ${amount(e.interval[0])}, beyond the ${margin} margin${corrected}.`;
    case 'inconclusive':
      return `${lead}; the ${worse} could be anywhere from ${signedAmount(e.interval[0])} to ${signedAmount(e.interval[1])}, so the data cannot tell whether it exceeds the ${margin} margin.`;
  }
}
