import type { Result } from '../core/result.js';
import type { EvalCase } from './case.js';
import type { DatasetLimits } from './case-builder.js';
/** Reads a dataset by its extension: .jsonl (default), .yaml/.yml or .csv; with `limits`, a file too big for them is not read. */
export declare function loadDatasetFile(path: string, display: string, limits?: DatasetLimits): Result<EvalCase[]>;
