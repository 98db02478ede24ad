import type { Result } from '../core/result.js';
/** A JSON file a config names (a JSON Schema, a tools list), as a value or an issue naming the file. */
export declare function readJsonFile(path: string): Result<unknown>;
