import type { Result } from '../core/result.js';
import type { ProviderConfig } from '../config/schema.js';
import type { Provider } from './provider.js';
/** Builds the provider a config entry names; paths resolve against the config's folder. */
export declare function createProvider(name: string, config: ProviderConfig, dir: string): Result<Provider>;
