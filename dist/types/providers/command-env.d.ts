import type { z } from 'zod';
import type { ProgramEnv } from '../config/program-env.js';
type Env = Record<string, string | undefined>;
/**
 * The environment a `command` provider's program or a `code` scorer's worker gets (docs/providers.md): PATH, HOME, TMPDIR
 * and the locale, plus what the provider's `env` names — a list of variables passed from
 * evalgate's environment, or a map of values in which `${NAME}` reads one. GitHub credentials
 * never pass, by name or by value, so the team's program (and whatever a PR put in it) cannot
 * act on the repository with the workflow's token.
 */
export declare function commandEnvironment(config: z.output<typeof ProgramEnv> | undefined, parent: Env): Record<string, string>;
export {};
