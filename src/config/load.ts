import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { z } from 'zod';
import type { Issue, Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';
import { contentHash } from '../core/hash.js';
import { didYouMean } from '../core/suggest.js';
import { definitionHashes } from './definition-hash.js';
import { compileGlob } from './glob.js';
import { BUILT_IN_METRICS, higherIsBetter, parseMetricName } from './metric-name.js';
import { GateConfig, type SuiteConfig } from './schema.js';
import { parseYaml, type YamlDocument } from './yaml-document.js';
import { allowedKeysAt } from './zod-paths.js';

export interface LoadedSuite extends SuiteConfig {
  promptPath: string;
  datasetPath: string;
  /** Hashes of each scorer's and rule's definition as written, to compare with a baseline's. */
  hashes: { scorers: Record<string, string>; rules: string[] };
}

export interface LoadedConfig {
  /** The config file as the user named it, for messages. */
  file: string;
  dir: string;
  /** Hash of the validated config, recorded in run.json. */
  hash: string;
  config: GateConfig;
  suites: LoadedSuite[];
  locate: YamlDocument['locate'];
}

/** A path for messages: relative to the working directory when inside it. */
export function displayPath(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel && !rel.startsWith('..') ? rel : absolute;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${String(seg)}` : String(seg)), '');
}

export function loadConfig(file: string): Result<LoadedConfig> {
  const absolute = resolve(file);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    return fail({ file, message: `cannot read the config: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
  }
  return parseConfig(text, file, dirname(absolute));
}

/** Parses and validates config text; `dir` is where relative paths resolve. */
export function parseConfig(text: string, file: string, dir: string): Result<LoadedConfig> {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const { value, locate } = parsed.value;
  const at = (path: readonly PropertyKey[], message: string, key = false): Issue => ({ file, ...locate(path, key), path: formatPath(path), message });

  if (value === null || value === undefined) return fail({ file, line: 1, column: 1, message: 'the config is empty; see `evalgate init` for a starting point' });
  const secrets = findLiteralSecrets(value);
  if (secrets.length) {
    return fail(...secrets.map((p) => at(p, 'a literal API key is not allowed in the config; put it in a secret and name its environment variable with api_key_env (the value is not shown here)')));
  }

  const result = GateConfig.safeParse(value);
  if (!result.success) return fail(...result.error.issues.map((issue) => zodIssue(issue, value, at)));
  const config = result.data;

  const issues: Issue[] = [];
  const suites: LoadedSuite[] = [];
  const suiteIds = new Set<string>();
  config.suites.forEach((suite, s) => {
    const here = ['suites', s];
    if (suiteIds.has(suite.id)) issues.push(at([...here, 'id'], `duplicate suite id "${suite.id}"`));
    suiteIds.add(suite.id);
    if (!config.providers[suite.provider]) {
      issues.push(at([...here, 'provider'], `no provider named "${suite.provider}"${didYouMean(suite.provider, Object.keys(config.providers))}; defined: ${Object.keys(config.providers).join(', ')}`));
    }
    suite.paths.forEach((glob, g) => {
      const compiled = compileGlob(glob.replace(/^!/, ''));
      if (!compiled.ok) issues.push(at([...here, 'paths', g], compiled.issues[0]!.message));
    });
    const scorerIds = new Set<string>();
    suite.scorers.forEach((scorer, k) => {
      if (scorerIds.has(scorer.id)) issues.push(at([...here, 'scorers', k, 'id'], `duplicate scorer id "${scorer.id}" in suite "${suite.id}"`));
      scorerIds.add(scorer.id);
      if (scorer.type === 'regex') {
        try {
          new RegExp(scorer.pattern, scorer.flags);
        } catch (error) {
          issues.push(at([...here, 'scorers', k, 'pattern'], `invalid regular expression: ${(error as Error).message}`));
        }
      }
    });
    suite.rules.forEach((rule, r) => {
      const ref = parseMetricName(rule.metric);
      const known = [...[...scorerIds].flatMap((id) => [`${id}.pass_rate`, `${id}.mean`]), ...BUILT_IN_METRICS];
      if (!ref) issues.push(at([...here, 'rules', r, 'metric'], `unknown metric "${rule.metric}"${didYouMean(rule.metric, known)}; expected <scorer>.pass_rate, <scorer>.mean or one of ${BUILT_IN_METRICS.join(', ')}`));
      else if (ref.kind === 'scorer' && !scorerIds.has(ref.scorer)) {
        issues.push(at([...here, 'rules', r, 'metric'], `no scorer "${ref.scorer}" in suite "${suite.id}"${didYouMean(ref.scorer, [...scorerIds])}; scorers: ${[...scorerIds].join(', ')}`));
      }
      const bounds = (['min', 'max', 'max_drop', 'max_increase'] as const).filter((b) => rule[b] !== undefined);
      if (bounds.length !== 1) issues.push(at([...here, 'rules', r], `a rule needs exactly one of min, max, max_drop, max_increase; got ${bounds.length ? bounds.join(', ') : 'none'}`));
      if (ref && rule.max_drop !== undefined && !higherIsBetter(ref)) issues.push(at([...here, 'rules', r, 'max_drop'], `max_drop applies where higher is better; ${rule.metric} is better when lower, so use max_increase`));
      if (ref && rule.max_increase !== undefined && higherIsBetter(ref)) issues.push(at([...here, 'rules', r, 'max_increase'], `max_increase applies where lower is better; ${rule.metric} is better when higher, so use max_drop`));
      if (ref && (rule.max_drop !== undefined || rule.max_increase !== undefined) && (ref.kind === 'critical_failures' || (ref.kind === 'errors' && ref.stat === 'count'))) {
        issues.push(at([...here, 'rules', r, 'metric'], `${rule.metric} takes an absolute bound (max); regression rules compare rates, means, latency, cost and tokens`));
      }
      if (rule.per_slice && suite.slices.length === 0) issues.push(at([...here, 'rules', r, 'per_slice'], `per_slice needs the suite to name its slices (e.g. slices: [language])`));
    });
    const promptPath = resolve(dir, suite.prompt);
    const datasetPath = resolve(dir, suite.dataset);
    if (!existsSync(promptPath)) issues.push(at([...here, 'prompt'], `prompt file not found: ${displayPath(promptPath)}`));
    if (!existsSync(datasetPath)) issues.push(at([...here, 'dataset'], `dataset file not found: ${displayPath(datasetPath)}`));
    suites.push({ ...suite, promptPath, datasetPath, hashes: definitionHashes((value as { suites: unknown[] }).suites[s]) });
  });
  for (const [name, provider] of Object.entries(config.providers)) {
    if (provider.type === 'replay' && !existsSync(resolve(dir, provider.recordings))) {
      issues.push(at(['providers', name, 'recordings'], `recordings file not found: ${displayPath(resolve(dir, provider.recordings))}`));
    }
  }
  if (issues.length) return fail(...issues);
  return ok({ file, dir, hash: contentHash(config), config, suites, locate });
}

