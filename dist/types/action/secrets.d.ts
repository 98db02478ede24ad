import type { LoadedConfig } from '../config/load.js';
/** The environment variables holding model credentials for these suites' providers. */
export declare function credentialVariables(loaded: LoadedConfig, suites: readonly string[]): string[];
/** Credential variables that are empty: on a fork PR, GitHub passes no secrets. */
export declare function missingCredentials(loaded: LoadedConfig, suites: readonly string[], env?: NodeJS.ProcessEnv): string[];
/** Values that must never appear in a comment, a check run, the job summary or the artifact. */
export declare function secretValues(names: readonly string[], env?: NodeJS.ProcessEnv): string[];
/** Replaces every secret value in the text (longest first, so a secret containing another is masked whole). */
export declare function redact(text: string, secrets: readonly string[]): string;
/** Redacts every string inside a JSON-like value. */
export declare function redactDeep<T>(value: T, secrets: readonly string[]): T;
