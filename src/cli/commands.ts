import { resolve } from 'node:path';
import { loadOrThrow, unwrap } from './load-or-throw.js';
import { describeBaseline } from '../pipeline/describe-baseline.js';
import { runGate } from '../pipeline/run-gate.js';
import { renderMarkdown } from '../report/markdown.js';
import { readRunFile, writeResults } from '../results/run-file.js';
import { Progress } from '../runner/progress.js';
import type { Run } from '../results/run-schema.js';
import type { Command } from './args.js';
import { gitHead } from './git-head.js';
import { exitCodeFor, verdictSummary } from './verdict-summary.js';

export type { Io } from './io.js';
import type { Io } from './io.js';

export async function runCommand(cmd: Extract<Command, { command: 'run' }>, io: Io): Promise<number> {
  const loaded = loadOrThrow(cmd.config);
  const baseline = cmd.baseline && cmd.baseline !== 'none' ? unwrap(readRunFile(cmd.baseline)) : null;
  let progress: Progress | undefined;
  const tty = process.stderr.isTTY === true && !process.env.CI;
  try {
    const run = await runGate({
      loaded,
      tier: cmd.tier,
      suites: cmd.suites,
      shard: cmd.shard,
      repeats: cmd.repeats,
      concurrency: cmd.concurrency,
      noCache: cmd.noCache,
      cacheDir: cmd.cacheDir,
      record: cmd.record,
      git: gitHead(loaded.dir, process.env),
      baseline,
      baselineInfo: baseline && cmd.baseline ? describeBaseline(baseline, `file ${cmd.baseline}`) : null,
      onProgress: cmd.quiet
        ? undefined
        : (_done, total, record) => (progress ??= new Progress(total, { write: (t) => io.err(t), tty })).record(record),
    });
    progress?.finish();
    return finish(run, cmd.out, cmd.quiet, io);
  } catch (error) {
    progress?.finish();
    throw error;
  }
}

export function finish(run: Run, out: string, quiet: boolean, io: Io): number {
  const files = writeResults(resolve(out), run, renderMarkdown(run));
  if (!quiet) io.out(`${verdictSummary(run, files)}\n`);
  return exitCodeFor(run);
}
