import type { Run } from '../results/run-schema.js';
/**
 * The report's "top failure modes" (docs/governance.md, "Failure taxonomy"): a suite's failed
 * scores grouped by scorer and by a short reason — the scorer's detail, or the judge's reason,
 * clustered by the overlap of their normalised word bigrams — with their slices, a count and
 * one example each; failures the baseline did not have come first.
 */
export interface FailureMode {
    scorer: string;
    /** The first reason of the cluster as written (empty when the scorer gives none). */
    reason: string;
    count: number;
    /** Failures the baseline did not have (null without a baseline). */
    new: number | null;
    /** `tag=value` of each configured slice, with its failures, most first. */
    slices: [string, number][];
    example: {
        id: string;
        repeat: number;
        output: string | null;
    };
}
export interface SuiteFailureModes {
    suite: string;
    /** Failed scores (case × repeat × scorer); an errored case is not a failure. */
    failed: number;
    modes: FailureMode[];
    /** Judges' failure tags over the failed scores (llm-judge `failure_tags`), most first. */
    tags: [string, number][];
}
/** Lower case, quoted text and numbers replaced by a mark, punctuation dropped: what reasons about different cases share. */
export declare function normaliseReason(reason: string): string[];
export declare function failureModes(run: Run, suite: string, baseline?: Run | null): SuiteFailureModes;
