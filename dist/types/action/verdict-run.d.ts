import { type Manifest, type Run } from '../results/run-schema.js';
export interface VerdictRunInput {
    verdict: 'skipped' | 'error';
    /** Trusted text, already escaped where it quotes anything untrusted. */
    summary: string;
    reasons?: string[];
    config: {
        file: string;
        hash: string;
    };
    git: Manifest['git'];
    event: string | null;
    pr: number | null;
    tier: string;
    startedAt: string;
}
/**
 * A run.json for a run that evaluated nothing: no gated change (skipped), or a run that could
 * not start (error). It has the same shape as any run, so the report, the check run and the
 * artifact treat it the same way.
 */
export declare function verdictRun(input: VerdictRunInput): Run;
/** Marks a run that was cut short by an infrastructure failure, keeping what it finished; `reasons` say why. */
export declare function asError(run: Run, summary: string, reasons: string[]): Run;
