import type { GitHubClient } from './client.js';

/** GitHub's limit for an issue comment body. */
export const COMMENT_BODY_LIMIT = 65_536;

export interface StickyComment {
  id: number;
  url: string;
  body: string;
}

export type CommentAction = 'created' | 'updated' | 'unchanged' | 'none';

export interface UpsertResult {
  action: CommentAction;
  comment: StickyComment | null;
  /** Comments that carry the marker but were written by someone else: left alone. */
  foreign: number;
}

const sameLogin = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * evalgate's one comment on the PR: the newest comment that carries `marker` and whose
 * author is the token's own identity, across every page of comments. A comment by anyone
 * else is never taken, even if it carries the marker.
 */
export async function findStickyComment(
  gh: GitHubClient,
  issue: number,
  marker: string,
  author: string,
): Promise<{ comment: StickyComment | null; foreign: number }> {
  let comment: StickyComment | null = null;
  let foreign = 0;
  for await (const page of gh.octokit.paginate.iterator(gh.octokit.rest.issues.listComments, {
    ...gh.repo,
    issue_number: issue,
    per_page: 100,
  })) {
    for (const c of page.data) {
      if (!c.body?.includes(marker)) continue;
      if (c.user && sameLogin(c.user.login, author)) comment = { id: c.id, url: c.html_url, body: c.body };
      else foreign++;
    }
  }
  return { comment, foreign };
}

export interface UpsertOptions {
  issue: number;
  marker: string;
  author: string;
  body: string;
  /** False: only update an existing comment (a skipped run posts no new one). */
  create: boolean;
}

/** Updates evalgate's comment in place, or creates it. */
export async function upsertStickyComment(gh: GitHubClient, options: UpsertOptions): Promise<UpsertResult> {
  if (options.body.length > COMMENT_BODY_LIMIT)
    throw new Error(
      `comment body of ${options.body.length} characters exceeds GitHub's ${COMMENT_BODY_LIMIT}; render it with a budget`,
    );
  const { comment, foreign } = await findStickyComment(gh, options.issue, options.marker, options.author);
  if (comment) {
    if (comment.body === options.body) return { action: 'unchanged', comment, foreign };
    const { data } = await gh.octokit.rest.issues.updateComment({
      ...gh.repo,
      comment_id: comment.id,
      body: options.body,
    });
    return { action: 'updated', comment: { id: data.id, url: data.html_url, body: data.body ?? '' }, foreign };
  }
  if (!options.create) return { action: 'none', comment: null, foreign };
  const { data } = await gh.octokit.rest.issues.createComment({
    ...gh.repo,
    issue_number: options.issue,
    body: options.body,
  });
  return { action: 'created', comment: { id: data.id, url: data.html_url, body: data.body ?? '' }, foreign };
}
