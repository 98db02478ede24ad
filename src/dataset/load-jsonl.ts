import type { EvalCase } from './case.js';
import type { Result } from '../core/result.js';
import { CaseBuilder, type DatasetLimits } from './case-builder.js';
import { stripBom } from '../core/strip-bom.js';

/** JSONL: one case per line; BOM and CRLF tolerated, blank lines skipped. */
export function parseJsonl(text: string, file: string, limits?: DatasetLimits): Result<EvalCase[]> {
  const builder = new CaseBuilder(file, limits);
  stripBom(text)
    .split(/\r?\n/)
    .forEach((raw, index) => {
      if (builder.full || raw.trim() === '') return;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch (error) {
        builder.problem(index + 1, `invalid JSON: ${(error as Error).message.replace(/ in JSON at position.*$/, '')}`);
        return;
      }
      builder.add(json, index + 1);
    });
  return builder.result();
}
