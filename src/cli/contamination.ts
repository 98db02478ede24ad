import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { displayPath } from '../config/load.js';
import { CONTAMINATION_DEFAULTS } from '../config/schema.js';
import { InputError } from '../core/result.js';
import { checkSuite } from '../contamination/check-suite.js';
import { loadDatasetFile } from '../dataset/load-dataset.js';
import { configuredCorpus } from '../pipeline/check-contamination.js';
import { contaminationJson, contaminationTable, type SuiteContamination } from '../report/contamination.js';
import { didYouMean } from '../core/suggest.js';
import type { Command } from './args.js';
import type { Io } from './io.js';
import { loadOrThrow, unwrap } from './load-or-throw.js';

/**
 * Each selected suite's cases against the corpus (`--corpus`, else the suite's
 * `contamination.corpus`) and the suite's prompt file. Exit 1 when a case is flagged, so a
 * workflow step can stop on it; 2 for bad input (docs/governance.md).
 */
export async function contaminationCommand(
  cmd: Extract<Command, { command: 'contamination' }>,
  io: Io,
): Promise<number> {
  const loaded = loadOrThrow(cmd.config);
  const ids = loaded.suites.map((s) => s.id);
  const unknown = cmd.suites.find((id) => !ids.includes(id));
  if (unknown)
    throw new InputError([
      {
        file: '(arguments)',
        message: `--suite ${unknown}: no such suite${didYouMean(unknown, ids)}; suites: ${ids.join(', ')}`,
      },
    ]);
  const suites = cmd.suites.length ? loaded.suites.filter((s) => cmd.suites.includes(s.id)) : loaded.suites;
  const out: SuiteContamination[] = [];
  for (const suite of suites) {
    const dataset = displayPath(suite.datasetPath);
    const cases = unwrap(loadDatasetFile(suite.datasetPath, dataset, loaded.config.limits));
    const configured = suite.contamination;
    const corpus = cmd.corpus.length
      ? cmd.corpus.map((path) => ({ path: resolve(path), display: path }))
      : configuredCorpus(loaded.dir, configured?.corpus ?? []);
    const checked = unwrap(
      await checkSuite({
        cases,
        prompt: { display: displayPath(suite.promptPath), text: readFileSync(suite.promptPath, 'utf8') },
        corpus,
        settings: {
          n: cmd.n ?? configured?.n ?? CONTAMINATION_DEFAULTS.n,
          threshold: cmd.threshold ?? configured?.threshold ?? CONTAMINATION_DEFAULTS.threshold,
        },
      }),
    );
    out.push({ suite: suite.id, dataset, check: checked.manifest, results: checked.results });
  }
  io.out(cmd.json ? contaminationJson(out) : contaminationTable(out));
  return out.some((s) => s.check.flagged > 0) ? 1 : 0;
}
