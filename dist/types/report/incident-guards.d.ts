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
export declare function incidentGuards(run: Run, suite: string): IncidentGuard[];
