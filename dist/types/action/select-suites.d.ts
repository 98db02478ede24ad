import type { LoadedConfig } from '../config/load.js';
import type { ChangedFiles } from '../github/changed-files.js';
import { type JudgingFile } from './gate-change.js';
/** A path relative to the repository root with forward slashes, or null when outside it. */
export declare function repoPath(repoRoot: string, absolute: string): string | null;
/** What makes a suite worth running: its `paths` globs, and the files it is built from. */
export interface GatedPaths {
    suite: string;
    /** The suite's `paths` globs, and the folder a `command` provider runs in (its program may read any file there). */
    globs: string[];
    /** The config itself and every file it references for this suite (prompt, dataset, recordings, schemas, modules, programs). */
    files: string[];
}
/**
 * The files a suite is judged by, besides the config (docs/github-action.md, "What counts as
 * a gate change"): each scorer's module, command words or JSON Schema file, and the files of the providers
 * its scorers call. A pull request that changes one changes the gate.
 */
export declare function judgingFiles(loaded: LoadedConfig, repoRoot: string): JudgingFile[];
export declare function gatedPaths(loaded: LoadedConfig, repoRoot: string): GatedPaths[];
export interface SuiteSelection {
    /** Suite ids to run, in config order; empty means nothing gated changed. */
    suites: string[];
    /** Per selected suite, the changed files that selected it. */
    because: {
        suite: string;
        files: string[];
    }[];
    /** One sentence for the report. */
    reason: string;
}
/**
 * Which suites a pull request's changes call for: a suite runs when a changed file matches
 * its `paths` globs (repository-relative, like `on.pull_request.paths`) or is the config or
 * a file the config references for it. When GitHub could not list every changed file, every
 * suite runs.
 */
export declare function selectSuites(loaded: LoadedConfig, changed: ChangedFiles, repoRoot: string): SuiteSelection;
