import type { EvalCase } from '../dataset/case.js';
import type { ChatMessage } from '../prompt/messages.js';
import type { ScoreRecord } from '../results/run-schema.js';
export interface ScoreInput {
    case: EvalCase;
    output: string;
    toolCalls?: unknown[];
}
/** A case-level scorer: `(case, output) → score in [0, 1]` with a pass/fail where it has one. */
export interface Scorer {
    readonly id: string;
    readonly type: string;
    /** Whether a failure of this scorer on a `severity: critical` case is a critical failure. */
    readonly critical: boolean;
    score(input: ScoreInput): ScoreRecord;
    /**
     * The scorer's settings in the style of sacreBLEU's signature (`nrefs:1|case:mixed|tok:13a|…`),
     * recorded in run.json so that its numbers can be reproduced; `cases` fill the reference count.
     */
    signature?(cases: readonly EvalCase[]): string;
    /**
     * Model-graded scorers (llm-judge) grade asynchronously through the runner instead of
     * `score`. Undefined: nothing to grade (no baseline output to compare with). Throws
     * ProviderError when the judge could not be reached; the runner records that on the case.
     */
    grade?(input: GradeInput): Promise<ScoreRecord | undefined>;
    /** Ends what the scorer started (a `code` scorer's worker processes); called once the run is over. */
    close?(): Promise<void>;
}
export interface GradeInput extends ScoreInput {
    suite: string;
    repeat: number;
    /** The rendered messages the answer was given to. */
    messages: ChatMessage[];
    baselineOutput?: string;
    signal?: AbortSignal;
}
export declare const binary: (pass: boolean, detail?: string) => ScoreRecord;
/** sacreBLEU's `nrefs`: the number of references every case has, or `var` when it differs. */
export declare function referenceCount(cases: readonly EvalCase[], references: (c: EvalCase) => readonly string[]): number | 'var';
