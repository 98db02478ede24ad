import { higherIsBetter, isRateMetric, parseMetricName } from '../config/metric-name.js';
import { round } from '../core/format.js';
import { outcomeRank, type RuleOutcome } from '../results/run-schema.js';

/** How the per-slice deltas are drawn in the comment and job summary (docs/report.md). */
export type ChartMode = 'mermaid' | 'text' | 'off';

/** The comment stays small: the worst slices only; the rest are in the table and report.html. */
export const CHART_SLICES = 12;

/** One slice of one per-slice regression rule, as the change of the metric in display units. */
export interface SliceDelta {
  label: string;
  delta: number;
  lo: number;
  hi: number;
  outcome: RuleOutcome['outcome'];
}

/** One per-slice regression rule: its slices worst first, the margin as a change (negative for a drop). */
export interface SliceChart {
  title: string;
  unit: string;
  margin: number | null;
  slices: SliceDelta[];
}

/**
 * Regression intervals are stored as worsening (a difference, or a ratio when delta is null);
 * a chart shows the change of the metric: percentage points for rates, percent for ratios.
 */
export function changeOf(r: RuleOutcome): { delta: number; lo: number; hi: number; unit: string } | null {
  if (r.kind !== 'regression' || !r.interval || r.current === null || r.baseline === null) return null;
  const ref = parseMetricName(r.metric);
  const up = ref !== undefined && higherIsBetter(ref);
  if (r.delta === null) {
    if (!r.baseline || !r.current) return null;
    const pct = (w: number) => ((up ? 1 / w : w) - 1) * 100;
    const [a, b] = [pct(r.interval[0]), pct(r.interval[1])];
    return { delta: (r.current / r.baseline - 1) * 100, lo: Math.min(a, b), hi: Math.max(a, b), unit: '%' };
  }
  const rate = ref !== undefined && isRateMetric(ref);
  const scale = rate ? 100 : 1;
  const lo = up ? -r.interval[1] : r.interval[0];
  const hi = up ? -r.interval[0] : r.interval[1];
  return { delta: r.delta * scale, lo: lo * scale, hi: hi * scale, unit: rate ? 'pp' : unitOf(ref?.kind) };
}

function unitOf(kind: string | undefined): string {
  return kind === 'latency' ? 'ms' : kind === 'cost' ? '$' : kind === 'tokens' ? 'tokens' : '';
}

/** The margin from the rule's bound text ("max drop 10pp", "max increase 25%"), as a change in the chart's unit. */
export function marginOf(r: RuleOutcome, unit: string): number | null {
  const match = /^max (drop|increase) (\d+(?:\.\d+)?)\s*(pp|%)?$/.exec(r.bound);
  if (!match) return null;
  const sign = match[1] === 'drop' ? -1 : 1;
  const value = Number(match[2]);
  const relative = match[3] === '%';
  if (relative !== (unit === '%')) return null;
  if (relative) return sign * value;
  if (unit === 'pp') return sign * (match[3] === 'pp' ? value : value * 100);
  return sign * value;
}

/** One chart per per-slice regression rule of a suite, each with its worst slices first. */
export function sliceCharts(rules: readonly RuleOutcome[], limit = CHART_SLICES): SliceChart[] {
  const byRule = new Map<number, RuleOutcome[]>();
  for (const r of rules) if (r.slice && r.kind === 'regression') byRule.set(r.rule, [...(byRule.get(r.rule) ?? []), r]);
  const charts: SliceChart[] = [];
  for (const outcomes of byRule.values()) {
    const points = outcomes
      .map((r) => ({ r, change: changeOf(r) }))
      .filter((p): p is { r: RuleOutcome; change: NonNullable<ReturnType<typeof changeOf>> } => p.change !== null);
    if (!points.length) continue;
    const unit = points[0]!.change.unit;
    const margin = marginOf(points[0]!.r, unit);
    const sign = margin !== null && margin > 0 ? 1 : -1;
    const worst = points
      .sort((a, b) => outcomeRank(b.r) - outcomeRank(a.r) || sign * (b.change.delta - a.change.delta))
      .slice(0, limit);
    charts.push({
      title: `${outcomes[0]!.metric} (${outcomes[0]!.bound}) per slice`,
      unit,
      margin,
      slices: worst.map(({ r, change }) => ({
        label: `${r.slice!.name}=${r.slice!.value}`,
        ...change,
        outcome: r.outcome,
      })),
    });
  }
  return charts;
}

