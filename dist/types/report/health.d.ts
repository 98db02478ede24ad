import type { Run } from '../results/run-schema.js';
/**
 * Gate health over many past runs (docs/report.md, "Gate health"): is the gate crying wolf,
 * which rules never fire, which cases flip, what a PR costs and where the base branch is going.
 */
export interface SuiteHealth {
    suite: string;
    runs: number;
    /** Per ISO week (the Monday's date): how many runs ended in each verdict for this suite. */
    weeks: {
        week: string;
        pass: number;
        warn: number;
        fail: number;
        overridden: number;
    }[];
    overrides: {
        actor: string;
        count: number;
    }[];
    /** Per rule (metric and bound): on how many PR runs it warned or failed, and how many it was evaluated on. */
    rules: {
        rule: string;
        fired: number;
        warned: number;
        failed: number;
        evaluated: number;
    }[];
    /** Cases flaky in at least one run, most often first. */
    flaky: {
        id: string;
        runs: number;
    }[];
    /** Per pull request: the cost of its latest run (model calls and judges). */
    costPerPr: {
        pr: number;
        usd: number;
    }[];
    /** Base-branch runs (no PR): each pass rate with its interval, oldest first. */
    trends: {
        metric: string;
        points: {
            at: string;
            sha: string | null;
            value: number;
            lo: number;
            hi: number;
        }[];
    }[];
}
/** Folds decided runs, in any order, into one health record per suite. */
export declare function gateHealth(runs: readonly Run[]): SuiteHealth[];
/** The Monday of the ISO week an instant falls in, as YYYY-MM-DD (UTC). */
export declare function isoWeek(at: string): string;
/** Markdown for the job summary, with the same Mermaid charts GitHub renders in the PR comment. */
export declare function renderHealthMarkdown(health: readonly SuiteHealth[], runs: number): string;
/** Prometheus text exposition format (label values escaped as the format requires). */
export declare function renderHealthProm(health: readonly SuiteHealth[]): string;
/** One JSON object a line, each with a `type`, for loading into anything that charts. */
export declare function renderHealthJsonl(health: readonly SuiteHealth[]): string;
/** The same report as one static HTML page, with the charts as SVG (no script, no network). */
export declare function renderHealthHtml(health: readonly SuiteHealth[], runs: number): string;
