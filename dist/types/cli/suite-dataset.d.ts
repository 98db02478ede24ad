import { type LoadedConfig, type LoadedSuite } from '../config/load.js';
import type { EvalCase } from '../dataset/case.js';
/** One suite of a gate config with its dataset loaded: what add-case and redteam work on. */
export interface SuiteDataset {
    loaded: LoadedConfig;
    suite: LoadedSuite;
    /** The dataset path for messages. */
    display: string;
    cases: EvalCase[];
}
export declare function loadSuiteDataset(config: string, suiteId: string): SuiteDataset;
/**
 * Replaces `path` with `bytes` in one step (write beside it, then rename), keeping its mode, so
 * a failure part-way leaves the old file as it was. `before`, when given, is the content the
 * new bytes were computed from: if the file changed meanwhile, nothing is written.
 */
export declare function replaceFile(path: string, bytes: Buffer | string, before?: Buffer): void;
