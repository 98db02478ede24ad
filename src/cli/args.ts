import { parseArgs } from 'node:util';
import type { Issue, Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';
import { didYouMean } from '../core/suggest.js';

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
      /** `--junit FILE`: also write the results as JUnit XML. */
      junit?: string;
      /** `--budget-usd N`: replaces the config's USD budget. */
      budgetUsd?: number;
      /** `--force`: start although the estimate is over the budget. */
      force: boolean;
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
  | {
      command: 'compare';
      current: string;
      baseline: string;
      config: string;
      out: string;
      quiet: boolean;
      junit?: string;
    }
  | { command: 'validate'; config: string }
  | { command: 'plan'; config: string; baseline?: string }
  | { command: 'merge'; shards: string[]; out: string; config?: string; baseline?: string; quiet: boolean }
  | { command: 'health'; runs?: string; artifacts?: number; format: 'md' | 'html' | 'prom' | 'jsonl' }
  | { command: 'schema' }
  | { command: 'demo'; out: string; example?: string }
  | { command: 'import'; from: 'promptfoo'; file: string; out: string; force: boolean }
  | {
      command: 'init';
      dir: string;
      branch: string;
      forks: boolean;
      actionSha?: string;
      force: boolean;
      health: boolean;
    }
  | { command: 'help'; topic?: Exclude<Command['command'], 'help' | 'version'> }
  | { command: 'version' };

type OptionName =
  | 'config'
  | 'tier'
  | 'suite'
  | 'baseline'
  | 'out'
  | 'shard'
  | 'no-cache'
  | 'cache-dir'
  | 'record'
  | 'scorer'
  | 'run'
  | 'concurrency'
  | 'repeats'
  | 'quiet'
  | 'junit'
  | 'dir'
  | 'branch'
  | 'forks'
  | 'action-sha'
  | 'force'
  | 'budget-usd'
  | 'example'
  | 'health'
  | 'runs'
  | 'artifacts'
  | 'format';

const OPTIONS: Record<OptionName, { type: 'string' | 'boolean'; short?: string; multiple?: boolean; help: string }> = {
  config: { type: 'string', short: 'c', help: 'the gate config (YAML), e.g. gates/evalgate.yml' },
  tier: { type: 'string', help: 'which tier of each suite runs (default full)' },
  suite: { type: 'string', multiple: true, help: 'run only this suite; repeat for several' },
  baseline: { type: 'string', help: "a baseline run.json to compare with, or 'none'" },
  out: { type: 'string', short: 'o', help: 'where run.json and report.md go (default evalgate-results)' },
  shard: { type: 'string', help: 'run the I-th of N shards, e.g. 2/4; combine them with merge' },
  'no-cache': { type: 'boolean', help: 'call the model even when a cached answer exists' },
  'cache-dir': {
    type: 'string',
    help: 'where cached answers live (default $EVALGATE_CACHE_DIR, else ~/.cache/evalgate)',
  },
  record: { type: 'string', help: 'also write every answer to this JSONL, for a replay provider' },
  scorer: { type: 'string', help: 'the id of the llm-judge scorer to calibrate' },
  run: { type: 'string', help: 'judge the outputs of this run.json instead of calling the model' },
  concurrency: { type: 'string', help: 'calls in flight at once (overrides the provider)' },
  repeats: { type: 'string', help: 'independent calls per case (overrides the suite)' },
  quiet: { type: 'boolean', short: 'q', help: 'print no progress and no summary' },
  junit: { type: 'string', help: 'also write the results as JUnit XML to this file, for a CI test view' },
  dir: { type: 'string', help: 'the repository to scaffold (default .)' },
  branch: { type: 'string', help: 'the base branch the workflows watch (default main)' },
  forks: { type: 'boolean', help: 'also write the trusted workflow_run stage for pull requests from forks' },
  'action-sha': { type: 'string', help: 'pin the action to this full commit SHA in the workflows' },
  force: {
    type: 'boolean',
    help: 'init, import: overwrite files that exist; run: start although the estimated cost is over the budget',
  },
  'budget-usd': { type: 'string', help: "most USD the run may spend (replaces the config's budget.usd)" },
  example: { type: 'string', help: 'which bundled example: support-bot (default) or summaries-tickets' },
  health: { type: 'boolean', help: 'also write the weekly gate-health workflow' },
  runs: { type: 'string', help: 'a folder of past run.json files (any depth)' },
  artifacts: {
    type: 'string',
    help: 'the last N results artifacts of the repository (GITHUB_TOKEN, GITHUB_REPOSITORY)',
  },
  format: { type: 'string', help: 'md (default), html, prom (Prometheus text) or jsonl' },
};

interface CommandSpec {
  usage: string;
  summary: string;
  options: OptionName[];
  positionals?: boolean;
}

/** Each command's usage line, what it does and the options it takes; `evalgate CMD --help` prints it. */
const COMMANDS: Record<Exclude<Command['command'], 'help' | 'version'>, CommandSpec> = {
  run: {
    usage: `evalgate run      --config FILE [--tier smoke|full|NAME] [--suite ID]... [--baseline FILE|none]
                    [--out DIR] [--shard I/N] [--no-cache] [--cache-dir DIR] [--record FILE]
                    [--concurrency N] [--repeats N] [--quiet] [--junit FILE]
                    [--budget-usd N] [--force]`,
    summary: 'run the suites, compare with the baseline and decide the gate',
    options: [
      'config',
      'tier',
      'suite',
      'baseline',
      'out',
      'shard',
      'no-cache',
      'cache-dir',
      'record',
      'concurrency',
      'repeats',
      'quiet',
      'junit',
      'budget-usd',
      'force',
    ],
  },
  compare: {
    usage: 'evalgate compare  CURRENT BASELINE --config FILE [--out DIR] [--junit FILE]',
    summary:
      'decide the gate for two finished runs (run.json, promptfoo results JSON or Inspect log), without model calls',
    options: ['config', 'out', 'quiet', 'junit'],
    positionals: true,
  },
  merge: {
    usage: 'evalgate merge    SHARD.json... --out DIR [--config FILE] [--baseline FILE]',
    summary: 'combine the shards of one run and decide the gate',
    options: ['out', 'config', 'baseline', 'quiet'],
    positionals: true,
  },
  validate: {
    usage: 'evalgate validate --config FILE',
    summary: 'check config, datasets and prompts; no model calls',
    options: ['config'],
  },
  plan: {
    usage: 'evalgate plan     --config FILE [--baseline FILE]',
    summary: 'per suite and tier: n and what each rule can detect',
    options: ['config', 'baseline'],
  },
  calibrate: {
    usage: 'evalgate calibrate --config FILE --scorer ID [--suite ID] [--run RUN.json] [--out DIR]',
    summary: "judge vs human labels: Spearman, Cohen's kappa, Krippendorff's alpha",
    options: ['config', 'scorer', 'suite', 'run', 'out', 'no-cache', 'cache-dir', 'concurrency'],
  },
  import: {
    usage: 'evalgate import   promptfoo promptfooconfig.yaml [--out gates/] [--force]',
    summary: 'a gate, dataset and prompts from a promptfoo config (docs/migrating.md)',
    options: ['out', 'force'],
    positionals: true,
  },
  health: {
    usage: 'evalgate health   --runs DIR|--artifacts N [--format md|html|prom|jsonl]',
    summary: 'gate health over past runs: verdicts, overrides, noisy rules, flaky cases, cost, trends',
    options: ['runs', 'artifacts', 'format'],
  },
  schema: { usage: 'evalgate schema', summary: "print the gate YAML's JSON Schema", options: [] },
  demo: {
    usage: 'evalgate demo     [--example NAME] [--out DIR]',
    summary: 'run a bundled example offline (no API key)',
    options: ['example', 'out'],
  },
  init: {
    usage: 'evalgate init     [--dir DIR] [--branch main] [--forks] [--health] [--action-sha SHA] [--force]',
    summary: 'scaffold gates/, a dataset, a prompt and the GitHub workflows',
    options: ['dir', 'branch', 'forks', 'health', 'action-sha', 'force'],
  },
};

const EXIT_CODES =
  'Exit codes: 0 pass (warn, skipped, overridden), 1 gate failed, 2 bad input, 3 infrastructure failure.';

export const USAGE = `evalgate — a statistically honest release gate for LLM features

Usage:
${Object.values(COMMANDS)
  .map((c) =>
    c.usage.length < 36 ? `  ${c.usage.padEnd(37)}${c.summary}` : `  ${c.usage}\n${' '.repeat(39)}${c.summary}`,
  )
  .join('\n')}

Run evalgate COMMAND --help for a command's options.
${EXIT_CODES}`;

/** One command's usage: its synopsis, what it does and each option. */
export function commandUsage(name: keyof typeof COMMANDS): string {
  const spec = COMMANDS[name];
  const flag = (o: OptionName) =>
    `${OPTIONS[o].short ? `-${OPTIONS[o].short}, ` : '    '}--${o}${OPTIONS[o].type === 'string' ? ' VALUE' : ''}`;
  const width = Math.max(0, ...spec.options.map((o) => flag(o).length));
  return [
    `Usage: ${spec.usage.replace(/\n/g, '\n     ')}`,
    '',
    `${spec.summary[0]!.toUpperCase()}${spec.summary.slice(1)}.`,
    '',
    'Options:',
    ...spec.options.map((o) => `  ${flag(o).padEnd(width)}  ${OPTIONS[o].help}`),
    `  ${'-h, --help'.padEnd(width)}  print this help`,
    '',
    EXIT_CODES,
  ].join('\n');
}

const isCommand = (name: string): name is keyof typeof COMMANDS => Object.hasOwn(COMMANDS, name);

const arg = (message: string): Issue => ({ file: '(arguments)', message });

function positiveInt(name: string, raw: string | undefined): Result<number | undefined> {
  if (raw === undefined) return ok(undefined);
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? ok(n) : fail(arg(`${name} expects a positive whole number; got "${raw}"`));
}

/** A flag the command does not take: name the nearest one it does take. */
function unknownOption(command: keyof typeof COMMANDS, args: readonly string[]): Issue | undefined {
  const known = COMMANDS[command].options;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') return undefined;
    const long = /^--([^=]+)/.exec(a)?.[1];
    const short = /^-([^-])/.exec(a)?.[1];
    const option = known.find((o) => o === long || (short !== undefined && OPTIONS[o].short === short));
    if (option) {
      // the value of a string option may itself start with "-"
      if (OPTIONS[option].type === 'string' && !a.includes('=') && (long !== undefined || a.length === 2)) i++;
      continue;
    }
    if (long !== undefined && !known.includes(long as OptionName))
      return arg(
        `unknown option --${long}${didYouMean(long, known).replace(/"([^"]+)"/, '--$1')} for evalgate ${command}; run evalgate ${command} --help for its options`,
      );
    if (short !== undefined && !known.some((o) => OPTIONS[o].short === short))
      return arg(`unknown option -${short} for evalgate ${command}; run evalgate ${command} --help for its options`);
  }
  return undefined;
}

