/**
 * Variables that carry the workflow's GitHub credentials: the action's inputs (`INPUT_GITHUB-TOKEN`),
 * the runner's own (`ACTIONS_RUNTIME_TOKEN`, `ACTIONS_ID_TOKEN_REQUEST_TOKEN`) and the usual token names.
 * No program evalgate starts is given one (docs/providers.md, `command`).
 */
export const GITHUB_CREDENTIAL =
  /^(INPUT_.*|ACTIONS_.*|GITHUB_TOKEN|GH_TOKEN|GITHUB_ENTERPRISE_TOKEN|GH_ENTERPRISE_TOKEN)$/i;

/** `${NAME}` in a value: the variable NAME of evalgate's environment. */
export const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The GitHub credentials a `command` provider's `env` names, directly or as `${NAME}` in a value. */
export function namedGitHubCredentials(env: readonly string[] | Record<string, string>): string[] {
  const names = Array.isArray(env)
    ? env
    : Object.entries(env).flatMap(([name, value]) => [name, ...[...value.matchAll(ENV_REFERENCE)].map((m) => m[1]!)]);
  return names.filter((name) => GITHUB_CREDENTIAL.test(name));
}
