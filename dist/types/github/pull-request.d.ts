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
/** A file's text at a commit, or null when it does not exist there (raw media type: files up to 100 MB). */
export declare function readFileAt(gh: GitHubClient, path: string, ref: string): Promise<string | null>;
export type RepositoryFile = {
    kind: 'file';
    text: string;
} | {
    kind: 'missing';
}
/** A symbolic link, a directory or a submodule: never read as a prompt or a dataset. */
 | {
    kind: 'not-a-file';
    type: string;
};
/**
 * A file at a commit, read as data, refusing what is not a regular file. The raw media type
 * follows symbolic links inside the repository, so the object form is asked first: it says
 * `type: symlink` for a link. Its inline content is empty above 1 MB; then the raw form is read.
 */
export declare function readRepositoryFile(gh: GitHubClient, path: string, ref: string): Promise<RepositoryFile>;
