import type { z } from 'zod';
import type { OpenAIProvider as OpenAIConfig } from '../config/schema.js';
import type { Result } from '../core/result.js';
import { type ResolvedFiles } from './chat-shared.js';
import { type Provider } from './provider.js';
/** JSON files the config names (tools, a response JSON Schema), already read by the registry. */
export type OpenAIResolved = ResolvedFiles;
type Config = z.output<typeof OpenAIConfig>;
/**
 * Chat Completions (and embeddings) through the official `openai` client, against
 * api.openai.com or any compatible server. The client's own retries are off: the runner
 * retries, so that Retry-After, adaptive concurrency and the circuit breaker see every
 * attempt. The key comes only from the environment and is scrubbed from every message.
 */
export declare function createOpenAIProvider(name: string, config: Config, resolved: OpenAIResolved, env?: NodeJS.ProcessEnv): Result<Provider>;
export {};
