import type { Result } from '../core/result.js';
import type { EvalCase } from './case.js';
import type { DatasetLimits } from './case-builder.js';
/** Reads a dataset by its extension: .jsonl (default), .yaml/.yml or .csv; with `limits`, a file too big for them is not read. */
export declare function loadDatasetFile(path: string, display: string, limits?: DatasetLimits): Result<EvalCase[]>;
/** A dataset file's text; with `limits`, a file too big for them is not read. */
export declare function readDatasetText(path: string, display: string, limits?: DatasetLimits): Result<string>;
/** A dataset's text, in the format its file name's extension says (a base branch's version read through the API; what add-case would write, read back). */
export declare function parseDatasetText(text: string, path: string, display: string, limits?: DatasetLimits): Result<EvalCase[]>;
