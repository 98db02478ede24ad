import type { Result } from '../core/result.js';
import { type HtmlOptions } from '../report/html.js';
import { Run } from './run-schema.js';
/**
 * Reads a run.json; a file of another schema version is an input error, never compared blindly.
 * The file is read in chunks and each record of `cases` is parsed and checked on its own, so a
 * large run (a baseline of 100,000 cases) is never held as one string and one parsed tree besides
 * its records (README "Large runs").
 */
export declare function readRunFile(path: string, chunk?: number): Result<Run>;
/**
 * Checks a run file as readRunFile does, every record included, and returns the run without its
 * records: what `evalgate run` needs of a baseline before its model calls, when it reads the
 * records again after them so that they are not held beside the dataset (README "Large runs").
 */
export declare function checkRunFile(path: string): Result<Run>;
export interface WrittenResults {
    runPath: string;
    reportPath: string;
    htmlPath: string;
}
/** Writes run.json, report.md and report.html into `dir` atomically (write, then rename). */
export declare function writeResults(dir: string, run: Run, report: string, html?: HtmlOptions): WrittenResults;
/** Writes the run as JUnit XML to `path` (write, then rename), for CI test views. */
export declare function writeJunit(path: string, run: Run): void;
/**
 * Writes `run` as JSON.stringify(run, null, 2) would, byte for byte, one record of `cases` at a
 * time: a large run is never one string in memory (README "Large runs").
 */
export declare function writeRunJson(path: string, run: Run): void;
