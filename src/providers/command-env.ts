import type { z } from 'zod';
import type { ProgramEnv } from '../config/program-env.js';
import { ENV_REFERENCE, GITHUB_CREDENTIAL } from '../config/github-credentials.js';

type Env = Record<string, string | undefined>;

/** What any program needs to start and read text: where programs are, home, temp, locale (and Windows' equivalents). */
const BASICS = /^(PATH|HOME|TMPDIR|LANG|LANGUAGE|LC_[A-Z]+|SYSTEMROOT|WINDIR|PATHEXT|COMSPEC|TEMP|TMP|USERPROFILE)$/i;

/**
 * The environment a `command` provider's program or a `code` scorer's worker gets (docs/providers.md): PATH, HOME, TMPDIR
 * and the locale, plus what the provider's `env` names — a list of variables passed from
 * evalgate's environment, or a map of values in which `${NAME}` reads one. GitHub credentials
 * never pass, by name or by value, so the team's program (and whatever a PR put in it) cannot
 * act on the repository with the workflow's token.
 */
export function commandEnvironment(
  config: z.output<typeof ProgramEnv> | undefined,
  parent: Env,
): Record<string, string> {
  // the tokens themselves, to catch a copy under another name (other inputs, like `config`, are no secret)
  const credentials = Object.entries(parent)
    .filter(([name, value]) => GITHUB_CREDENTIAL.test(name) && /TOKEN/i.test(name) && value && value.length >= 8)
    .map(([, value]) => value!);
  const env: Record<string, string> = {};
  const set = (name: string, value: string | undefined) => {
    if (value === undefined || GITHUB_CREDENTIAL.test(name)) return;
    if (credentials.some((secret) => value.includes(secret))) return;
    env[name] = value;
  };
  for (const [name, value] of Object.entries(parent)) if (BASICS.test(name)) set(name, value);
  if (Array.isArray(config)) for (const name of config) set(name, parent[name]);
  else
    for (const [name, value] of Object.entries(config ?? {}))
      set(
        name,
        value.replace(ENV_REFERENCE, (_m, ref: string) => (GITHUB_CREDENTIAL.test(ref) ? '' : (parent[ref] ?? ''))),
      );
  return env;
}
