import type { Run } from '../results/run-schema.js';

const WORD = {
  pass: 'PASS',
  warn: 'WARN',
  fail: 'FAIL',
  overridden: 'OVERRIDDEN',
  skipped: 'SKIPPED',
  error: 'ERROR',
} as const;

/** The few lines a terminal shows after a run: verdict, why, where the files are. */
export function verdictSummary(run: Run, files?: { runPath: string; reportPath: string }): string {
  const d = run.decision!;
  const lines = [`evalgate: ${WORD[d.verdict]} — ${d.summary}`];
  // an unfinished run says why; its rules, checked on part of the cases, decide nothing
  if (d.verdict === 'error') for (const reason of d.reasons) lines.push(`  ✗ ${reason}`);
  for (const r of d.verdict === 'error' ? [] : d.rules.filter((o) => o.outcome === 'fail' || o.outcome === 'warn'))
    lines.push(`  ${r.outcome === 'fail' ? '✗' : '!'} ${r.suite}: ${r.explanation}`);
  for (const note of d.override_notes ?? []) lines.push(`  ! ${note}`);
  for (const c of d.critical_failures)
    lines.push(
      `  ✗ critical case ${c.suite}/${c.id}${c.line ? ` (dataset line ${c.line})` : ''} ${c.scorers.length ? `failed ${c.scorers.join(', ')}` : `could not be evaluated: ${c.error ?? 'no score'}`}`,
    );
  if (files) lines.push(`  results: ${files.runPath}`, `  report:  ${files.reportPath}`);
  return lines.join('\n');
}

/** Exit code for a verdict (README.md, "The CLI"): only fail and error exit non-zero; a run that did not finish exits 3. */
export function exitCodeFor(run: Run): 0 | 1 | 3 {
  if (run.incomplete) return 3;
  return run.decision?.verdict === 'fail' || run.decision?.verdict === 'error' ? 1 : 0;
}
