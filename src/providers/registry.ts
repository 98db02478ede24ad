import { resolve } from 'node:path';
import type { Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';
import type { ProviderConfig } from '../config/schema.js';
import { displayPath } from '../config/load.js';
import { createCommandProvider } from './command.js';
import { createHttpProvider } from './http.js';
import { createAnthropicProvider } from './anthropic.js';
import type { ResolvedFiles } from './chat-shared.js';
import { createGeminiProvider } from './gemini.js';
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
    case 'openai':
    case 'anthropic':
    case 'gemini': {
      const files = readConfigFiles(config, dir);
      if (!files.ok) return files;
      if (config.type === 'anthropic') return createAnthropicProvider(name, config, files.value);
      if (config.type === 'gemini') return createGeminiProvider(name, config, files.value);
      return createOpenAIProvider(name, config, files.value);
    }
    case 'command':
      return ok(createCommandProvider(name, config, resolve(dir, config.cwd ?? '.')));
    case 'http':
      return createHttpProvider(name, config);
  }
}

/** The tools file and response JSON Schema file a chat provider's config names, read once. */
function readConfigFiles(
  config: Extract<ProviderConfig, { type: 'openai' | 'anthropic' | 'gemini' }>,
  dir: string,
): Result<ResolvedFiles> {
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
  return ok({
    ...(schema ? { schema: schema.value as Record<string, unknown> } : {}),
    ...(tools ? { tools: tools.value as Record<string, unknown>[] } : {}),
  });
}
