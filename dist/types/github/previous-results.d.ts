import type { Run } from '../results/run-schema.js';
import { type WorkflowRunInfo } from './artifacts.js';
import type { GitHubClient } from './client.js';
export interface PreviousResultsQuery {
    headSha: string;
    headBranch: string;
    /** owner/name of the PR's head repository. */
    headRepository: string;
    artifact: string;
    excludeRunId?: number;
}
export interface PreviousResults {
    run: WorkflowRunInfo;
    results: Run;
}
/**
 * The results an earlier pull-request run computed for the same head commit: the newest
 * completed run (passing or failing) for that SHA and head branch that uploaded the results
 * artifact. Used to re-decide on `labeled`/`unlabeled` without calling models again.
 */
export declare function findPreviousResults(gh: GitHubClient, query: PreviousResultsQuery, dir: string): Promise<PreviousResults | null>;
