import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Result } from '../core/result.js';
import { fail } from '../core/result.js';
import type { EvalCase } from './case.js';
import { parseCsvDataset } from './load-csv.js';
import { parseJsonl } from './load-jsonl.js';
import { parseYamlDataset } from './load-yaml.js';

/** Reads a dataset by its extension: .jsonl (default), .yaml/.yml or .csv. */
export function loadDatasetFile(path: string, display: string): Result<EvalCase[]> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return fail({
      file: display,
      message: `cannot read the dataset: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    });
  }
  switch (extname(path).toLowerCase()) {
    case '.yaml':
    case '.yml':
      return parseYamlDataset(text, display);
    case '.csv':
      return parseCsvDataset(text, display);
    default:
      return parseJsonl(text, display);
  }
}
