import type { GitHubClient } from './client.js';
/** GitHub's limits for a check run's output. */
export declare const CHECK_SUMMARY_LIMIT = 65535;
export declare const CHECK_TITLE_LIMIT = 255;
export declare const ANNOTATIONS_PER_REQUEST = 50;
export type Conclusion = 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';
export interface Annotation {
    /** Repository-relative path. */
    path: string;
    start_line: number;
    end_line: number;
    annotation_level: 'notice' | 'warning' | 'failure';
    title?: string;
    message: string;
}
export interface CheckOutput {
    title: string;
    summary: string;
    annotations?: Annotation[];
}
export interface CheckRunRef {
    id: number;
    url: string;
    /** The app that owns the check run: the token's identity when it is an installation token. */
    appSlug: string | null;
}
export interface NewCheckRun {
    name: string;
    headSha: string;
    detailsUrl?: string;
    externalId?: string;
}
/** Creates the check run at the start of the work, so the PR shows it in progress. */
export declare function startCheckRun(gh: GitHubClient, check: NewCheckRun): Promise<CheckRunRef>;
/**
 * Completes a check run: conclusion, output and the first 50 annotations in one update, the
 * rest in further updates of 50 (GitHub appends annotations across updates).
 */
export declare function completeCheckRun(gh: GitHubClient, id: number, conclusion: Conclusion, output: CheckOutput): Promise<void>;
/** Creates a check run that is already complete (nothing to wait for, e.g. a skipped PR). */
export declare function createCompletedCheckRun(gh: GitHubClient, check: NewCheckRun, conclusion: Conclusion, output: CheckOutput): Promise<CheckRunRef>;
/**
 * Check runs named `name` on commit `sha` that evalgate did not create: their external id
 * does not carry `ownPrefix`. A job in a pull request's own workflow that is named like the
 * gate shows up here.
 */
export declare function foreignCheckRuns(gh: GitHubClient, sha: string, name: string, ownPrefix?: string): Promise<{
    id: number;
    conclusion: string | null;
}[]>;
/** Splits the output into requests GitHub accepts: title and summary within limits, ≤ 50 annotations each. */
export declare function batches(output: CheckOutput): Required<CheckOutput>[];
