import type { EvalCase } from '../dataset/case.js';
import { type PromptTemplate } from '../prompt/messages.js';
import type { CaseRecord } from '../results/run-schema.js';
import type { Scorer } from '../scorers/scorer.js';
import type { Caller, RunControl } from './caller.js';
export interface SuitePlan {
    suite: string;
    cases: EvalCase[];
    repeats: number;
    prompt: PromptTemplate;
    caller: Caller;
    scorers: Scorer[];
    /** Scorers that apply to one case only (its `assert:` list in the dataset), by case id. */
    caseScorers?: ReadonlyMap<string, Scorer[]>;
    /** The baseline's output per `id\0repeat`, for scorers that compare with it (llm-judge-pairwise). */
    baselineOutputs?: ReadonlyMap<string, string>;
}
export interface ExecuteOptions {
    control: RunControl;
    onRecord?: (record: CaseRecord) => void;
}
export interface SuiteExecution {
    /** Every finished case × repeat, in dataset order; calls abandoned when the run stopped are absent. */
    records: CaseRecord[];
    /** Why the run stopped early (circuit breaker), or null. */
    stopped: string | null;
}
export declare const baselineKey: (id: string, repeat: number) => string;
/**
 * Calls the provider for every case × repeat and scores what came back. More cases are
 * in progress than calls in flight, so that a case waiting out a Retry-After never holds
 * a slot a ready case could use; the caller's limiter bounds the calls themselves.
 */
export declare function executeSuite(plan: SuitePlan, options: ExecuteOptions): Promise<SuiteExecution>;
