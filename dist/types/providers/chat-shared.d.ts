import type { Result } from '../core/result.js';
import { type FunctionTool } from './tool-definitions.js';
import type { ChatMessage } from '../prompt/messages.js';
/** JSON files a provider's config names (tools, a response JSON Schema), already read by the registry. */
export interface ResolvedFiles {
    tools?: Record<string, unknown>[];
    schema?: Record<string, unknown>;
}
/**
 * The key from the variable `api_key_env` names (undefined when it is null: a keyless
 * server); a variable that is not set is an input problem naming it.
 */
export declare function readKey(name: string, keyName: string | null, env: NodeJS.ProcessEnv, keyless?: string): Result<string | undefined>;
/**
 * The rendered prompt as APIs with a separate system prompt want it (Anthropic's `system`,
 * Gemini's `systemInstruction`): every [system] part joined, and the user/assistant turns
 * (few-shot examples included) in order.
 */
export declare function splitSystem(messages: readonly ChatMessage[]): {
    system: string | undefined;
    turns: {
        role: 'user' | 'assistant';
        content: string;
    }[];
};
/** The config's tool definitions (inline, or the file the registry read) as function tools. */
export declare function configuredTools(resolved: ResolvedFiles, tools: unknown): FunctionTool[] | undefined;
