import { loadConfig, type LoadedConfig } from '../config/load.js';
import { InputError, type Result } from '../core/result.js';

/** Turns input issues into the InputError the entry point maps to exit code 2. */
export const unwrap = <T>(result: Result<T>): T => {
  if (!result.ok) throw new InputError(result.issues);
  return result.value;
};

export function loadOrThrow(file: string): LoadedConfig {
  return unwrap(loadConfig(file));
}
