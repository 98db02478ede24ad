/**
 * The bytes that add one case at the end of a dataset file without touching what is there
 * (docs/governance.md, "Incidents become regression cases"): a JSON line, a YAML list item
 * (JSON is YAML), or a CSV row in the header's columns. The caller re-reads the result with
 * the dataset loader before writing, so a layout this cannot extend is refused, never guessed.
 */
export declare function appendedCase(path: string, existing: string, line: Record<string, unknown>): {
    ok: true;
    text: string;
} | {
    ok: false;
    message: string;
};
