import type { Comparison, Run } from '../results/run-schema.js';
/** Where a baseline came from, for the report. */
export declare function describeBaseline(baseline: Run, source: string): NonNullable<Comparison['baseline']>;
