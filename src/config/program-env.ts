import { z } from 'zod';

/** The name of an environment variable (never its value). */
export const EnvName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected the name of an environment variable, like OPENAI_API_KEY' });

/**
 * What a program evalgate starts (a `command` provider, a `code` scorer's worker) gets in its
 * environment besides PATH, HOME, TMPDIR and the locale: a list of variables passed from
 * evalgate's environment, or a map of values where `${NAME}` reads one. GitHub tokens are never passed.
 */
export const ProgramEnv = z.union([z.array(EnvName), z.record(EnvName, z.string())]);
