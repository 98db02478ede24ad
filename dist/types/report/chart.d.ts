import { type RuleOutcome } from '../results/run-schema.js';
/** How the per-slice deltas are drawn in the comment and job summary (docs/report.md). */
export type ChartMode = 'mermaid' | 'text' | 'off';
/** The comment stays small: the worst slices only; the rest are in the table and report.html. */
export declare const CHART_SLICES = 12;
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
export declare function changeOf(r: RuleOutcome): {
    delta: number;
    lo: number;
    hi: number;
    unit: string;
} | null;
/** The margin from the rule's bound text ("max drop 10pp", "max increase 25%"), as a change in the chart's unit. */
export declare function marginOf(r: RuleOutcome, unit: string): number | null;
/** One chart per per-slice regression rule of a suite, each with its worst slices first. */
export declare function sliceCharts(rules: readonly RuleOutcome[], limit?: number): SliceChart[];
/** Markdown lines for a suite's per-slice charts; empty when off or nothing is sliced. */
export declare function renderSliceCharts(rules: readonly RuleOutcome[], mode: ChartMode): string[];
/**
 * Mermaid's xychart-beta, which GitHub renders in comments: Δ as bars, the margin as a line.
 * Slice names come from the dataset, so only letters, digits and a few separators reach it.
 */
export declare function mermaid(chart: SliceChart): string[];
/**
 * A Unicode forest plot in a code block for when Mermaid is off: each slice's interval
 * (├──┤) and point (●), zero (│) and the margin (┆) on one shared scale.
 */
export declare function forest(chart: SliceChart): string[];
/** A signed change with a true minus, ± for zero at this precision. */
export declare function signed(v: number): string;
