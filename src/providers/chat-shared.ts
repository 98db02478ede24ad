import type { Result } from '../core/result.js';
import { fail } from '../core/result.js';
import type { ChatMessage } from '../prompt/messages.js';

/** JSON files a provider's config names (tools, a response JSON Schema), already read by the registry. */
export interface ResolvedFiles {
  tools?: Record<string, unknown>[];
  schema?: Record<string, unknown>;
}

/** The input problem of a key variable that is not set. */
export function missingKey(name: string, keyName: string, keyless = 'a gateway that needs no key'): Result<never> {
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
