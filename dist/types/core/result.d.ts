/** A problem with the user's input, located as precisely as we can. */
export interface Issue {
    file: string;
    line?: number;
    column?: number;
    /** Key path inside the document, e.g. `suites[0].rules[2].max_drop`. */
    path?: string;
    message: string;
}
export type Result<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    issues: Issue[];
};
export declare const ok: <T>(value: T) => Result<T>;
export declare const fail: <T = never>(...issues: Issue[]) => Result<T>;
export declare function formatIssue(issue: Issue): string;
/** Thrown only by the shell to carry issues to the entry point's exit-code mapping. */
export declare class InputError extends Error {
    readonly issues: Issue[];
    constructor(issues: Issue[]);
}
/** The provider or GitHub could not be reached after retries: exit code 3. */
export declare class InfrastructureError extends Error {
    name: string;
}
