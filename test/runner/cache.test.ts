import { fork } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { defaultCacheDir, ResponseCache } from '../../src/runner/cache.js';

const dir = () => mkdtempSync(join(tmpdir(), 'evalgate-cache-'));

describe('response cache', () => {
  test('the key is a content hash: equal parts give equal keys whatever the key order, different parts differ', () => {
    expect(ResponseCache.key({ a: 1, b: { c: 2, d: 3 } })).toBe(ResponseCache.key({ b: { d: 3, c: 2 }, a: 1 }));
    expect(ResponseCache.key({ a: 1, repeat: 0 })).not.toBe(ResponseCache.key({ a: 1, repeat: 1 }));
    expect(ResponseCache.key({})).toMatch(/^[0-9a-f]{64}$/);
  });

  test('round-trips a response; a missing or corrupt entry is a miss', async () => {
    const cache = new ResponseCache(dir());
    const key = ResponseCache.key({ x: 1 });
    expect(await cache.get(key)).toBeUndefined();
    cache.put(key, { output: 'hi', tokens: { prompt: 1, completion: 1, total: 2 }, latencyMs: 12 });
    await cache.flush();
    expect(await cache.get(key)).toEqual({
      output: 'hi',
      tokens: { prompt: 1, completion: 1, total: 2 },
      latencyMs: 12,
    });
    const file = join(cache.dir, key.slice(0, 2), `${key.slice(2)}.json`);
    writeFileSync(file, '{"v":1,"respo');
    expect(await cache.get(key)).toBeUndefined();
  });

  test('many writers of the same keys at once (two processes and this one) never leave a partial entry or a temporary file', async () => {
    const cacheDir = dir();
    const keys = Array.from({ length: 40 }, (_, i) => ResponseCache.key({ i }));
    // the other processes run the same module, bundled to plain JavaScript
    const script = join(cacheDir, 'writer.mjs');
    const bundled = join(cacheDir, 'cache.mjs');
    buildSync({
      entryPoints: [fileURLToPath(new URL('../../src/runner/cache.ts', import.meta.url))],
      outfile: bundled,
      bundle: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
    });
    writeFileSync(
      script,
      `const { ResponseCache } = await import(${JSON.stringify(pathToFileURL(bundled).href)});
       const cache = new ResponseCache(process.argv[2]);
       const keys = JSON.parse(process.argv[3]);
       for (let round = 0; round < 5; round++) {
         for (const k of keys) cache.put(k, { output: 'x'.repeat(20000) + k });
         await cache.flush();
       }`,
    );
    const child = () =>
      new Promise<number>((resolve) => {
        const p = fork(script, [join(cacheDir, 'c'), JSON.stringify(keys)], { stdio: 'ignore' });
        p.on('exit', (code) => resolve(code ?? 1));
      });
    const cache = new ResponseCache(join(cacheDir, 'c'));
    const local = (async () => {
      for (let round = 0; round < 5; round++) {
        for (const k of keys) cache.put(k, { output: 'x'.repeat(20000) + k });
        await cache.flush();
        const read = await Promise.all(keys.map((k) => cache.get(k)));
        for (const [i, r] of read.entries()) if (r) expect(r.output.endsWith(keys[i]!)).toBe(true);
      }
    })();
    const codes = await Promise.all([child(), child(), local]);
    expect(codes.slice(0, 2)).toEqual([0, 0]);
    for (const k of keys) expect((await cache.get(k))?.output).toBe('x'.repeat(20000) + k);
    const files = readdirSync(join(cacheDir, 'c'), { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.json'))).toHaveLength(keys.length);
    expect(
      JSON.parse(readFileSync(join(cacheDir, 'c', keys[0]!.slice(0, 2), `${keys[0]!.slice(2)}.json`), 'utf8')).v,
    ).toBe(1);
  });

  test('the default folder follows EVALGATE_CACHE_DIR, then XDG_CACHE_HOME', () => {
    expect(defaultCacheDir({ EVALGATE_CACHE_DIR: '/c/eg', XDG_CACHE_HOME: '/x' })).toBe('/c/eg');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x' })).toBe(join('/x', 'evalgate'));
  });
});
