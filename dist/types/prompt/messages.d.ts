import { z } from 'zod';
import { type Placeholder } from './template.js';
export declare const ChatMessage: z.ZodObject<{
    role: z.ZodEnum<{
        system: "system";
        user: "user";
        assistant: "assistant";
    }>;
    content: z.ZodString;
}, z.core.$strip>;
export type ChatMessage = z.infer<typeof ChatMessage>;
export interface PromptTemplate {
    parts: {
        role: ChatMessage['role'];
        text: string;
    }[];
    /** With 1-based lines and columns in the prompt file. */
    placeholders: Placeholder[];
}
/**
 * A prompt file is the user message, unless it contains role markers: a line that is
 * exactly `[system]`, `[user]` or `[assistant]` starts a message with that role, which is
 * how a system prompt and few-shot turns are written.
 */
export declare function parsePrompt(text: string): PromptTemplate;
export declare function renderMessages(prompt: PromptTemplate, context: Record<string, unknown>): ChatMessage[];
