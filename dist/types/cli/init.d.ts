import type { Io } from './commands.js';
import { type GatedPaths } from '../action/select-suites.js';
export interface InitOptions {
    /** The repository root to scaffold into. */
    dir: string;
    /** The base branch: baseline workflow trigger and the config's baseline branch. */
    branch: string;
    /** Also write the trusted pull_request_target stage for fork PRs (and let the PR workflow skip forks). */
    forks: boolean;
    /** The full commit SHA of the evalgate release to pin the workflows to. */
    actionSha?: string;
    /** Overwrite files that exist. */
    force: boolean;
    /** Also write the weekly gate-health workflow (docs/report.md). */
    health?: boolean;
}
export interface InitResult {
    written: string[];
    /** Starter files that were there already; without `force` nothing is written when any exists. */
    existing: string[];
}
/** The bundled templates, found from wherever this module was bundled to. */
export declare function templatesRoot(): string;
/** The action reference the workflows use: pinned to a commit when the SHA is known. */
export declare function actionReference(sha: string | undefined): string;
/** Fills a template's placeholders (`__NAME__`; `{{var}}` belongs to evalgate's own prompt templates). */
export declare function fillTemplate(text: string, options: Pick<InitOptions, 'branch' | 'forks' | 'actionSha'>): string;
/**
 * The baseline workflow's `on.push.paths`: every suite's `paths` globs, then the files the
 * gate reads that no glob covers (the config, prompts, datasets, schemas, recordings). `!`
 * globs are left out: one suite's exclusion must not stop another suite's baseline.
 */
export declare function baselineTriggerPaths(gated: readonly GatedPaths[]): string[];
/**
 * Writes the starter gate, dataset, prompt and workflows. When any of them exists already
 * (init ran before, and the user may have renamed or deleted the rest), nothing is written
 * unless `force`: a re-run must not bring back starter files the user no longer uses.
 */
export declare function initProject(options: InitOptions): InitResult;
export declare function initCommand(options: InitOptions, io: Io): number;
