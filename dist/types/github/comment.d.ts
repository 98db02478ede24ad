import type { GitHubClient } from './client.js';
/** GitHub's limit for an issue comment body. */
export declare const COMMENT_BODY_LIMIT = 65536;
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
/**
 * evalgate's one comment on the PR: the newest comment that carries `marker` and whose
 * author is the token's own identity, across every page of comments. A comment by anyone
 * else is never taken, even if it carries the marker.
 */
export declare function findStickyComment(gh: GitHubClient, issue: number, marker: string, author: string): Promise<{
    comment: StickyComment | null;
    foreign: number;
}>;
export interface UpsertOptions {
    issue: number;
    marker: string;
    author: string;
    body: string;
    /** False: only update an existing comment (a skipped run posts no new one). */
    create: boolean;
}
/** Updates evalgate's comment in place, or creates it. */
export declare function upsertStickyComment(gh: GitHubClient, options: UpsertOptions): Promise<UpsertResult>;
