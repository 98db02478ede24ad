import type { z } from 'zod';
import type { GeminiProvider as GeminiConfig } from '../config/schema.js';
import type { Result } from '../core/result.js';
import { type ResolvedFiles } from './chat-shared.js';
import { type Provider } from './provider.js';
type Config = z.output<typeof GeminiConfig>;
/**
 * Gemini through generateContent and the official `@google/genai` (loaded on first call; its
 * fetch-only `web` entry, which needs none of the Node entry's Google Cloud auth modules: the
 * key goes in a header and every call brings its own fetch),
 * against the Gemini API or a gateway that speaks it. The SDK retries only when given
 * retry options, and none are given: the runner retries, honouring the server's wait
 * (`Retry-After`, or the RetryInfo `retryDelay` in a 429's body). The key comes only from
 * the variable `api_key_env` names; Vertex AI mode and the SDK's environment variables are
 * switched off explicitly.
 */
export declare function createGeminiProvider(name: string, config: Config, resolved: ResolvedFiles, env?: NodeJS.ProcessEnv): Result<Provider>;
export {};
