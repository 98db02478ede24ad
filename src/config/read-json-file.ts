import { readFileSync } from 'node:fs';
import type { Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';
import { stripBom } from '../core/strip-bom.js';
import { displayPath } from './load.js';

/** A JSON file a config names (a JSON Schema, a tools list), as a value or an issue naming the file. */
export function readJsonFile(path: string): Result<unknown> {
  try {
    return ok(JSON.parse(stripBom(readFileSync(path, 'utf8'))));
  } catch (error) {
    return fail({
      file: displayPath(path),
      message: `cannot read JSON: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    });
  }
}
