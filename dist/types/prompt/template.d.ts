export interface Placeholder {
    name: string;
    /** 1-based line and column in the template text. */
    line: number;
    column: number;
}
/** Every placeholder with its line and column, in one pass over the text (a prompt may be large). */
export declare function placeholders(template: string): Placeholder[];
export declare function lookupPath(context: Record<string, unknown>, dotted: string): unknown;
export declare function render(template: string, context: Record<string, unknown>): string;
/** What a placeholder's value renders as: nothing for null or undefined, a string as it is, else JSON. */
export declare function renderValue(value: unknown): string;
