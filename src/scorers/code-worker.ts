import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { commandEnvironment } from '../providers/command-env.js';
import { excerpt, WorkerPool } from '../providers/json-lines-worker.js';
import { ProviderError } from '../providers/provider.js';
import type { ScoreRecord } from '../results/run-schema.js';
import { toScore, type CodeConfig } from './code.js';
import type { Scorer } from './scorer.js';

/** Turns one answer line into a score; a line that is not one is the worker's protocol error. */
function parseScore(line: string, threshold: number | undefined): ScoreRecord {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new ProviderError(`printed something that is not JSON: ${excerpt(line)} (print {"value": ...})`, false);
  }
  if (json && typeof json === 'object' && typeof (json as { error?: unknown }).error === 'string')
    throw new ProviderError(`reported: ${(json as { error: string }).error}`, false);
  const score = toScore(json, threshold);
  if (typeof score === 'string') throw new ProviderError(score, false);
  return score;
}

/**
 * The team's scorer in any language, through the `command` provider's JSON-lines worker
 * protocol (docs/metrics.md, `code`): each worker reads one request line
 * `{"output", "expected", "vars", "tags", "toolCalls", "id"}` and answers with one line
 * `{"value", "pass"?, "detail"?}` (or `{"error"}`). A worker that is late, dies or breaks the
 * protocol is replaced, and that case gets a scorer error naming the program; the run goes on.
 * Workers start on the first case and get the command provider's restricted environment.
 */
export function codeWorkerScorer(
  config: CodeConfig & { command: string[] },
  cwd: string,
  parentEnv: NodeJS.ProcessEnv = process.env,
): Scorer {
  const program = config.command.join(' ');
  const env = commandEnvironment(config.env, parentEnv);
  let pool: Promise<WorkerPool<ScoreRecord>> | undefined;
  const workers = () =>
    (pool ??= Promise.all([import('node:child_process'), import('node:readline')]).then(
      ([cp, rl]) =>
        new WorkerPool(
          (): ChildProcessWithoutNullStreams =>
            cp.spawn(config.command[0]!, config.command.slice(1), { cwd, env, stdio: 'pipe' }),
          rl.createInterface,
          program,
          (line) => parseScore(line, config.threshold),
        ),
    ));
  // at most `concurrency` workers: a case waits for one to be free
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = async () => {
    if (running >= config.concurrency) await new Promise<void>((go) => waiting.push(go));
    running++;
  };
  const free = () => {
    running--;
    waiting.shift()?.();
  };

  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score() {
      throw new Error('the code scorer grades asynchronously');
    },
    async grade({ case: c, output, toolCalls }) {
      const line = `${JSON.stringify({
        output,
        expected: c.expected ?? null,
        vars: c.vars,
        tags: c.tags,
        toolCalls: toolCalls ?? [],
        id: c.id,
      })}\n`;
      await slot();
      const timeout = AbortSignal.timeout(config.timeout_ms);
      try {
        return await (await workers()).call(line, timeout);
      } catch (error) {
        const message = timeout.aborted
          ? `no result within ${config.timeout_ms} ms (timeout_ms)`
          : (error as Error).message.replace(/^(the worker )?/, '');
        // recorded by the runner as a scorer error on this case (scorer_errors): only this score is missing
        throw new ProviderError(`${program}: ${message}`, false);
      } finally {
        free();
      }
    },
    async close() {
      await (await pool)?.close();
    },
  };
}
