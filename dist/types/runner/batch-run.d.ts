import { type EvalCase } from '../dataset/case.js';
import { type PromptTemplate } from '../prompt/messages.js';
import type { Caller, RunControl } from './caller.js';
export interface BatchSuite {
    suite: string;
    cases: readonly EvalCase[];
    repeats: number;
    prompt: PromptTemplate;
    caller: Caller;
}
export interface BatchRunSettings {
    control: RunControl;
    /** Where the batch id is kept between runs: `<cache dir>/batches/<request set hash>.json`. */
    cacheDir: string;
    log(line: string): void;
}
/**
 * Sends a suite's calls that the cache cannot answer through its provider's batch API and
 * hands the answers to its caller, so that the run then scores them as if called one by one
 * (docs/providers.md, "OpenAI Batch API"). The batch id is written to the cache dir under the
 * hash of the request set as soon as the batch exists: a re-run of the same requests (a
 * re-run job, a runner that was killed) resumes polling that batch instead of paying again.
 */
export declare function runThroughBatch(suite: BatchSuite, settings: BatchRunSettings): Promise<void>;
