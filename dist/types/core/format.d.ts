import type { MetricRef } from '../config/metric-name.js';
/** How a metric's values read to a person: rates as %, latency in ms, cost in $. */
export declare function formatValue(ref: MetricRef | undefined, value: number | null | undefined): string;
/** A change: percentage points for rates, the metric's unit otherwise, always signed. */
export declare function formatDelta(ref: MetricRef | undefined, delta: number | null | undefined): string;
export declare function round(value: number, digits: number): string;
/** Dollars as the budget lines show them: two decimals, or two significant digits below a cent. */
export declare const formatUsd: (usd: number) => string;
