import type { Result } from '../core/result.js';
import type { EvalCase } from './case.js';
import { type DatasetLimits } from './case-builder.js';
/** YAML: a list of cases (or `cases:` holding one), each located by its line. */
export declare function parseYamlDataset(text: string, file: string, limits?: DatasetLimits): Result<EvalCase[]>;