/** Markdown lines for a suite's per-slice charts; empty when off or nothing is sliced. */
export function renderSliceCharts(rules: readonly RuleOutcome[], mode: ChartMode): string[] {
  if (mode === 'off') return [];
  const lines: string[] = [];
  for (const chart of sliceCharts(rules)) lines.push('', ...(mode === 'mermaid' ? mermaid(chart) : forest(chart)));
  return lines;
}

/**
 * Mermaid's xychart-beta, which GitHub renders in comments: Δ as bars, the margin as a line.
 * Slice names come from the dataset, so only letters, digits and a few separators reach it.
 */
export function mermaid(chart: SliceChart): string[] {
  const values = chart.slices.flatMap((s) => [s.delta, s.lo, s.hi]).concat(chart.margin ?? 0, 0);
  const [min, max] = niceRange(Math.min(...values), Math.max(...values));
  const unit = chart.unit ? ` (${chart.unit})` : '';
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title "${label(chart.title, 80)}"`,
    `  x-axis [${chart.slices.map((s) => `"${label(s.label, 24)}"`).join(', ')}]`,
    `  y-axis "change${unit}" ${num(min)} --> ${num(max)}`,
    `  bar [${chart.slices.map((s) => num(s.delta)).join(', ')}]`,
  ];
  if (chart.margin !== null) lines.push(`  line [${chart.slices.map(() => num(chart.margin!)).join(', ')}]`);
  lines.push('```');
  return lines;
}

const WIDTH = 41;

/**
 * A Unicode forest plot in a code block for when Mermaid is off: each slice's interval
 * (├──┤) and point (●), zero (│) and the margin (┆) on one shared scale.
 */
export function forest(chart: SliceChart): string[] {
  const values = chart.slices.flatMap((s) => [s.lo, s.hi]).concat(chart.margin ?? 0, 0);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const span = max - min || 1;
  const col = (v: number) => Math.round(((v - min) / span) * (WIDTH - 1));
  const labels = chart.slices.map((s) => label(s.label, 24));
  const pad = Math.max(...labels.map((l) => l.length));
  const unit = chart.unit && chart.unit !== '$' ? ` ${chart.unit}` : '';
  const rows = chart.slices.map((s, i) => {
    const cells = Array.from({ length: WIDTH }, () => ' ');
    cells[col(0)] = '│';
    if (chart.margin !== null) cells[col(chart.margin)] = '┆';
    for (let c = col(s.lo); c <= col(s.hi); c++) cells[c] = '─';
    cells[col(s.lo)] = '├';
    cells[col(s.hi)] = '┤';
    cells[col(s.delta)] = '●';
    const mark = { fail: '✗', warn: '!', pass: ' ', info: ' ' }[s.outcome];
    return `${labels[i]!.padEnd(pad)} ${cells.join('')} ${mark} ${signed(s.delta)}${unit} [${signed(s.lo)}, ${signed(s.hi)}]`;
  });
  const margin = chart.margin === null ? '' : `, ┆ margin ${signed(chart.margin)}${unit}`;
  return [
    '```text',
    `${label(chart.title, 80)}: change with interval (● point, ├─┤ interval, │ zero${margin}; ✗ fail, ! warn)`,
    ...rows,
    '```',
  ];
}

/** Text that cannot leave a quoted Mermaid string or a code block. */
function label(text: string, max: number): string {
  const clean = text.replace(/[^\p{L}\p{N} _=.:+/()%-]/gu, '_');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

function num(v: number): string {
  return round(v, Math.abs(v) >= 100 ? 0 : 1);
}

/** A signed change with a true minus, ± for zero at this precision. */
export function signed(v: number): string {
  const text = num(Math.abs(v));
  return `${v > 0 && text !== '0.0' ? '+' : v < 0 && text !== '0.0' ? '−' : '±'}${text}`;
}

/** Axis bounds rounded outwards to a step of 1, 2 or 5 × 10^k, so the axis labels read cleanly. */
function niceRange(min: number, max: number): [number, number] {
  const raw = (max - min || 1) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  return [Math.floor(min / step) * step, Math.ceil(max / step) * step];
}
