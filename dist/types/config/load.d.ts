import type { Result } from '../core/result.js';
import { GateConfig, type SuiteConfig } from './schema.js';
import { type YamlDocument } from './yaml-document.js';
export interface LoadedSuite extends SuiteConfig {
    promptPath: string;
    datasetPath: string;
    /** Hashes of each scorer's and rule's definition as written, to compare with a baseline's. */
    hashes: {
        scorers: Record<string, string>;
        rules: string[];
    };
}
export interface LoadedConfig {
    /** The config file as the user named it, for messages. */
    file: string;
    dir: string;
    /** Hash of the validated config, recorded in run.json. */
    hash: string;
    config: GateConfig;
    suites: LoadedSuite[];
    locate: YamlDocument['locate'];
}
/** A path for messages: relative to the working directory when inside it. */
export declare function displayPath(absolute: string): string;
export declare function formatPath(path: readonly PropertyKey[]): string;
export declare function loadConfig(file: string): Result<LoadedConfig>;
/** Parses and validates config text; `dir` is where relative paths resolve. */
export declare function parseConfig(text: string, file: string, dir: string): Result<LoadedConfig>;
