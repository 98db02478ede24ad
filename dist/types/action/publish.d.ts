import type { Verdict } from '../results/run-schema.js';
import { type Evaluation, type Shell } from './evaluation.js';
export interface ActionResult {
    verdict: Verdict;
    exitCode: 0 | 1;
    resultsPath: string;
    reportPath: string;
    commentUrl: string;
    checkRunId: string;
}
/**
 * Reports a decided Run everywhere it belongs: the check run (conclusion, summary,
 * annotations), the one PR comment, run.json and report.md, and the job summary. Secrets
 * are redacted from all of it. A check run that cannot be completed for a reason other than
 * permissions turns the verdict into `error`: the gate never passes silently.
 */
export declare function publish(evaluation: Evaluation, { settings, gh, log }: Shell): Promise<ActionResult>;
