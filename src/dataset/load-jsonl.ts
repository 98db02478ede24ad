import type { EvalCase } from './case.js';
import type { Result } from '../core/result.js';
import { CaseBuilder, type DatasetLimits } from './case-builder.js';
import { stripBom } from '../core/strip-bom.js';
import { eachLine } from '../core/lines.js';

/** JSONL: one case per line; BOM and CRLF tolerated, blank lines skipped. */
export function parseJsonl(text: string, file: string, limits?: DatasetLimits): Result<EvalCase[]> {
  const builder = new CaseBuilder(file, limits);
  eachLine(stripBom(text), (raw, line) => {
    if (builder.full) return false;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      builder.problem(line, `invalid JSON: ${(error as Error).message.replace(/ in JSON at position.*$/, '')}`);
      return;
    }
    builder.add(json, line);
  });
  return builder.result();
}
