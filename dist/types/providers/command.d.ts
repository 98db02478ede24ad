import { z } from 'zod';
import type { CommandProvider as CommandConfig } from '../config/schema.js';
import { type Provider } from './provider.js';
/** What the user's program prints: one JSON object (per case, or per line for a worker). */
export declare const CommandOutput: z.ZodObject<{
    output: z.ZodString;
    tool_calls: z.ZodOptional<z.ZodArray<z.ZodUnknown>>;
    tokens: z.ZodOptional<z.ZodObject<{
        prompt: z.ZodNumber;
        completion: z.ZodNumber;
        total: z.ZodNumber;
    }, z.core.$strip>>;
    cost_usd: z.ZodOptional<z.ZodNumber>;
    error: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
/**
 * Runs the user's own program — their real application code — as the model under test. The
 * case goes in on stdin as one JSON line: `{"suite", "id", "repeat", "vars", "messages",
 * "prompt"}` (`prompt` is the last user message). A non-zero exit, a timeout, a crash or
 * output that does not follow the protocol is an infrastructure error for that case.
 *
 * `per-case` starts one process per case. `worker` keeps processes running: each reads a
 * request line and answers with one JSON line, one case at a time; the runner's
 * concurrency is how many workers run. A worker that dies or hangs is replaced.
 */
export declare function createCommandProvider(name: string, config: z.output<typeof CommandConfig>, cwd: string, parentEnv?: NodeJS.ProcessEnv): Provider;
