import type { Issue } from '../core/result.js';
/**
 * A promptfoo config (promptfooconfig.yaml) → an evalgate gate, dataset and prompt files.
 * Pure: the files the config names are read through `read` (a path relative to the config),
 * and what is written comes back as text for the caller to write. Whatever cannot be mapped is
 * returned with its file:line and kept as a comment in the gate, never dropped.
 */
export interface ImportInput {
    /** The config's text and its name for messages. */
    text: string;
    file: string;
    read(path: string): string | undefined;
}
export interface ImportResult {
    /** Relative path in the output folder → content. */
    files: Record<string, string>;
    /** Assertions, prompts, providers or vars that could not be mapped (also kept as comments in the gate). */
    unmapped: Issue[];
    /** Mappings that are close but not exact, worth a look. */
    notes: Issue[];
    cases: number;
    scorers: number;
}
type Raw = Record<string, unknown>;
export declare function importPromptfoo(input: ImportInput): {
    ok: true;
    value: ImportResult;
} | {
    ok: false;
    issues: Issue[];
};
type ProviderMapping = {
    label: string;
    config: Raw;
    notes: string[];
} | {
    unmapped: string;
};
/** promptfoo provider ids (`openai:gpt-4o-mini`, `anthropic:messages:…`, `google:…`, `vertex:…`, `https://…`, `exec:…`). */
export declare function mapProvider(entry: unknown): ProviderMapping;
export {};
