import type { Annotation, Conclusion } from '../github/check-run.js';
import type { Run, Verdict } from '../results/run-schema.js';

/** Verdict → check conclusion (docs/github-action.md, "Verdict → check run and exit code"): only fail and error block. */
export const CONCLUSION: Record<Verdict, Conclusion> = {
  pass: 'success',
  warn: 'neutral',
  skipped: 'success',
  overridden: 'success',
  fail: 'failure',
  error: 'failure',
};

/** Verdict → the action's exit code. */
export const exitCodeOf = (verdict: Verdict): 0 | 1 => (verdict === 'fail' || verdict === 'error' ? 1 : 0);

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The check run's title: plain text, verdict first; an infrastructure error is "could not evaluate". */
export function checkTitle(run: Run): string {
  const d = run.decision!;
  const title =
    d.verdict === 'error'
      ? `could not evaluate: ${d.summary.replace(/^could not evaluate:?\s*/i, '')}`
      : d.verdict === 'overridden' && d.override
        ? `OVERRIDDEN by ${d.override.actor} (${d.override.permission}) — ${d.summary}`
        : `${d.verdict.toUpperCase()} — ${d.summary}`;
  return oneLine(title).slice(0, 255);
}

/** Caps the annotations one check run gets; the rest are in run.json. */
const MAX_ANNOTATIONS = 500;

/**
 * Annotations for the Files view: the dataset line of every failed critical case, and the
 * prompt file of every suite with a failing or unproven rule. Messages are plain text (the
 * Files view does not render Markdown). `inRepo` maps a run's path to a repository path.
 */
export function annotationsFor(run: Run, inRepo: (path: string) => string | null): Annotation[] {
  const d = run.decision;
  if (!d) return [];
  const out: Annotation[] = [];
  for (const c of d.critical_failures) {
    const suite = run.manifest.suites.find((s) => s.id === c.suite);
    const path = suite ? inRepo(suite.dataset) : null;
    if (!path || !c.line) continue;
    const output = c.output === null ? '(no output)' : oneLine(c.output).slice(0, 500);
    out.push({
      path,
      start_line: c.line,
      end_line: c.line,
      annotation_level: 'failure',
      title: `Critical case ${c.id} failed`.slice(0, 255),
      message: `Suite ${c.suite}, repeat ${c.repeat}: failed ${c.scorers.join(', ')}.\nOutput: ${output}`,
    });
  }
  for (const suite of run.manifest.suites) {
    const rules = d.rules.filter((r) => r.suite === suite.id && (r.outcome === 'fail' || r.outcome === 'warn'));
    const path = inRepo(suite.prompt);
    if (!rules.length || !path) continue;
    const failing = rules.some((r) => r.outcome === 'fail');
    out.push({
      path,
      start_line: 1,
      end_line: 1,
      annotation_level: failing ? 'failure' : 'warning',
      title: `evalgate: ${suite.id} ${failing ? 'fails' : 'warns'} with this prompt`,
      message: rules.map((r) => `${r.outcome === 'fail' ? '✗' : '!'} ${r.explanation}`).join('\n'),
    });
  }
  return out.slice(0, MAX_ANNOTATIONS);
}
