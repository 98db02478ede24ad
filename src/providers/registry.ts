import { resolve } from 'node:path';
import type { Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';
import type { ProviderConfig } from '../config/schema.js';
import { displayPath } from '../config/load.js';
import { createCommandProvider } from './command.js';
import { createHttpProvider } from './http.js';
import { createOpenAIProvider } from './openai.js';
import type { Provider } from './provider.js';
import { createReplayProvider } from './replay.js';
import { readJsonFile } from '../config/read-json-file.js';

/** Builds the provider a config entry names; paths resolve against the config's folder. */
export function createProvider(name: string, config: ProviderConfig, dir: string): Result<Provider> {
  switch (config.type) {
    case 'replay': {
      const path = resolve(dir, config.recordings);
      return createReplayProvider(name, config, path, displayPath(path));
    }
    case 'openai': {
      const format = config.response_format;
      const schema =
        typeof format === 'object' && typeof format.json_schema === 'string'
          ? readJsonFile(resolve(dir, format.json_schema))
          : undefined;
      if (schema && !schema.ok) return schema;
      const tools = typeof config.tools === 'string' ? readJsonFile(resolve(dir, config.tools)) : undefined;
      if (tools && !tools.ok) return tools;
      if (tools && !Array.isArray(tools.value))
        return fail({
          file: displayPath(resolve(dir, config.tools as string)),
          message: 'expected a JSON list of tool definitions',
        });
      return createOpenAIProvider(name, config, {
        ...(schema ? { schema: schema.value as Record<string, unknown> } : {}),
        ...(tools ? { tools: tools.value as Record<string, unknown>[] } : {}),
      });
    }
    case 'command':
      return ok(createCommandProvider(name, config, resolve(dir, config.cwd ?? '.')));
    case 'http':
      return createHttpProvider(name, config);
  }
}
