import type { Result } from '../core/result.js';
import { GateConfig, type SuiteConfig } from './schema.js';
import { type RiskPolicy } from './risk-policy.js';
import { type Pack } from '../dataset/pack-catalog.js';
import { type YamlDocument } from './yaml-document.js';
export interface LoadedSuite extends SuiteConfig {
    promptPath: string;
    /** The prompt variable a pack case's attack text goes into (default `question`). */
    input: string;
    /** Variables every case gets under its own (default none). */
    vars: Record<string, unknown>;
    /** The dataset file, or the pack's inside evalgate's packs/ folder. */
    datasetPath: string;
    /** The pack the suite runs (its scorers are first in `scorers`). */
    packInfo?: Pack;
    /** The suite's risk tier applied to its rules (`rules` and `hashes.rules` are the rules as they apply). */
    policy: RiskPolicy | null;
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
