import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { displayPath, type LoadedConfig, type LoadedSuite } from '../config/load.js';
import { InputError } from '../core/result.js';
import { didYouMean } from '../core/suggest.js';
import type { EvalCase } from '../dataset/case.js';
import { loadDatasetFile } from '../dataset/load-dataset.js';
import { loadOrThrow, unwrap } from './load-or-throw.js';

/** One suite of a gate config with its dataset loaded: what add-case and redteam work on. */
export interface SuiteDataset {
  loaded: LoadedConfig;
  suite: LoadedSuite;
  /** The dataset path for messages. */
  display: string;
  cases: EvalCase[];
}

export function loadSuiteDataset(config: string, suiteId: string): SuiteDataset {
  const loaded = loadOrThrow(config);
  const suite = loaded.suites.find((s) => s.id === suiteId);
  if (!suite) {
    const ids = loaded.suites.map((s) => s.id);
    throw new InputError([
      {
        file: '(arguments)',
        message: `--suite ${suiteId}: no such suite in ${config}${didYouMean(suiteId, ids)}; suites: ${ids.join(', ')}`,
      },
    ]);
  }
  // a pack's cases ship inside evalgate (docs/governance.md): never a file to append to or write beside
  if (suite.packInfo)
    throw new InputError([
      {
        file: loaded.file,
        ...loaded.locate(['suites', loaded.suites.indexOf(suite), 'pack']),
        message: `suite "${suite.id}" runs the pack ${suite.pack}, whose cases ship with evalgate; use a suite with its own dataset: file`,
      },
    ]);
  const display = displayPath(suite.datasetPath);
  const cases = unwrap(loadDatasetFile(suite.datasetPath, display, loaded.config.limits));
  return { loaded, suite, display, cases };
}

/**
 * Replaces `path` with `bytes` in one step (write beside it, then rename), keeping its mode, so
 * a failure part-way leaves the old file as it was. `before`, when given, is the content the
 * new bytes were computed from: if the file changed meanwhile, nothing is written.
 */
export function replaceFile(path: string, bytes: Buffer | string, before?: Buffer): void {
  const temp = join(dirname(path), `.${basename(path)}.evalgate-${process.pid}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o777;
  } catch {
    mode = undefined;
  }
  let written = false;
  try {
    writeFileSync(temp, bytes, { flag: 'wx', ...(mode === undefined ? {} : { mode }) });
    written = true;
    if (before !== undefined && !readFileSync(path).equals(before))
      throw new InputError([
        { file: displayPath(path), message: 'the file changed while evalgate was writing it; run the command again' },
      ]);
    renameSync(temp, path);
  } catch (error) {
    if (written) rmSync(temp, { force: true });
    if (error instanceof InputError) throw error;
    throw new InputError([
      {
        file: displayPath(path),
        message: `cannot write: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; the file is unchanged`,
      },
    ]);
  }
}
