/**
 * What templates (prompt and scorer `expected`/`reference`) can refer to. Apart from case.ts so
 * that scorers, whose option schemas the config schema imports, do not import the config
 * schema back through case.ts.
 */
export declare function templateContext(c: {
    id: string;
    vars: Record<string, unknown>;
    expected?: unknown;
    tags: Record<string, string>;
}): Record<string, unknown>;
