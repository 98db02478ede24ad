import { z } from 'zod';
import { pathToFileURL } from 'node:url';
import { ScorerBase } from '../config/scorer-base.js';
import { ProgramEnv } from '../config/program-env.js';
import type { Result } from '../core/result.js';
import type { ScoreRecord } from '../results/run-schema.js';
import { ProviderError } from '../providers/provider.js';
import type { Scorer } from './scorer.js';

export const CodeScorer = z.strictObject({
  ...ScorerBase,
  type: z.literal('code'),
  /** A JavaScript module (.js/.mjs; .ts on a Node that strips types), relative to the config. One of `module` and `command`. */
  module: z.string().min(1).optional(),
  /**
   * A program in any language and its arguments (no shell), e.g. [python3, scorer.py], run as
   * long-lived JSON-lines workers like a `command` provider's `mode: worker` (docs/metrics.md, `code`).
   */
  command: z.array(z.string().min(1)).min(1).optional(),
  /** The workers' environment besides PATH, HOME, TMPDIR and the locale, as a `command` provider's `env`. */
  env: ProgramEnv.optional(),
  /** The workers' working directory, relative to the config; default the config's folder. */
  cwd: z.string().min(1).optional(),
  /** How many workers score at once. */
  concurrency: z.number().int().positive().max(64).default(2),
  /** The exported function: `score({ output, expected, vars, tags, toolCalls }) → { value, pass?, detail? }` (or a number or boolean). */
  function: z
    .string()
    .regex(/^[A-Za-z_$][\w$]*$/)
    .default('score'),
  /** Per case; a call that takes longer is a scorer error on that case. */
  timeout_ms: z.number().int().positive().default(5_000),
  /** The value a case needs to pass when the function returns no `pass`. */
  threshold: z.number().optional(),
});
export type CodeConfig = z.output<typeof CodeScorer>;

type ScoreFunction = (input: Record<string, unknown>) => unknown;

/** Turns what the team's function returned into a score, or says why it cannot. */
export function toScore(returned: unknown, threshold: number | undefined): ScoreRecord | string {
  if (typeof returned === 'boolean') return { value: returned ? 1 : 0, pass: returned };
  const object = typeof returned === 'number' ? { value: returned } : returned;
  if (!object || typeof object !== 'object')
    return `returned ${JSON.stringify(returned)}, expected { value, pass?, detail? }`;
  const { value, pass, detail } = object as Record<string, unknown>;
  if (typeof value !== 'number' || !Number.isFinite(value))
    return `returned value ${JSON.stringify(value)}, expected a finite number`;
  if (pass !== undefined && typeof pass !== 'boolean')
    return `returned pass ${JSON.stringify(pass)}, expected true or false`;
  return {
    value,
    pass: typeof pass === 'boolean' ? pass : threshold === undefined ? null : value >= threshold,
    ...(typeof detail === 'string' && detail ? { detail } : {}),
  };
}

/**
 * The team's own scorer, loaded once and run in-process with a per-case timeout. Whatever its
 * code does wrong (throws, rejects, hangs past the timeout, returns nonsense) is a scorer error
 * on that case, recorded with the module and message, never a crash of the run. A synchronous
 * endless loop cannot be interrupted in-process; the `command` provider is the isolation for that.
 */
export async function codeScorer(
  config: CodeConfig & { module: string },
  absolutePath: string,
  display: string,
): Promise<Result<Scorer>> {
  let fn: ScoreFunction;
  try {
    const module = (await import(pathToFileURL(absolutePath).href)) as Record<string, unknown>;
    const exported =
      module[config.function] ??
      (config.function === 'score' ? (module.default as Record<string, unknown> | undefined)?.score : undefined);
    if (typeof exported !== 'function')
      return { ok: false, issues: [{ file: display, message: `exports no function "${config.function}"` }] };
    fn = exported as ScoreFunction;
  } catch (error) {
    return {
      ok: false,
      issues: [{ file: display, message: `cannot load the scorer module: ${(error as Error).message}` }],
    };
  }
  // recorded by the runner as a scorer error on this case (scorer_errors): only this score is missing
  const failed = (message: string): never => {
    throw new ProviderError(`${display}: ${message}`, false);
  };
  return {
    ok: true,
    value: {
      id: config.id,
      type: config.type,
      critical: config.critical,
      score() {
        throw new Error('the code scorer grades asynchronously');
      },
      async grade({ case: c, output, toolCalls }): Promise<ScoreRecord> {
        let timer: NodeJS.Timeout | undefined;
        let score: ScoreRecord | string;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no result within ${config.timeout_ms} ms (timeout_ms)`)),
            config.timeout_ms,
          );
        });
        try {
          const returned = await Promise.race([
            Promise.resolve().then(() =>
              fn({ output, expected: c.expected, vars: c.vars, tags: c.tags, toolCalls: toolCalls ?? [], id: c.id }),
            ),
            timeout,
          ]);
          score = toScore(returned, config.threshold);
        } catch (error) {
          return failed(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
        } finally {
          clearTimeout(timer);
        }
        return typeof score === 'string' ? failed(score) : score;
      },
    },
  };
}
