import type { EvalCase } from './case.js';
import type { Result } from '../core/result.js';
import { type DatasetLimits } from './case-builder.js';
/** JSONL: one case per line; BOM and CRLF tolerated, blank lines skipped. */
export declare function parseJsonl(text: string, file: string, limits?: DatasetLimits): Result<EvalCase[]>;
