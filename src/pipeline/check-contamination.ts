import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { displayPath, type LoadedConfig } from '../config/load.js';
import { InputError } from '../core/result.js';
import { checkSuite } from '../contamination/check-suite.js';
import type { EvalCase } from '../dataset/case.js';
import type { PlannedSuite } from './plan-suites.js';

/**
 * Before the first model call: each suite with a `contamination:` corpus has the cases it may run
 * checked against it (docs/governance.md, "Contamination and lineage"), so that every record
 * carries its overlap for the `contamination.rate` metric and the manifest says what was read.
 * An unreadable corpus stops the run as bad input.
 */
export async function checkContamination(loaded: LoadedConfig, planned: PlannedSuite[]): Promise<PlannedSuite[]> {
  const out: PlannedSuite[] = [];
  for (const suite of planned) {
    const settings = suite.config.contamination;
    if (!settings) {
      out.push(suite);
      continue;
    }
    const runnable = [...suite.cases, ...(suite.adaptive?.remaining ?? [])];
    const checked = await checkSuite({
      cases: runnable,
      prompt: { display: displayPath(suite.config.promptPath), text: readFileSync(suite.config.promptPath, 'utf8') },
      corpus: configuredCorpus(loaded.dir, settings.corpus),
      settings,
    });
    if (!checked.ok) throw new InputError(checked.issues);
    const byId = new Map(checked.value.results.map((r) => [r.id, { overlap: r.overlap, flagged: r.flagged }]));
    const annotate = (c: EvalCase): EvalCase => ({ ...c, contamination: byId.get(c.id)! });
    out.push({
      ...suite,
      cases: suite.cases.map(annotate),
      ...(suite.adaptive ? { adaptive: { ...suite.adaptive, remaining: suite.adaptive.remaining.map(annotate) } } : {}),
      manifest: { ...suite.manifest, contamination: checked.value.manifest },
    });
  }
  return out;
}

/** A suite's `contamination.corpus` files, resolved against the config's folder. */
export const configuredCorpus = (dir: string, paths: readonly string[]) =>
  paths.map((path) => {
    const absolute = resolve(dir, path);
    return { path: absolute, display: displayPath(absolute) };
  });
