import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { z } from 'zod';
import type { Issue, Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';
import { contentHash } from '../core/hash.js';
import { namedGitHubCredentials } from './github-credentials.js';
import { definitionHashes } from './definition-hash.js';
import { GateConfig, ScorerConfig, type SuiteConfig } from './schema.js';
import { applyRiskPolicy, type RiskPolicy } from './risk-policy.js';
import { findPack, packFile, type Pack } from '../dataset/pack-catalog.js';
import { installedPath } from '../core/installed-path.js';
import { didYouMean } from '../core/suggest.js';
import { parseYaml, type YamlDocument } from './yaml-document.js';
import { allowedKeysAt } from './zod-paths.js';

export interface LoadedSuite extends SuiteConfig {
  promptPath: string;
  /** The prompt variable a pack case's attack text goes into (default `question`). */
  input: string;
  /** Variables every case gets under its own (default none). */
  vars: Record<string, unknown>;
  /** The dataset file, or the pack's inside evalgate's packs/ folder. */
  datasetPath: string;
  /** The pack the suite runs (its scorers are first in `scorers`). */
  packInfo?: Pack;
  /** The suite's risk tier applied to its rules (`rules` and `hashes.rules` are the rules as they apply). */
  policy: RiskPolicy | null;
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
  return path.reduce<string>(
    (out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${String(seg)}` : String(seg)),
    '',
  );
}

export function loadConfig(file: string): Result<LoadedConfig> {
  const absolute = resolve(file);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    return fail({
      file,
      message: `cannot read the config: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    });
  }
  return parseConfig(text, file, dirname(absolute));
}

/** Parses and validates config text; `dir` is where relative paths resolve. */
export function parseConfig(text: string, file: string, dir: string): Result<LoadedConfig> {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const { value, locate } = parsed.value;
  const at = (path: readonly PropertyKey[], message: string, key = false): Issue => ({
    file,
    ...locate(path, key),
    path: formatPath(path),
    message,
  });

  if (value === null || value === undefined)
    return fail({ file, line: 1, column: 1, message: 'the config is empty; see `evalgate init` for a starting point' });
  const secrets = findLiteralSecrets(value);
  if (secrets.length) {
    return fail(
      ...secrets.map((p) =>
        at(
          p,
          'a literal API key is not allowed in the config; put it in a secret and name its environment variable with api_key_env (the value is not shown here)',
        ),
      ),
    );
  }

  const result = GateConfig.safeParse(value);
  if (!result.success) return fail(...result.error.issues.map((issue) => zodIssue(issue, value, at)));
  const config = result.data;

  const issues: Issue[] = [];
  const suites: LoadedSuite[] = [];
  config.suites.forEach((suite, s) => {
    const here = ['suites', s];
    const promptPath = resolve(dir, suite.prompt);
    const promptProblem = fileProblem(dir, suite.prompt, 'prompt file');
    if (promptProblem) issues.push(at([...here, 'prompt'], promptProblem));
    const datasetProblem = suite.dataset !== undefined && fileProblem(dir, suite.dataset, 'dataset file');
    if (datasetProblem) issues.push(at([...here, 'dataset'], datasetProblem));
    // the schema checked the pack's name; its scorers come first, as the pack defines them
    const found = suite.pack !== undefined ? findPack(suite.pack) : undefined;
    const pack = found?.ok ? found.value : undefined;
    const rawSuite = (value as { suites: Record<string, unknown>[] }).suites[s]!;
    const hashes = definitionHashes(
      pack
        ? { ...rawSuite, scorers: [...pack.scorers, ...((rawSuite.scorers as unknown[] | undefined) ?? [])] }
        : rawSuite,
    );
    const policy = applyRiskPolicy(suite.risk, suite.rules, hashes.rules);
    suites.push({
      ...suite,
      scorers: [...(pack ? pack.scorers.map((sc) => ScorerConfig.parse(sc)) : []), ...suite.scorers],
      rules: policy?.rules ?? suite.rules,
      input: suite.input ?? 'question',
      vars: suite.vars ?? {},
      promptPath,
      datasetPath: pack ? join(installedPath('packs', 'evalgate packs'), packFile(pack)) : resolve(dir, suite.dataset!),
      ...(pack ? { packInfo: pack } : {}),
      policy,
      hashes: { scorers: hashes.scorers, rules: policy?.ruleHashes ?? hashes.rules },
    });
  });
  for (const [name, provider] of Object.entries(config.providers)) {
    const recordingsProblem = provider.type === 'replay' && fileProblem(dir, provider.recordings, 'recordings file');
    if (recordingsProblem) issues.push(at(['providers', name, 'recordings'], recordingsProblem));
    for (const [path, message] of providerIssues(provider, dir)) issues.push(at(['providers', name, ...path], message));
  }
  if (issues.length) return fail(...issues);
  // the hash covers what was configured, not what the schema derives from it (a rule's parsed metric)
  const configured = {
    ...config,
    suites: config.suites.map((suite) => ({ ...suite, rules: suite.rules.map(({ ref: _ref, ...rule }) => rule) })),
  };
  return ok({ file, dir, hash: contentHash(configured), config, suites, locate });
}

