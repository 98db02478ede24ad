import type { Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';
import { functionTool, type FunctionTool } from './tool-definitions.js';
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
export function readKey(
  name: string,
  keyName: string | null,
  env: NodeJS.ProcessEnv,
  keyless = 'a gateway that needs no key',
): Result<string | undefined> {
  const key = keyName ? env[keyName] : undefined;
  if (!keyName || key) return ok(key);
  return fail({
    file: '(environment)',
    message: `provider "${name}" reads its API key from ${keyName}, which is not set; set it (a repository secret in GitHub Actions), or for ${keyless} set api_key_env: null`,
  });
}

/**
 * The rendered prompt as APIs with a separate system prompt want it (Anthropic's `system`,
 * Gemini's `systemInstruction`): every [system] part joined, and the user/assistant turns
 * (few-shot examples included) in order.
 */
export function splitSystem(messages: readonly ChatMessage[]): {
  system: string | undefined;
  turns: { role: 'user' | 'assistant'; content: string }[];
} {
  const system = messages.filter((m) => m.role === 'system').map((m) => m.content);
  const turns = messages.flatMap((m) =>
    m.role === 'system' ? [] : [{ role: m.role as 'user' | 'assistant', content: m.content }],
  );
  return { system: system.length ? system.join('\n\n') : undefined, turns };
}

/** The config's tool definitions (inline, or the file the registry read) as function tools. */
export function configuredTools(resolved: ResolvedFiles, tools: unknown): FunctionTool[] | undefined {
  const list = resolved.tools ?? (Array.isArray(tools) ? (tools as Record<string, unknown>[]) : undefined);
  return list?.map(functionTool).filter((t) => t !== undefined);
}
