import type { Result } from '../core/result.js';
import type { EvalCase } from './case.js';
import { type DatasetLimits } from './case-builder.js';
/**
 * CSV with a header row (RFC 4180 quoting). Columns `id`, `expected`, `severity` and
 * `incident_output` map to those fields, `tags.X` to a tag, `vars.X` (or any other column) to a variable.
 */
export declare function parseCsvDataset(text: string, file: string, limits?: DatasetLimits): Result<EvalCase[]>;
type CsvRows = {
    ok: true;
    rows: {
        line: number;
        cells: string[];
    }[];
} | {
    ok: false;
    line: number;
    message: string;
};
/** RFC 4180 rows with the line each starts on (also read by `evalgate import promptfoo` for CSV tests). */
export declare function parseCsv(text: string): CsvRows;
export {};
