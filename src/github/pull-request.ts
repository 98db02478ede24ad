import { isHttpError, type GitHubClient } from './client.js';

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
  head: { sha: string; ref: string; repo: { full_name: string } | null };
  base: { ref: string };
  labels: { name?: string }[];
  html_url: string;
  changed_files?: number;
}

export function toPullRequestInfo(pull: PullJson): PullRequestInfo {
  return {
    number: pull.number,
    headSha: pull.head.sha,
    headRef: pull.head.ref,
    headRepository: pull.head.repo?.full_name ?? null,
    baseRef: pull.base.ref,
    labels: pull.labels.map((l) => l.name ?? '').filter(Boolean),
    changedFiles: pull.changed_files,
    url: pull.html_url,
  };
}

/** A file's text at a commit, or null when it does not exist there (raw media type: files up to 100 MB). */
export async function readFileAt(gh: GitHubClient, path: string, ref: string): Promise<string | null> {
  try {
    const { data } = await gh.octokit.rest.repos.getContent({ ...gh.repo, path, ref, mediaType: { format: 'raw' } });
    return typeof data === 'string' ? data : null;
  } catch (error) {
    if (isHttpError(error) && error.status === 404) return null;
    throw error;
  }
}

export type RepositoryFile =
  | { kind: 'file'; text: string }
  | { kind: 'missing' }
  /** A symbolic link, a directory or a submodule: never read as a prompt or a dataset. */
  | { kind: 'not-a-file'; type: string };

/**
 * A file at a commit, read as data, refusing what is not a regular file. The raw media type
 * follows symbolic links inside the repository, so the object form is asked first: it says
 * `type: symlink` for a link. Its inline content is empty above 1 MB; then the raw form is read.
 */
export async function readRepositoryFile(gh: GitHubClient, path: string, ref: string): Promise<RepositoryFile> {
  let data: unknown;
  try {
    ({ data } = await gh.octokit.rest.repos.getContent({ ...gh.repo, path, ref }));
  } catch (error) {
    if (isHttpError(error) && error.status === 404) return { kind: 'missing' };
    throw error;
  }
  if (Array.isArray(data)) return { kind: 'not-a-file', type: 'dir' };
  const item = data as { type?: string; content?: string; encoding?: string };
  if (item.type !== 'file') return { kind: 'not-a-file', type: item.type ?? 'unknown' };
  if (item.encoding === 'base64' && item.content)
    return { kind: 'file', text: Buffer.from(item.content, 'base64').toString('utf8') };
  const raw = await readFileAt(gh, path, ref);
  return raw === null ? { kind: 'missing' } : { kind: 'file', text: raw };
}
