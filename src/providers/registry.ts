import { resolve } from 'node:path';
import type { Result } from '../core/result.js';
import type { ProviderConfig } from '../config/schema.js';
import { displayPath } from '../config/load.js';
import type { Provider } from './provider.js';
import { createReplayProvider } from './replay.js';

/** Builds the provider a config entry names; paths resolve against the config's folder. */
export function createProvider(name: string, config: ProviderConfig, dir: string): Result<Provider> {
  switch (config.type) {
    case 'replay': {
      const path = resolve(dir, config.recordings);
      return createReplayProvider(name, config, path, displayPath(path));
    }
  }
}
