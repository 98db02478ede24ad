import { resolve } from 'node:path';
import { loadOrThrow, unwrap } from './load-or-throw.js';
import { describeBaseline } from '../pipeline/describe-baseline.js';
import { runGate } from '../pipeline/run-gate.js';
import { renderMarkdown } from '../report/markdown.js';
import { checkRunFile, readRunFile, writeJunit, writeResults } from '../results/run-file.js';
import { RunControl } from '../runner/caller.js';
import { Progress } from '../runner/progress.js';
import type { Run } from '../results/run-schema.js';
import type { Command } from './args.js';
import { gitHead } from './git-head.js';
import { exitCodeFor, verdictSummary } from './verdict-summary.js';

export type { Io } from './io.js';
import type { Io } from './io.js';

/** After a first Ctrl-C or SIGTERM the calls in flight may finish for this long (docs/providers.md, "Interrupting a run"). */
const INTERRUPT_GRACE_MS = 3_000;
/** The shell's convention: 128 + the signal's number. */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
type StopSignal = keyof typeof SIGNAL_EXIT;

export async function runCommand(cmd: Extract<Command, { command: 'run' }>, io: Io): Promise<number> {
  const loaded = loadOrThrow(cmd.config);
  const file = cmd.baseline && cmd.baseline !== 'none' ? cmd.baseline : null;
  // checked in full now, so a bad file is said before any model call; its records are read
  // again when the statistics need them, not held during the calls (README "Large runs")
  const checked = file ? unwrap(checkRunFile(file)) : null;
  let read: Run | undefined;
  const baseline = file ? () => (read ??= unwrap(readRunFile(file))) : null;
  let progress: Progress | undefined;
  const tty = process.stderr.isTTY === true && !process.env.CI;
  // the first signal stops new calls and keeps what finishes; the second quits at once
  const control = new RunControl();
  let interrupted: StopSignal | undefined;
  const onSignal = (signal: StopSignal) => {
    if (interrupted) {
      io.err(`\nevalgate: ${signal} again: quitting without writing results\n`);
      process.exit(SIGNAL_EXIT[signal]);
    }
    interrupted = signal;
    io.err(
      `\nevalgate: ${signal}: no new calls; waiting up to ${INTERRUPT_GRACE_MS / 1000} s for the calls in flight, then writing the results (again to quit at once)\n`,
    );
    control.stop(`interrupted by ${signal}`, 'interrupted', INTERRUPT_GRACE_MS);
  };
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const handler = () => onSignal(signal);
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
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
      budgetUsd: cmd.budgetUsd,
      force: cmd.force,
      log: cmd.quiet ? undefined : (line) => io.err(`${line}\n`),
      git: gitHead(loaded.dir, process.env),
      control,
      baseline,
      baselineInfo: checked && file ? describeBaseline(checked, `file ${file}`) : null,
      onStart: cmd.quiet
        ? undefined
        : (total, inFlight) =>
            (progress = new Progress(total, {
              write: (t) => io.err(t),
              tty,
              inFlight,
              columns: () => process.stderr.columns,
            })),
      onProgress: cmd.quiet ? undefined : (_done, _total, record) => progress?.record(record),
    });
    progress?.finish();
    progress = undefined;
    const code = finish(run, cmd.out, cmd.quiet, io, cmd.junit, baseline?.() ?? null);
    if (!run.incomplete) return code;
    const { kind, message, done, total } = run.incomplete;
    io.err(
      `evalgate: could not evaluate: ${message}; ${kind === 'interrupted' ? 'interrupted' : 'stopped'} at ${done}/${total} cases\n`,
    );
    return interrupted ? SIGNAL_EXIT[interrupted] : code;
  } finally {
    progress?.finish();
    for (const off of handlers) off();
  }
}

export function finish(
  run: Run,
  out: string,
  quiet: boolean,
  io: Io,
  junit?: string,
  baseline: Run | null = null,
): number {
  const files = writeResults(resolve(out), run, renderMarkdown(run, { baseline }), { baseline });
  if (junit) writeJunit(resolve(junit), run);
  if (!quiet) io.out(`${verdictSummary(run, files)}\n`);
  return exitCodeFor(run);
}
