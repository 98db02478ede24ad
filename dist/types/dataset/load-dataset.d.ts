import type { Result } from '../core/result.js';
import type { EvalCase } from './case.js';
/** Reads a dataset by its extension: .jsonl (default), .yaml/.yml or .csv. */
export declare function loadDatasetFile(path: string, display: string): Result<EvalCase[]>;
