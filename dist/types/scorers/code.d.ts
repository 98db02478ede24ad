import { z } from 'zod';
import type { Result } from '../core/result.js';
import type { ScoreRecord } from '../results/run-schema.js';
import type { Scorer } from './scorer.js';
export declare const CodeScorer: z.ZodObject<{
    type: z.ZodLiteral<"code">;
    module: z.ZodOptional<z.ZodString>;
    command: z.ZodOptional<z.ZodArray<z.ZodString>>;
    env: z.ZodOptional<z.ZodUnion<readonly [z.ZodArray<z.ZodString>, z.ZodRecord<z.ZodString, z.ZodString>]>>;
    cwd: z.ZodOptional<z.ZodString>;
    concurrency: z.ZodDefault<z.ZodNumber>;
    function: z.ZodDefault<z.ZodString>;
    timeout_ms: z.ZodDefault<z.ZodNumber>;
    threshold: z.ZodOptional<z.ZodNumber>;
    id: z.ZodString;
    critical: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
export type CodeConfig = z.output<typeof CodeScorer>;
/** Turns what the team's function returned into a score, or says why it cannot. */
export declare function toScore(returned: unknown, threshold: number | undefined): ScoreRecord | string;
/**
 * The team's own scorer, loaded once and run in-process with a per-case timeout. Whatever its
 * code does wrong (throws, rejects, hangs past the timeout, returns nonsense) is a scorer error
 * on that case, recorded with the module and message, never a crash of the run. A synchronous
 * endless loop cannot be interrupted in-process; the `command` provider is the isolation for that.
 */
export declare function codeScorer(config: CodeConfig & {
    module: string;
}, absolutePath: string, display: string): Promise<Result<Scorer>>;
