import { readFileSync } from 'node:fs';
import type { LoadedConfig } from '../config/load.js';
import { InputError } from '../core/result.js';
import { stripBom } from '../core/strip-bom.js';
import { convertForeignRun, foreignFormat } from '../import/foreign-run.js';
import { inspectEvalArchive } from '../import/unzip.js';
import { describeBaseline } from '../pipeline/describe-baseline.js';
import { finalizeRun } from '../pipeline/finalize.js';
import { readRunFile } from '../results/run-file.js';
import type { Run } from '../results/run-schema.js';
import type { Command } from './args.js';
import { finish } from './commands.js';
import type { Io } from './io.js';
import { loadOrThrow, unwrap } from './load-or-throw.js';

/** Re-decides from two existing runs, without calling a model. */
export function compareCommand(cmd: Extract<Command, { command: 'compare' }>, io: Io): number {
  const loaded = loadOrThrow(cmd.config);
  const current = readAnyRun(cmd.current, loaded);
  const baseline = readAnyRun(cmd.baseline, loaded);
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
  return finish(run, cmd.out, cmd.quiet, io, cmd.junit, baseline);
}

/**
 * An evalgate run.json, or another tool's results (a promptfoo results JSON, an Inspect eval
 * log in JSON) mapped onto the config's suites and aggregated like a run of them.
 */
function readAnyRun(file: string, loaded: LoadedConfig): Run {
  let json: unknown;
  try {
    const bytes = readFileSync(file);
    // an Inspect .eval log is a ZIP archive ("PK")
    json = bytes.readUInt16LE(0) === 0x4b50 ? inspectEvalArchive(bytes) : JSON.parse(stripBom(bytes.toString('utf8')));
  } catch {
    return unwrap(readRunFile(file)); // says what is wrong with the file
  }
  if (!foreignFormat(json)) return unwrap(readRunFile(file));
  const foreign = unwrap(convertForeignRun(json, file, loaded.suites));
  return finalizeRun({
    loaded,
    manifest: foreign.manifest,
    records: foreign.records,
    baseline: null,
    baselineInfo: null,
  });
}