function zodIssue(issue: z.core.$ZodIssue, value: unknown, at: (path: readonly PropertyKey[], message: string, key?: boolean) => Issue): Issue {
  const path = issue.path as PropertyKey[];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(GateConfig, value, path);
      const key = issue.keys[0]!;
      const more = issue.keys.length > 1 ? ` (and ${issue.keys.slice(1).map((k) => `"${k}"`).join(', ')})` : '';
      return at([...path, key], `unknown key "${key}"${more}${didYouMean(key, allowed)}; allowed: ${allowed.join(', ')}`, true);
    }
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (options) {
        const got = lookup(value, path);
        return at(path, `unknown ${path.length >= 3 ? String(path[path.length - 3]).replace(/s$/, '') + ' ' : ''}type ${JSON.stringify(got)}${typeof got === 'string' ? didYouMean(got, options.map(String)) : ''}; expected one of ${options.join(', ')}`);
      }
      return at(path, issue.message);
    }
    case 'invalid_type': {
      const got = lookup(value, path);
      return at(path, got === undefined ? `required: expected ${issue.expected}` : `expected ${issue.expected}, got ${describe(got)}`);
    }
    default:
      return at(path, issue.message);
  }
}

function lookup(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, seg) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg] : undefined), value);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${JSON.stringify(v)}`;
}

/** Paths of values that are literal credentials: an `api_key`-like key, or a string shaped like an OpenAI key. */
function findLiteralSecrets(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return /\bsk-[A-Za-z0-9_-]{16,}/.test(value) ? [path] : [];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const key: PropertyKey = Array.isArray(value) ? Number(k) : k;
    if (/^(api[_-]?key|apikey|secret|token|password)$/i.test(k) && typeof v === 'string' && v.length > 0) return [[...path, key]];
    return findLiteralSecrets(v, [...path, key]);
  });
}
