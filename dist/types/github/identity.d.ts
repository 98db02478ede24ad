import { type GitHubClient } from './client.js';
/** The login under which the workflow token (GITHUB_TOKEN) writes comments. */
export declare const WORKFLOW_TOKEN_LOGIN = "github-actions[bot]";
/** A GitHub App (an installation token) comments as `<slug>[bot]`. */
export declare const appLogin: (slug: string) => string;
/**
 * The login the token writes as. An installation token (the workflow token, a GitHub App's)
 * is known from the app that owns the check run it created; otherwise GET /user answers for
 * a personal token. When neither can tell, the workflow token's login is assumed — the safe
 * failure is a second comment, never editing someone else's.
 */
export declare function tokenLogin(gh: GitHubClient, checkRunAppSlug: string | null): Promise<string>;
