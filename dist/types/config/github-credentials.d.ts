/**
 * Variables that carry the workflow's GitHub credentials: the action's inputs (`INPUT_GITHUB-TOKEN`),
 * the runner's own (`ACTIONS_RUNTIME_TOKEN`, `ACTIONS_ID_TOKEN_REQUEST_TOKEN`) and the usual token names.
 * No program evalgate starts is given one (docs/providers.md, `command`).
 */
export declare const GITHUB_CREDENTIAL: RegExp;
/** `${NAME}` in a value: the variable NAME of evalgate's environment. */
export declare const ENV_REFERENCE: RegExp;
/** The GitHub credentials a `command` provider's `env` names, directly or as `${NAME}` in a value. */
export declare function namedGitHubCredentials(env: readonly string[] | Record<string, string>): string[];
