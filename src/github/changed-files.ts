import type { GitHubClient } from './client.js';

/** GitHub lists at most this many files of a pull request (pulls.listFiles). */
export const PR_FILE_LIMIT = 3000;

export interface ChangedFiles {
  /** Repository-relative paths, including the old path of a renamed file. */
  files: string[];
  /** False when the PR changes more files than GitHub lists: some changes are unknown. */
  complete: boolean;
}

/** The files a pull request changes, every page of them (100 per page, GitHub's maximum). */
export async function listChangedFiles(
  gh: GitHubClient,
  pullNumber: number,
  changedFilesCount?: number,
): Promise<ChangedFiles> {
  const files = new Set<string>();
  let listed = 0;
  for await (const page of gh.octokit.paginate.iterator(gh.octokit.rest.pulls.listFiles, {
    ...gh.repo,
    pull_number: pullNumber,
    per_page: 100,
  })) {
    for (const f of page.data) {
      listed++;
      files.add(f.filename);
      if (f.previous_filename) files.add(f.previous_filename);
    }
  }
  const complete = listed < PR_FILE_LIMIT && (changedFilesCount === undefined || changedFilesCount <= listed);
  return { files: [...files], complete };
}
