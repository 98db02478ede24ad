import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';
import type { EvalCase } from './case.js';
import type { DatasetLimits } from './case-builder.js';
import { parseCsvDataset } from './load-csv.js';
import { parseJsonl } from './load-jsonl.js';
import { parseYamlDataset } from './load-yaml.js';

/** Reads a dataset by its extension: .jsonl (default), .yaml/.yml or .csv; with `limits`, a file too big for them is not read. */
export function loadDatasetFile(path: string, display: string, limits?: DatasetLimits): Result<EvalCase[]> {
  const text = readDatasetText(path, display, limits);
  return text.ok ? parseDatasetText(text.value, path, display, limits) : text;
}

/** A dataset file's text; with `limits`, a file too big for them is not read. */
export function readDatasetText(path: string, display: string, limits?: DatasetLimits): Result<string> {
  try {
    const most = limits ? limits.cases * limits.case_bytes : Infinity;
    const size = statSync(path).size;
    if (size > most)
      return fail({
        file: display,
        message: `the dataset is ${size} bytes, more than limits.cases × limits.case_bytes (${most}) in the gate config allow`,
      });
    return ok(readFileSync(path, 'utf8'));
  } catch (error) {
    return fail({
      file: display,
      message: `cannot read the dataset: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    });
  }
}

/** A dataset's text, in the format its file name's extension says (a base branch's version read through the API; what add-case would write, read back). */
export function parseDatasetText(
  text: string,
  path: string,
  display: string,
  limits?: DatasetLimits,
): Result<EvalCase[]> {
  switch (extname(path).toLowerCase()) {
    case '.yaml':
    case '.yml':
      return parseYamlDataset(text, display, limits);
    case '.csv':
      return parseCsvDataset(text, display, limits);
    default:
      return parseJsonl(text, display, limits);
  }
}
