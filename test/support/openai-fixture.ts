import { afterAll, afterEach, beforeAll } from 'vitest';
import { startOpenAIServer, type OpenAIServer, type OpenAIServerOptions } from './openai-server.js';

/**
 * For a test file that runs evalgate against the loopback server: a fake key in `keyEnv` for
 * the file's tests, and the server of each test closed after it.
 */
export function useOpenAIServer(keyEnv: string) {
  let current: OpenAIServer | undefined;
  beforeAll(() => {
    process.env[keyEnv] = `sk-loopback-${keyEnv.toLowerCase().replace(/_/g, '-')}-0000000000`;
  });
  afterAll(() => {
    delete process.env[keyEnv];
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    async start(options: OpenAIServerOptions = {}): Promise<OpenAIServer> {
      await current?.close();
      current = await startOpenAIServer(options);
      return current;
    },
    get server(): OpenAIServer {
      if (!current) throw new Error('no loopback server was started in this test');
      return current;
    },
  };
}

/** The material between <name> and </name> in a judge prompt. */
export const tagged = (text: string, name: string) =>
  new RegExp(`<${name}>\\n([\\s\\S]*?)\\n</${name}>`).exec(text)?.[1] ?? '';
