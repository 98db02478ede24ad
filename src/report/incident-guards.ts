import type { Run } from '../results/run-schema.js';

/**
 * Cases made from incidents (`evalgate add-case`: tag `source: incident`), listed apart in the
 * report (docs/governance.md, "Incidents become regression cases"): each is a guard that a
 * production failure does not come back.
 */
export interface IncidentGuard {
  id: string;
  /** The incident reference (tag `incident`), when the case has one. */
  ref: string | null;
  /** `fail`: some repeat failed a scorer; `error`: it could not be evaluated (never a pass). */
  status: 'pass' | 'fail' | 'error';
  /** The scorers it failed, or the error. */
  why: string[];
}

export function incidentGuards(run: Run, suite: string): IncidentGuard[] {
  const guards = new Map<string, IncidentGuard>();
  for (const r of run.cases) {
    if (r.suite !== suite || r.tags.source !== 'incident') continue;
    const guard = guards.get(r.id) ?? { id: r.id, ref: r.tags.incident ?? null, status: 'pass', why: [] };
    guards.set(r.id, guard);
    if (guard.status === 'error') continue;
    const failed = Object.entries(r.scores)
      .filter(([, s]) => s.pass === false)
      .map(([scorer]) => scorer);
    if (r.error || Object.keys(r.scorer_errors ?? {}).length) {
      guard.status = 'error';
      guard.why = [r.error?.message ?? Object.values(r.scorer_errors ?? {})[0]!];
    } else if (failed.length) {
      guard.status = 'fail';
      guard.why = [...new Set([...guard.why, ...failed])];
    }
  }
  return [...guards.values()];
}
