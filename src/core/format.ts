import type { MetricRef } from '../config/metric-name.js';

/** How a metric's values read to a person: rates as %, latency in ms, cost in $. */
export function formatValue(ref: MetricRef | undefined, value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (!ref) return Number.isInteger(value) ? String(value) : round(value, 3);
  switch (ref.kind) {
    case 'scorer':
      return ref.stat === 'pass_rate' ? `${round(value * 100, 1)}%` : round(value, 3);
    case 'errors':
      return ref.stat === 'rate' ? `${round(value * 100, 1)}%` : String(value);
    case 'latency':
      return `${round(value, 0)} ms`;
    case 'cost':
      return `$${value < 1 ? value.toPrecision(3) : round(value, 2)}`;
    case 'tokens':
      return round(value, 0);
    case 'critical_failures':
      return String(value);
    case 'critical':
      return `${round(value * 100, ref.stat === 'failure_rate' ? 2 : 1)}%`;
    case 'judge_agreement':
      return round(value, 2);
    case 'suite':
      return round(value, 3);
    case 'contamination':
      return `${round(value * 100, 1)}%`;
  }
}

/** A change: percentage points for rates, the metric's unit otherwise, always signed. */
export function formatDelta(ref: MetricRef | undefined, delta: number | null | undefined): string {
  if (delta === null || delta === undefined || Number.isNaN(delta)) return '–';
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const magnitude = Math.abs(delta);
  if (
    ref &&
    ((ref.kind === 'scorer' && ref.stat === 'pass_rate') ||
      (ref.kind === 'errors' && ref.stat === 'rate') ||
      ref.kind === 'contamination' ||
      ref.kind === 'critical')
  )
    return `${sign}${round(magnitude * 100, 1)} pp`;
  return `${sign}${formatValue(ref, magnitude)}`;
}

export function round(value: number, digits: number): string {
  const fixed = value.toFixed(digits);
  return /^-0(\.0*)?$/.test(fixed) ? fixed.slice(1) : fixed;
}

/** Dollars as the budget lines show them: two decimals, or two significant digits below a cent. */
export const formatUsd = (usd: number) => `$${usd < 0.01 && usd > 0 ? usd.toPrecision(2) : usd.toFixed(2)}`;
