// One suite's contamination check (docs/governance.md, "Contamination and lineage"): its cases
// against the corpus files and, always, its own prompt file. Shared by `evalgate contamination`
// and by a run whose suite names a corpus (the `contamination.rate` metric).
import type { Result } from '../core/result.js';
import { ok } from '../core/result.js';
import type { EvalCase } from '../dataset/case.js';
import type { ContaminationManifest } from '../results/run-schema.js';
import { scanCorpus, type CorpusFile, type CorpusStats } from './corpus.js';
import { OverlapIndex, overlapCase, type CaseOverlap, type OverlapSettings } from './overlap.js';

export interface SuiteCheckInput {
  cases: readonly EvalCase[];
  /** The suite's prompt file: a corpus document, and where an expected answer must not be. */
  prompt: { display: string; text: string };
  corpus: readonly CorpusFile[];
  settings: OverlapSettings;
}

export interface SuiteCheck {
  results: CaseOverlap[];
  /** The prompt's lines, then each corpus file's. */
  read: CorpusStats[];
  manifest: ContaminationManifest;
}

export async function checkSuite(input: SuiteCheckInput): Promise<Result<SuiteCheck>> {
  const index = new OverlapIndex(input.cases.map(overlapCase), input.settings);
  const promptLines = input.prompt.text.split('\n');
  index.beginDocument(input.prompt.display);
  promptLines.forEach((text, k) => index.feed(text, k + 1));
  const scanned = await scanCorpus(index, input.corpus);
  if (!scanned.ok) return scanned;
  const results = index.results([{ source: input.prompt.display, text: input.prompt.text }]);
  const read = [
    { file: input.prompt.display, lines: promptLines.length, bytes: Buffer.byteLength(input.prompt.text) },
    ...scanned.value,
  ];
  return ok({
    results,
    read,
    manifest: {
      n: input.settings.n,
      threshold: input.settings.threshold,
      corpus: read,
      cases: results.length,
      flagged: results.filter((r) => r.flagged).length,
    },
  });
}
