import { z } from 'zod';
/** The name of an environment variable (never its value). */
export declare const EnvName: z.ZodString;
/**
 * What a program evalgate starts (a `command` provider, a `code` scorer's worker) gets in its
 * environment besides PATH, HOME, TMPDIR and the locale: a list of variables passed from
 * evalgate's environment, or a map of values where `${NAME}` reads one. GitHub tokens are never passed.
 */
export declare const ProgramEnv: z.ZodUnion<readonly [z.ZodArray<z.ZodString>, z.ZodRecord<z.ZodString, z.ZodString>]>;
