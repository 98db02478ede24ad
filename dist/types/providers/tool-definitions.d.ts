/** One function tool, whichever API's shape it was written in. */
export interface FunctionTool {
    name: string;
    description?: string;
    /** A JSON Schema of the arguments. */
    parameters: Record<string, unknown>;
}
/**
 * Tool definitions as docs/providers.md describes them: the Chat Completions shape
 * (`{type: function, function: {name, description, parameters}}`), or the flat
 * `{name, description, parameters | input_schema}` that Anthropic's and Gemini's docs use,
 * so one tools file serves every provider. Undefined for an entry that is neither.
 */
export declare function functionTool(definition: Record<string, unknown>): FunctionTool | undefined;
/** The tool call recorded on a case, the same for every provider: `{ id?, name, arguments }`. */
export interface RecordedToolCall {
    id?: string;
    name: string;
    arguments: unknown;
}
