import { InputError } from '../core/result.js';
import { describeBaseline } from '../pipeline/describe-baseline.js';
import { finalizeRun } from '../pipeline/finalize.js';
import { readRunFile } from '../results/run-file.js';
import type { Command } from './args.js';
import { finish } from './commands.js';
import type { Io } from './io.js';
import { loadOrThrow, unwrap } from './load-or-throw.js';

/** Re-decides from two existing run.json files, without calling a model. */
export function compareCommand(cmd: Extract<Command, { command: 'compare' }>, io: Io): number {
  const loaded = loadOrThrow(cmd.config);
  const current = unwrap(readRunFile(cmd.current));
  const baseline = unwrap(readRunFile(cmd.baseline));
  const missing = current.manifest.suites.filter((s) => !loaded.suites.some((c) => c.id === s.id));
  if (missing.length)
    throw new InputError([
      { file: cmd.current, message: `suites not in ${cmd.config}: ${missing.map((s) => s.id).join(', ')}` },
    ]);
  const run = finalizeRun({
    loaded,
    manifest: current.manifest,
    records: current.cases,
    baseline,
    baselineInfo: describeBaseline(baseline, `file ${cmd.baseline}`),
    incomplete: current.incomplete,
  });
  return finish(run, cmd.out, cmd.quiet, io, cmd.junit);
}
