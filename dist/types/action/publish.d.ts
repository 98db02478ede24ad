import type { Run, Verdict } from '../results/run-schema.js';
import { type GateJob } from './gate-job.js';
export interface ActionResult {
    verdict: Verdict;
    exitCode: 0 | 1;
    resultsPath: string;
    reportPath: string;
    commentUrl: string;
    checkRunId: string;
}
/** Inserts trusted lines above the report's footer line. */
export declare function withNotes(markdown: string, notes: readonly string[]): string;
/**
 * Reports a decided Run everywhere it belongs: the check run (conclusion, summary,
 * annotations), the one PR comment, run.json and report.md, and the job summary. Secrets
 * are redacted from all of it. A check run that cannot be completed for a reason other than
 * permissions turns the verdict into `error`: the gate never passes silently.
 */
export declare function publish(job: GateJob, decided: Run): Promise<ActionResult>;