export function parseCommand(argv: readonly string[]): Result<Command> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    const topic = rest[0];
    return ok({ command: 'help', ...(topic && isCommand(topic) ? { topic } : {}) });
  }
  if (command === '--version' || command === 'version') return ok({ command: 'version' });
  if (!isCommand(command))
    return fail(arg(`unknown command "${command}"${didYouMean(command, Object.keys(COMMANDS))}\n\n${USAGE}`));
  const helpAt = rest.indexOf('--');
  if ((helpAt < 0 ? rest : rest.slice(0, helpAt)).some((a) => a === '--help' || a === '-h'))
    return ok({ command: 'help', topic: command });
  const unknown = unknownOption(command, rest);
  if (unknown) return fail(unknown);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: COMMANDS[command].positionals === true,
      options: Object.fromEntries(
        COMMANDS[command].options.map((o) => {
          const { help: _help, ...option } = OPTIONS[o];
          return [o, option];
        }),
      ),
    });
  } catch (error) {
    return fail(
      arg(
        `${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')}\n\n${commandUsage(command)}`,
      ),
    );
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
      const budgetUsd = str('budget-usd') === undefined ? undefined : Number(str('budget-usd'));
      if (budgetUsd !== undefined && !(Number.isFinite(budgetUsd) && budgetUsd > 0))
        return fail(arg(`--budget-usd expects a positive number of US dollars, like 2.50; got "${str('budget-usd')}"`));
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
        ...(str('junit') ? { junit: str('junit') } : {}),
        ...(budgetUsd !== undefined ? { budgetUsd } : {}),
        force: Boolean(v.force),
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
      return ok({
        command: 'compare',
        current,
        baseline,
        config: config.value,
        out,
        quiet: Boolean(v.quiet),
        ...(str('junit') ? { junit: str('junit') } : {}),
      });
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
    case 'import': {
      const [from, file, ...extra] = parsed.positionals;
      if (from !== 'promptfoo' || !file || extra.length)
        return fail(arg('evalgate import expects: import promptfoo promptfooconfig.yaml [--out gates/]'));
      return ok({ command: 'import', from, file, out: str('out') ?? 'gates', force: Boolean(v.force) });
    }
    case 'health': {
      const artifacts = positiveInt('--artifacts', str('artifacts'));
      if (!artifacts.ok) return artifacts;
      if (!str('runs') === (artifacts.value === undefined))
        return fail(
          arg('evalgate health needs either --runs DIR (a folder of run.json files) or --artifacts N (from GitHub)'),
        );
      const format = str('format') ?? 'md';
      if (format !== 'md' && format !== 'html' && format !== 'prom' && format !== 'jsonl')
        return fail(arg(`--format expects md, html, prom or jsonl; got "${format}"`));
      return ok({ command: 'health', runs: str('runs'), artifacts: artifacts.value, format });
    }
    case 'schema':
      return ok({ command: 'schema' });
    case 'demo':
      return ok({ command: 'demo', out, ...(str('example') ? { example: str('example') } : {}) });
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
        health: Boolean(v.health),
      });
    }
  }
}
