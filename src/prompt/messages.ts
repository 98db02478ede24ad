import { z } from 'zod';
import { placeholders, render, type Placeholder } from './template.js';
import { stripBom } from '../core/strip-bom.js';

export const ChatMessage = z.object({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string(),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

export interface PromptTemplate {
  parts: { role: ChatMessage['role']; text: string }[];
  /** With 1-based lines and columns in the prompt file. */
  placeholders: Placeholder[];
}

/**
 * A prompt file is the user message, unless it contains role markers: a line that is
 * exactly `[system]`, `[user]` or `[assistant]` starts a message with that role, which is
 * how a system prompt and few-shot turns are written.
 */
export function parsePrompt(text: string): PromptTemplate {
  const normalized = stripBom(text).replace(/\r\n?/g, '\n');
  const parts: PromptTemplate['parts'] = [];
  let role: ChatMessage['role'] = 'user';
  let lines: string[] = [];
  const flush = () => {
    const body = lines.join('\n').trim();
    if (body) parts.push({ role, text: body });
    lines = [];
  };
  for (const line of normalized.split('\n')) {
    const marker = /^\[(system|user|assistant)\]\s*$/.exec(line);
    if (marker) {
      flush();
      role = marker[1] as ChatMessage['role'];
    } else lines.push(line);
  }
  flush();
  return { parts, placeholders: placeholders(normalized) };
}

export function renderMessages(prompt: PromptTemplate, context: Record<string, unknown>): ChatMessage[] {
  return prompt.parts.map((p) => ({ role: p.role, content: render(p.text, context) }));
}
