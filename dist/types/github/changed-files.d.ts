import type { GitHubClient } from './client.js';
/** GitHub lists at most this many files of a pull request (pulls.listFiles). */
export declare const PR_FILE_LIMIT = 3000;
export interface ChangedFiles {
    /** Repository-relative paths, including the old path of a renamed file. */
    files: string[];
    /** False when the PR changes more files than GitHub lists: some changes are unknown. */
    complete: boolean;
}
/** The files a pull request changes, every page of them (100 per page, GitHub's maximum). */
export declare function listChangedFiles(gh: GitHubClient, pullNumber: number, changedFilesCount?: number): Promise<ChangedFiles>;
