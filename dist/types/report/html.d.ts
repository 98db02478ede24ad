import type { Run, RuleOutcome } from '../results/run-schema.js';
/**
 * report.html: one self-contained page beside report.md (docs/report.md). Model output and
 * dataset text are data, never markup: the static parts escape every string, and the case
 * table is built by a hashed script from JSON with `<` escaped, through textContent only.
 */
export interface HtmlOptions {
    /** The baseline run, for baseline outputs side by side with the candidate's. */
    baseline?: Run | null;
}
/**
 * The most records (case × repeat) report.html embeds (docs/report.md): failed, changed and
 * critical ones first. A larger run's page would weigh tens of MB and cost the run that much
 * memory to write; run.json keeps every record.
 */
export declare const HTML_CASE_LIMIT = 10000;
/** Renders a decided run as one HTML page. */
export declare function renderHtml(run: Run, options?: HtmlOptions): string;
/** A static page (no script) under the same policy: for `evalgate health --format html`. */
export declare function staticPage(title: string, body: string): string;
/** One forest plot per regression rule: every slice's change with its interval, zero and the margin. */
export declare function forestPlots(rules: readonly RuleOutcome[]): string[];
/** A 20-bin histogram as SVG; each bar's tooltip gives its range and count. */
export declare function histogram(title: string, values: readonly number[], format: (v: number) => string): string;
