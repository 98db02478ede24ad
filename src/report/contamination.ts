// What `evalgate contamination` prints (docs/governance.md, "Contamination and lineage"): a table
// of the flagged cases per suite, or the JSON form with every case.
import type { CaseOverlap } from '../contamination/overlap.js';
import type { ContaminationManifest } from '../results/run-schema.js';

export const CONTAMINATION_SCHEMA = 'evalgate/contamination@1';

export interface SuiteContamination {
  suite: string;
  dataset: string;
  check: ContaminationManifest;
  results: readonly CaseOverlap[];
}

const percent = (x: number) => `${(x * 100).toFixed(x > 0 && x < 0.001 ? 2 : 1)}%`;

export function contaminationJson(suites: readonly SuiteContamination[]): string {
  return `${JSON.stringify(
    {
      schema: CONTAMINATION_SCHEMA,
      suites: suites.map((s) => ({
        suite: s.suite,
        dataset: s.dataset,
        ...s.check,
        rate: s.check.cases ? s.check.flagged / s.check.cases : 0,
        results: s.results,
      })),
    },
    null,
    2,
  )}\n`;
}

export function contaminationTable(suites: readonly SuiteContamination[]): string {
  return suites.map(suiteTable).join('\n');
}

function suiteTable(s: SuiteContamination): string {
  const { check } = s;
  const flagged = s.results.filter((r) => r.flagged);
  const head = `suite ${s.suite} (${s.dataset}): ${flagged.length ? `${flagged.length} of ${check.cases} cases flagged (${percent(flagged.length / check.cases)})` : `no case of ${check.cases} flagged`}; ${check.n}-grams, flagged at ≥ ${percent(check.threshold)} overlap or with the answer in the prompt`;
  const read = `  read: ${check.corpus.map((f) => `${f.file} (${f.lines} line${f.lines === 1 ? '' : 's'})`).join(', ')}`;
  if (!flagged.length) return `${head}\n${read}\n`;
  const rows = flagged.map((r) => [
    r.id,
    r.line === undefined ? '' : String(r.line),
    r.expected_in_prompt && r.overlap < check.threshold
      ? 'answer in prompt'
      : `${percent(r.overlap)} (${r.matched}/${r.grams})${r.expected_in_prompt ? ', answer in prompt' : ''}`,
    r.first ? `${r.first.source}:${r.first.line}` : '',
  ]);
  const header = ['case', 'line', 'overlap', 'first match'];
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((row) => row[k]!.length)));
  const line = (cells: string[]) =>
    `  ${cells.map((c, k) => (k === 1 ? c.padStart(widths[k]!) : c.padEnd(widths[k]!))).join('  ')}`.trimEnd();
  return `${head}\n${read}\n${[header, ...rows].map(line).join('\n')}\n`;
}
