import type { ChildProcessWithoutNullStreams, spawn as Spawn } from 'node:child_process';
import type { createInterface as CreateInterface } from 'node:readline';
import { z } from 'zod';
import type { CommandProvider as CommandConfig } from '../config/schema.js';
import { commandEnvironment } from './command-env.js';
import { excerpt, tail, WorkerPool, STDERR_TAIL } from './json-lines-worker.js';
import { callSettings, ProviderError, type Provider, type ProviderRequest, type ProviderResponse } from './provider.js';

/** What the user's program prints: one JSON object (per case, or per line for a worker). */
export const CommandOutput = z.object({
  output: z.string(),
  tool_calls: z.array(z.unknown()).optional(),
  tokens: z
    .object({ prompt: z.number().nonnegative(), completion: z.number().nonnegative(), total: z.number().nonnegative() })
    .optional(),
  cost_usd: z.number().nonnegative().optional(),
  /** A worker's way to say this case failed for reasons outside the case (recorded as an infrastructure error). */
  error: z.string().optional(),
});

const MAX_STDOUT = 16 * 1024 * 1024;

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
export function createCommandProvider(
  name: string,
  config: z.output<typeof CommandConfig>,
  cwd: string,
  parentEnv: NodeJS.ProcessEnv = process.env,
): Provider {
  const env = commandEnvironment(config.env, parentEnv);
  // child_process and readline load with the first case, so runs that start no program don't pay for them
  let modules: Promise<Modules> | undefined;
  const load = () =>
    (modules ??= Promise.all([import('node:child_process'), import('node:readline')]).then(([cp, rl]) => ({
      spawn: cp.spawn,
      createInterface: rl.createInterface,
    })));
  const program = typeof config.command === 'string' ? config.command : config.command.join(' ');
  const starter =
    ({ spawn }: Modules) =>
    (): ChildProcessWithoutNullStreams =>
      typeof config.command === 'string'
        ? spawn(config.command, { cwd, env, shell: true, stdio: 'pipe' })
        : spawn(config.command[0]!, config.command.slice(1), { cwd, env, stdio: 'pipe' });
  let workers: WorkerPool<ProviderResponse> | undefined;

  return {
    name,
    type: 'command',
    model: config.model,
    ...callSettings(config),
    cacheIdentity: {
      type: 'command',
      command: config.command,
      mode: config.mode,
      stdout: config.stdout,
      env: config.env ?? null,
      model: config.model,
    },
    async call(request) {
      const loaded = await load();
      const line = `${JSON.stringify(requestLine(request))}\n`;
      if (config.mode === 'worker')
        return (workers ??= new WorkerPool(starter(loaded), loaded.createInterface, program, (line) =>
          parseOutput(line, program),
        )).call(line, request.signal);
      return runOnce(starter(loaded), program, line, config.stdout, request.signal);
    },
    async close() {
      await workers?.close();
    },
  };
}

interface Modules {
  spawn: typeof Spawn;
  createInterface: typeof CreateInterface;
}

function requestLine(request: ProviderRequest) {
  const lastUser = [...request.messages].reverse().find((m) => m.role === 'user');
  return {
    suite: request.suite,
    id: request.caseId,
    repeat: request.repeat,
    vars: request.vars ?? {},
    messages: request.messages,
    prompt: lastUser?.content ?? '',
  };
}

function parseOutput(text: string, program: string): ProviderResponse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ProviderError(
      `${program} printed something that is not JSON: ${excerpt(text)} (print {"output": "..."}, or set stdout: text)`,
      false,
    );
  }
  const parsed = CommandOutput.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ProviderError(
      `${program} printed JSON without a valid ${issue.path.join('.') || 'object'}: ${issue.message}`,
      false,
    );
  }
  if (parsed.data.error !== undefined) throw new ProviderError(`${program} reported: ${parsed.data.error}`, true);
  return {
    output: parsed.data.output,
    toolCalls: parsed.data.tool_calls,
    tokens: parsed.data.tokens,
    costUsd: parsed.data.cost_usd,
  };
}

function runOnce(
  start: () => ChildProcessWithoutNullStreams,
  program: string,
  line: string,
  mode: 'json' | 'text',
  signal?: AbortSignal,
): Promise<ProviderResponse> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ProviderError('aborted', true));
    const child = start();
    const stdout: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = () => {
      child.kill('SIGKILL');
      settle(() => reject(new ProviderError(`${program} was stopped`, true)));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_STDOUT) {
        child.kill('SIGKILL');
        settle(() => reject(new ProviderError(`${program} printed more than ${MAX_STDOUT / 1024 / 1024} MiB`, false)));
      } else stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL * 2);
    });
    child.on('error', (error) =>
      settle(() => reject(new ProviderError(`cannot start ${program}: ${error.message}`, false))),
    );
    child.on('close', (code, sig) => {
      settle(() => {
        if (code !== 0) {
          reject(
            new ProviderError(
              `${program} exited with ${sig ? `signal ${sig}` : `code ${code}`}${stderr.trim() ? `: ${tail(stderr)}` : ''}`,
              true,
            ),
          );
          return;
        }
        const text = Buffer.concat(stdout).toString('utf8');
        try {
          resolve(mode === 'text' ? { output: text.replace(/\r?\n$/, '') } : parseOutput(text.trim(), program));
        } catch (error) {
          reject(error);
        }
      });
    });
    // a program that exits without reading its input is fine; EPIPE is not its failure
    child.stdin.on('error', () => undefined);
    child.stdin.end(line);
  });
}
