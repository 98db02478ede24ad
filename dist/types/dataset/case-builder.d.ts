import type { Result } from '../core/result.js';
import { type EvalCase } from './case.js';
/** The caps on a dataset (the gate config's `limits`). */
export interface DatasetLimits {
    cases: number;
    case_bytes: number;
}
/**
 * Validates raw case objects (from any dataset format) into cases with stable ids and
 * fingerprints; duplicate ids name both lines. Shared by the JSONL, YAML and CSV loaders.
 */
export declare class CaseBuilder {
    private readonly file;
    private readonly limits?;
    private readonly cases;
    private readonly issues;
    private readonly seen;
    /** Tags and expected values repeat across a large dataset's cases: one copy each (README "Large runs"). */
    private readonly share;
    /** More cases came than `limits.cases` allows: the rest are not parsed. */
    full: boolean;
    constructor(file: string, limits?: DatasetLimits | undefined);
    problem(line: number | undefined, message: string): void;
    add(raw: unknown, line: number): void;
    result(): Result<EvalCase[]>;
}
