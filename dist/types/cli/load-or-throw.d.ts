import { type LoadedConfig } from '../config/load.js';
import { type Result } from '../core/result.js';
/** Turns input issues into the InputError the entry point maps to exit code 2. */
export declare const unwrap: <T>(result: Result<T>) => T;
export declare function loadOrThrow(file: string): LoadedConfig;
