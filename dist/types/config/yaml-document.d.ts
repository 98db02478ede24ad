import type { Issue, Result } from '../core/result.js';
/** A parsed YAML document that can say where a key path sits in the source text. */
export interface YamlDocument {
    value: unknown;
    /** 1-based line and column of the value at `path`, or of the key itself when `key` is true; the nearest ancestor when the path does not exist. */
    locate(path: readonly PropertyKey[], key?: boolean): {
        line: number;
        column: number;
    };
}
export declare function parseYaml(text: string, file: string): Result<YamlDocument>;
export type { Issue };
