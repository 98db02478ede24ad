import type { z } from 'zod';
import type { HttpProvider as HttpConfig } from '../config/schema.js';
import type { Result } from '../core/result.js';
import { type Provider } from './provider.js';
type Config = z.output<typeof HttpConfig>;
/**
 * POSTs a JSON body rendered from the case to the user's own endpoint and picks the answer
 * out of the JSON response by a path. Header values may name environment variables as
 * `${NAME}` (a bearer token); they are read once, and never appear in a message.
 */
export declare function createHttpProvider(name: string, config: Config, env?: NodeJS.ProcessEnv): Result<Provider>;
/** Renders every string in the body template; a string that is exactly one placeholder keeps the value's JSON type (`"{{messages}}"` → an array). */
export declare function renderBody(template: unknown, context: Record<string, unknown>): unknown;
export {};
