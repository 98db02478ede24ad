import type { Annotation, Conclusion } from '../github/check-run.js';
import type { Run, Verdict } from '../results/run-schema.js';
/** Verdict → check conclusion (docs/github-action.md, "Verdict → check run and exit code"): only fail and error block. */
export declare const CONCLUSION: Record<Verdict, Conclusion>;
/** Verdict → the action's exit code. */
export declare const exitCodeOf: (verdict: Verdict) => 0 | 1;
/** The check run's title: plain text, verdict first; an infrastructure error is "could not evaluate". */
export declare function checkTitle(run: Run): string;
/**
 * Annotations for the Files view: the dataset line of every failed critical case, and the
 * prompt file of every suite with a failing or unproven rule. Messages are plain text (the
 * Files view does not render Markdown). `inRepo` maps a run's path to a repository path.
 */
export declare function annotationsFor(run: Run, inRepo: (path: string) => string | null): Annotation[];
