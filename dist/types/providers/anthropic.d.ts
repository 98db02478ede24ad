import type { z } from 'zod';
import type { AnthropicProvider as AnthropicConfig } from '../config/schema.js';
import type { Result } from '../core/result.js';
import { type Provider } from './provider.js';
import { type ResolvedFiles } from './chat-shared.js';
type Config = z.output<typeof AnthropicConfig>;
/**
 * Claude through the Messages API and the official `@anthropic-ai/sdk` (loaded on first
 * call). As with openai: the client's own retries are off so the runner sees every attempt
 * (429 and 529 "overloaded" with their retry-after), and the key comes only from the
 * variable `api_key_env` names: the SDK's own credential chain (profiles, auth tokens) is
 * never consulted, so a run uses exactly the credential the config says.
 */
export declare function createAnthropicProvider(name: string, config: Config, resolved: ResolvedFiles, env?: NodeJS.ProcessEnv): Result<Provider>;
export {};
