import { parseArgs } from 'node:util';
import type { Issue, Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';

export type Command =
  | {
      command: 'run';
      config: string;
      tier: string;
      suites: string[];
      baseline: string | undefined;
      out: string;
      shard?: { index: number; count: number };
      noCache: boolean;
      cacheDir?: string;
      record?: string;
      concurrency?: number;
      repeats?: number;
      quiet: boolean;
    }
  | {
      command: 'calibrate';
      config: string;
      scorer: string;
      suites: string[];
      run?: string;
      out: string;
      noCache: boolean;
      cacheDir?: string;
      concurrency?: number;
    }
  | { command: 'compare'; current: string; baseline: string; config: string; out: string; quiet: boolean }
  | { command: 'validate'; config: string }
  | { command: 'plan'; config: string; baseline?: string }
  | { command: 'merge'; shards: string[]; out: string; config?: string; baseline?: string; quiet: boolean }
  | { command: 'schema' }
  | { command: 'demo'; out: string }
  | { command: 'init'; dir: string; branch: string; forks: boolean; actionSha?: string; force: boolean }
  | { command: 'help' }
  | { command: 'version' };

export const USAGE = `evalgate — a statistically honest release gate for LLM features

Usage:
  evalgate run      --config FILE [--tier smoke|full|NAME] [--suite ID]... [--baseline FILE|none]
                    [--out DIR] [--shard I/N] [--no-cache] [--cache-dir DIR] [--record FILE]
                    [--concurrency N] [--repeats N] [--quiet]
  evalgate compare  CURRENT.json BASELINE.json --config FILE [--out DIR]
  evalgate merge    SHARD.json... --out DIR [--config FILE] [--baseline FILE]
  evalgate validate --config FILE      check config, datasets and prompts; no model calls
  evalgate plan     --config FILE [--baseline FILE]   per suite and tier: n and what each rule can detect
  evalgate calibrate --config FILE --scorer ID [--suite ID] [--run RUN.json] [--out DIR]
                                       judge vs human labels: Spearman, Cohen's kappa, Krippendorff's alpha
  evalgate schema                      print the gate YAML's JSON Schema
  evalgate demo                        run the bundled example offline (no API key)
  evalgate init     [--dir DIR] [--branch main] [--forks] [--action-sha SHA] [--force]
                                       scaffold gates/, a dataset, a prompt and the GitHub workflows

Exit codes: 0 pass (warn, skipped, overridden), 1 gate failed, 2 bad input, 3 infrastructure failure.`;

const arg = (message: string): Issue => ({ file: '(arguments)', message });

function positiveInt(name: string, raw: string | undefined): Result<number | undefined> {
  if (raw === undefined) return ok(undefined);
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? ok(n) : fail(arg(`${name} expects a positive whole number; got "${raw}"`));
}

export function parseCommand(argv: readonly string[]): Result<Command> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') return ok({ command: 'help' });
  if (command === '--version' || command === 'version') return ok({ command: 'version' });
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: command === 'compare' || command === 'merge',
      options: {
        config: { type: 'string', short: 'c' },
        tier: { type: 'string' },
        suite: { type: 'string', multiple: true },
        baseline: { type: 'string' },
        out: { type: 'string', short: 'o' },
        shard: { type: 'string' },
        'no-cache': { type: 'boolean' },
        'cache-dir': { type: 'string' },
        record: { type: 'string' },
        scorer: { type: 'string' },
        run: { type: 'string' },
        concurrency: { type: 'string' },
        repeats: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        dir: { type: 'string' },
        branch: { type: 'string' },
        forks: { type: 'boolean' },
        'action-sha': { type: 'string' },
        force: { type: 'boolean' },
      },
    });
  } catch (error) {
    return fail(arg(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')}\n\n${USAGE}`));
  }
  const v = parsed.values as Record<string, string | string[] | boolean | undefined>;
  const str = (k: string) => v[k] as string | undefined;
  const out = str('out') ?? 'evalgate-results';
  const needConfig = (): Result<string> =>
    str('config')
      ? ok(str('config')!)
      : fail(arg(`evalgate ${command} needs --config FILE (for example --config gates/evalgate.yml)`));

  switch (command) {
    case 'run': {
      const config = needConfig();
      if (!config.ok) return config;
      const concurrency = positiveInt('--concurrency', str('concurrency'));
      if (!concurrency.ok) return concurrency;
      const repeats = positiveInt('--repeats', str('repeats'));
      if (!repeats.ok) return repeats;
      let shard: { index: number; count: number } | undefined;
      if (str('shard') !== undefined) {
        const m = /^(\d+)\/(\d+)$/.exec(str('shard')!);
        const index = Number(m?.[1]);
        const count = Number(m?.[2]);
        if (!m || index < 1 || count < 1 || index > count)
          return fail(arg(`--shard expects I/N with 1 ≤ I ≤ N, like 2/4; got "${str('shard')}"`));
        shard = { index, count };
      }
      return ok({
        command: 'run',
        config: config.value,
        tier: str('tier') ?? 'full',
        suites: (v.suite as string[] | undefined) ?? [],
        baseline: str('baseline'),
        out,
        shard,
        noCache: Boolean(v['no-cache']),
        cacheDir: str('cache-dir'),
        record: str('record'),
        concurrency: concurrency.value,
        repeats: repeats.value,
        quiet: Boolean(v.quiet),
      });
    }
    case 'calibrate': {
      const config = needConfig();
      if (!config.ok) return config;
      if (!str('scorer')) return fail(arg('evalgate calibrate needs --scorer ID, the id of an llm-judge scorer'));
      const concurrency = positiveInt('--concurrency', str('concurrency'));
      if (!concurrency.ok) return concurrency;
      return ok({
        command: 'calibrate',
        config: config.value,
        scorer: str('scorer')!,
        suites: (v.suite as string[] | undefined) ?? [],
        run: str('run'),
        out,
        noCache: Boolean(v['no-cache']),
        cacheDir: str('cache-dir'),
        concurrency: concurrency.value,
      });
    }
    case 'compare': {
      const config = needConfig();
      if (!config.ok) return config;
      const [current, baseline, ...extra] = parsed.positionals;
      if (!current || !baseline || extra.length)
        return fail(arg('evalgate compare expects two files: CURRENT.json BASELINE.json'));
      return ok({ command: 'compare', current, baseline, config: config.value, out, quiet: Boolean(v.quiet) });
    }
    case 'validate': {
      const config = needConfig();
      return config.ok ? ok({ command: 'validate', config: config.value }) : config;
    }
    case 'merge': {
      if (!parsed.positionals.length)
        return fail(arg('evalgate merge expects one or more shard files: SHARD.json... --out DIR'));
      return ok({
        command: 'merge',
        shards: parsed.positionals,
        out,
        config: str('config'),
        baseline: str('baseline'),
        quiet: Boolean(v.quiet),
      });
    }
    case 'plan': {
      const config = needConfig();
      return config.ok ? ok({ command: 'plan', config: config.value, baseline: str('baseline') }) : config;
    }
    case 'schema':
      return ok({ command: 'schema' });
    case 'demo':
      return ok({ command: 'demo', out });
    case 'init': {
      const sha = str('action-sha');
      if (sha !== undefined && !/^[0-9a-f]{40}$/.test(sha))
        return fail(arg(`--action-sha expects a full 40-character commit SHA; got "${sha}"`));
      const branch = str('branch') ?? 'main';
      if (!/^[\w./-]+$/.test(branch)) return fail(arg(`--branch expects a branch name; got "${branch}"`));
      return ok({
        command: 'init',
        dir: str('dir') ?? '.',
        branch,
        forks: Boolean(v.forks),
        actionSha: sha,
        force: Boolean(v.force),
      });
    }
    default:
      return fail(arg(`unknown command "${command}"\n\n${USAGE}`));
  }
}
