import type { Run } from '../results/run-schema.js';
/** "**Guards from incidents**: 12, all passing", or the failing ones by id and incident. */
export declare function incidentMarkdown(run: Run, suite: string): string[];
/** The top failure modes as a table, with the judges' failure tags under it. */
export declare function failureModesMarkdown(run: Run, suite: string, baseline: Run | null): string[];
/** The same two parts for report.html. */
export declare function failureModesHtml(run: Run, suite: string, baseline: Run | null): string;
