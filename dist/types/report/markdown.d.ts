import { type Run } from '../results/run-schema.js';
import { type ChartMode } from './chart.js';
/** The hidden marker that identifies evalgate's one PR comment. */
export declare const COMMENT_MARKER = "<!-- evalgate:comment -->";
/** GitHub's limits: an issue comment body is 65,536 characters, a check run summary 65,535. */
export declare const COMMENT_LIMIT = 65536;
export interface RenderOptions {
    /** Maximum characters; rows beyond it are summarised by a line pointing to the artifact. */
    budget?: number;
    /** Links to the workflow run and the results artifact, when known. */
    links?: {
        run?: string;
        artifact?: string;
    };
    /** Adds the hidden comment marker. */
    marker?: boolean;
    /** Trusted Markdown lines shown above the footer, kept within the budget (the action's notes). */
    notes?: readonly string[];
    /** The per-slice chart; defaults to the run's config (report.chart), else Mermaid. */
    chart?: ChartMode;
    /** The baseline run, so the top failure modes can put failures it did not have first. */
    baseline?: Run | null;
}
/** Renders a decided run as Markdown: verdict and why first, then what changed, details folded. */
export declare function renderMarkdown(run: Run, options?: RenderOptions): string;
