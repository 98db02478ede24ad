import type { Run } from '../results/run-schema.js';
/** The few lines a terminal shows after a run: verdict, why, where the files are. */
export declare function verdictSummary(run: Run, files?: {
    runPath: string;
    reportPath: string;
}): string;
/** Exit code for a verdict (README.md, "The CLI"): only fail and error exit non-zero; a run that did not finish exits 3. */
export declare function exitCodeFor(run: Run): 0 | 1 | 3;
