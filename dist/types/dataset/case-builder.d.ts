import type { Result } from '../core/result.js';
import { type EvalCase } from './case.js';
/**
 * Validates raw case objects (from any dataset format) into cases with stable ids and
 * fingerprints; duplicate ids name both lines. Shared by the JSONL, YAML and CSV loaders.
 */
export declare class CaseBuilder {
    private readonly file;
    private readonly cases;
    private readonly issues;
    private readonly seen;
    constructor(file: string);
    problem(line: number | undefined, message: string): void;
    add(raw: unknown, line: number): void;
    result(): Result<EvalCase[]>;
}
