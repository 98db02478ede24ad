import { type GitHubClient } from './client.js';
/** What evalgate needs to know about a pull request. */
export interface PullRequestInfo {
    number: number;
    headSha: string;
    headRef: string;
    /** owner/name of the head repository; null when the fork was deleted. */
    headRepository: string | null;
    baseRef: string;
    labels: string[];
    changedFiles: number | undefined;
    url: string;
}
/** The fields of a pull request object (REST response or webhook payload) that evalgate reads. */
export interface PullJson {
    number: number;
    head: {
        sha: string;
        ref: string;
        repo: {
            full_name: string;
        } | null;
    };
    base: {
        ref: string;
    };
    labels: {
        name?: string;
    }[];
    html_url: string;
    changed_files?: number;
}
export declare function toPullRequestInfo(pull: PullJson): PullRequestInfo;
/**
 * The open pull request whose head is `headSha` on `headOwner:headBranch` — how a
 * `workflow_run` workflow finds the PR it reports on. A fork PR's run carries no PR number,
 * so the answer comes from the API, never from an artifact the PR could have written.
 */
export declare function findPullRequestForHead(gh: GitHubClient, head: {
    owner: string;
    branch: string;
    sha: string;
}): Promise<PullRequestInfo | null>;
/** A file's text at a commit, or null when it does not exist there (raw media type: files up to 100 MB). */
export declare function readFileAt(gh: GitHubClient, path: string, ref: string): Promise<string | null>;
