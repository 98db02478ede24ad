import type { Run } from '../results/run-schema.js';
import { type ArtifactInfo, type WorkflowRunInfo } from './artifacts.js';
import { type GitHubClient } from './client.js';
/** Events whose runs are trusted to produce a baseline: the base branch's own code, never a pull request's. */
export declare const TRUSTED_BASELINE_EVENTS: readonly string[];
export interface BaselineQuery {
    /** The base branch. */
    branch: string;
    /** The artifact name the baseline workflow uploads. */
    artifact: string;
    /** The baseline workflow's file, repository-relative: runs of any other workflow are passed over. */
    workflow: string;
    /** This workflow run, which is never its own baseline. */
    excludeRunId?: number;
    /** How many of the branch's newest successful runs to look through. */
    maxRuns?: number;
}
export interface BaselineCandidate {
    run: WorkflowRunInfo;
    artifact: ArtifactInfo;
}
export interface BaselineSearch {
    candidate: BaselineCandidate | null;
    /**
     * Runs of the baseline workflow on the branch that started after the candidate's and were
     * cancelled, newest first: a user with write access can cancel newer runs to make an older
     * baseline win, so the report says so.
     */
    cancelledSince: WorkflowRunInfo[];
    /** Runs looked at, and why the untrusted ones were passed over (for the log). */
    examined: number;
    passedOver: string[];
}
/** The default baseline workflow: the file `evalgate init` writes. */
export declare const DEFAULT_BASELINE_WORKFLOW = ".github/workflows/evalgate-baseline.yml";
/** Why a run of the base branch cannot be a baseline, or null when it can (before asking where its commit is). */
export declare function untrustedReason(run: WorkflowRunInfo, repository: string, branch: string, workflow: string): string | null;
/**
 * Whether `sha` is on `branch`: equal to its head or an ancestor of it (the compare API's
 * `base...head` is `identical` or `ahead`). A push of a tag named like the branch reports
 * the branch's name as `head_branch`; its commit is not on the branch unless it really is.
 */
export declare function isOnBranch(gh: GitHubClient, sha: string, branch: string): Promise<boolean>;
/**
 * The newest successful push or schedule run of the base branch's baseline workflow whose
 * head repository is this repository, whose commit is on the branch, and which holds the
 * baseline artifact. A pull request's run — including a fork's run on a branch that happens
 * to share the base branch's name — or a tag's push is never taken.
 */
export declare function findTrustedBaseline(gh: GitHubClient, query: BaselineQuery): Promise<BaselineSearch>;
export type BaselineDownload = {
    ok: true;
    run: Run;
} | {
    ok: false;
    reason: string;
};
/** Downloads the candidate's run.json and checks that it describes the commit the run built. */
export declare function downloadBaseline(gh: GitHubClient, candidate: BaselineCandidate, dir: string): Promise<BaselineDownload>;
