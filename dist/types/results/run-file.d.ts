import type { Result } from '../core/result.js';
import { type HtmlOptions } from '../report/html.js';
import { Run } from './run-schema.js';
/** Reads a run.json; a file of another schema version is an input error, never compared blindly. */
export declare function readRunFile(path: string): Result<Run>;
export interface WrittenResults {
    runPath: string;
    reportPath: string;
    htmlPath: string;
}
/** Writes run.json, report.md and report.html into `dir` atomically (write, then rename). */
export declare function writeResults(dir: string, run: Run, report: string, html?: HtmlOptions): WrittenResults;
/** Writes the run as JUnit XML to `path` (write, then rename), for CI test views. */
export declare function writeJunit(path: string, run: Run): void;