function zodIssue(
  issue: z.core.$ZodIssue,
  value: unknown,
  at: (path: readonly PropertyKey[], message: string, key?: boolean) => Issue,
): Issue {
  const path = issue.path as PropertyKey[];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(GateConfig, value, path);
      const key = issue.keys[0]!;
      const more =
        issue.keys.length > 1
          ? ` (and ${issue.keys
              .slice(1)
              .map((k) => `"${k}"`)
              .join(', ')})`
          : '';
      return at(
        [...path, key],
        `unknown key "${key}"${more}${didYouMean(key, allowed)}; allowed: ${allowed.join(', ')}`,
        true,
      );
    }
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (options) {
        const got = lookup(value, path);
        return at(
          path,
          `unknown ${path.length >= 3 ? String(path[path.length - 3]).replace(/s$/, '') + ' ' : ''}type ${JSON.stringify(got)}${typeof got === 'string' ? didYouMean(got, options.map(String)) : ''}; expected one of ${options.join(', ')}`,
        );
      }
      return at(path, issue.message);
    }
    case 'invalid_type': {
      const got = lookup(value, path);
      return at(
        path,
        got === undefined ? `required: expected ${issue.expected}` : `expected ${issue.expected}, got ${describe(got)}`,
      );
    }
    default:
      return at(path, issue.message);
  }
}

function lookup(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, seg) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg] : undefined),
    value,
  );
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
    if (/^(api[_-]?key|apikey|secret|token|password)$/i.test(k) && typeof v === 'string' && v.length > 0)
      return [[...path, key]];
    return findLiteralSecrets(v, [...path, key]);
  });
}

/** Cross-checks of call providers: files they name exist; credentials come from the environment, not headers. */
function providerIssues(provider: GateConfig['providers'][string], dir: string): [PropertyKey[], string][] {
  const out: [PropertyKey[], string][] = [];
  const file = (path: PropertyKey[], value: string, what: string) => {
    const problem = fileProblem(dir, value, what);
    if (problem) out.push([path, problem]);
  };
  const credential = /^(authorization|proxy-authorization|api-key|x-api-key|x-goog-api-key)$/i;
  if (provider.type === 'openai' || provider.type === 'anthropic' || provider.type === 'gemini') {
    if (typeof provider.tools === 'string') file(['tools'], provider.tools, 'tools file');
    if (typeof provider.response_format === 'object' && typeof provider.response_format.json_schema === 'string')
      file(['response_format', 'json_schema'], provider.response_format.json_schema, 'JSON Schema file');
    for (const header of Object.keys(provider.headers ?? {})) {
      if (credential.test(header))
        out.push([
          ['headers', header],
          `the key goes in the environment variable api_key_env names, not in a header (the value is not shown here)`,
        ]);
    }
  }
  if (provider.type === 'http') {
    for (const [header, value] of Object.entries(provider.headers)) {
      if (credential.test(header) && !/\$\{[A-Za-z_][A-Za-z0-9_]*\}/.test(value))
        out.push([
          ['headers', header],
          `a credential must come from the environment: write it as \${NAME}, e.g. "Bearer \${APP_TOKEN}" (the value is not shown here)`,
        ]);
    }
  }
  if (provider.type === 'command' && provider.cwd !== undefined && !existsSync(resolve(dir, provider.cwd)))
    out.push([
      ['cwd'],
      `folder not found: ${displayPath(resolve(dir, provider.cwd))}${repositoryHint(dir, provider.cwd)}`,
    ]);
  if (provider.type === 'command' && provider.env) {
    const named = namedGitHubCredentials(provider.env);
    if (named.length)
      out.push([
        ['env'],
        `${named.join(', ')} ${named.length === 1 ? 'carries' : 'carry'} the workflow's GitHub credentials, which evalgate never passes to a program; remove ${named.length === 1 ? 'it' : 'them'} from env`,
      ]);
  }
  return out;
}

/**
 * Why a file the config names cannot be read, or undefined when it can. Files resolve
 * relative to the config (README, "The gate config"); a path that only exists from the
 * repository root gets a hint, since `paths` globs are written from there.
 */
function fileProblem(dir: string, value: string, what: string): string | undefined {
  const path = resolve(dir, value);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return `${what} not found: ${displayPath(path)}${repositoryHint(dir, value)}`;
  if (stat.isDirectory()) return `${displayPath(path)} is a folder, not a ${what}`;
  return undefined;
}

function repositoryHint(dir: string, value: string): string {
  const root = repositoryRoot(dir);
  if (!root || root === dir || !existsSync(resolve(root, value))) return '';
  const suggestion = relative(dir, resolve(root, value)).split(sep).join('/');
  return ` (did you mean ${suggestion}? paths resolve relative to ${relative(root, dir).split(sep).join('/')}/)`;
}

/** The nearest folder at or above `dir` holding `.git`. */
function repositoryRoot(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return at;
    if (dirname(at) === at) return undefined;
  }
}
