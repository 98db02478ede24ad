import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { displayPath, loadConfig, parseConfig, type LoadedConfig } from '../config/load.js';
import { GateConfig } from '../config/schema.js';
import { parseYaml } from '../config/yaml-document.js';
import { fail, InputError, ok, type Issue, type Result } from '../core/result.js';
import type { EvalCase } from '../dataset/case.js';
import { loadDatasetFile, parseDatasetText } from '../dataset/load-dataset.js';
import type { ChangedFiles } from '../github/changed-files.js';
import { readFileAt, readRepositoryFile } from '../github/pull-request.js';
import type { ActionNote } from '../report/action-notes.js';
import type { Shell, Target } from './evaluation.js';
import { withRiskPermission } from './risk-overrides.js';
import {
  caseScorersOf,
  diffCaseScorers,
  diffGates,
  diffJudgingFiles,
  mergeChanges,
  same,
  scorerProviders,
  type GateChange,
} from './gate-change.js';
import { judgingFiles, repoPath } from './select-suites.js';

/** The gate a run is judged by, and what the pull request proposes to change in it. */
export interface Gate {
  /** The base branch's suites, scorers, rules and baseline, with the pull request's prompt and dataset paths. */
  loaded: LoadedConfig;
  /** The pull request's own gate, runnable, when it changes the base branch's: evaluated beside it. */
  proposed: LoadedConfig | null;
  change: GateChange | null;
  policy: GateConfig['overrides'];
  notes: ActionNote[];
}

type Raw = Record<string, unknown> & { suites?: Record<string, unknown>[]; providers?: Record<string, unknown> };

/** The config text as YAML and as the schema reads it, or the issues, named after `label`. */
function readRaw(text: string, label: string): Result<{ raw: Raw; config: GateConfig }> {
  const parsed = parseYaml(text, label);
  if (!parsed.ok) return parsed;
  const config = GateConfig.safeParse(parsed.value.value);
  if (!config.success)
    return fail(
      ...config.error.issues.map((i) => ({
        file: label,
        ...parsed.value.locate(i.path),
        path: i.path.join('.'),
        message: i.message,
      })),
    );
  return ok({ raw: parsed.value.value as Raw, config: config.data });
}

const must = <T>(result: Result<T>): T => {
  if (!result.ok) throw new InputError(result.issues);
  return result.value;
};

/** The policy when the base branch has no gate yet (the pull request that adds evalgate). */
const DEFAULT_POLICY = GateConfig.shape.overrides.parse(undefined);

/**
 * Which gate judges this run (docs/github-action.md, "Whose gate"). Outside pull requests,
 * the checked-out config. On a pull request, the base branch's config — suites, scorers,
 * rules, thresholds, tiers, baseline — read through the contents API, with each suite's
 * prompt and dataset *paths* taken from the pull request's config (confined to the
 * repository, never through a symbolic link). On `pull_request` the checkout is the PR's, so
 * its providers are what is evaluated; on `pull_request_target` (`trusted`) the checkout is
 * the base branch's, its providers and code are used, and the PR's files are read at its
 * head commit through the API, as data.
 */
export async function chooseGate(
  shell: Shell,
  target: Target,
  trusted: boolean,
  changed: ChangedFiles | null,
): Promise<Gate> {
  const { settings, gh } = shell;
  const file = settings.config;
  const dir = dirname(resolve(file));
  if (!target.pr || !changed) {
    const loaded = must(loadConfig(file));
    return {
      loaded,
      proposed: null,
      change: null,
      policy: withRiskPermission(loaded.config.overrides, loaded.config),
      notes: [],
    };
  }
  const pr = target.pr;
  const where = settings.configInRepository;
  let baseText: string | null;
  let prText: string | null;
  let own: LoadedConfig | null = null;
  if (trusted) {
    baseText = readConfigText(file);
    const found = await readRepositoryFile(gh, where, target.headSha);
    prText = found.kind === 'file' ? found.text : null;
  } else {
    // the PR's own config, with file:line messages for its problems
    own = must(loadConfig(file));
    prText = readConfigText(file);
    baseText = await readFileAt(gh, where, pr.baseRef);
  }
  if (baseText === null) {
    return { loaded: own!, proposed: null, change: null, policy: DEFAULT_POLICY, notes: [] };
  }
  const base = must(readRaw(baseText, `${where} on ${pr.baseRef}`));
  const proposed = prText === null ? null : must(readRaw(prText, `${where} at ${target.headSha.slice(0, 7)}`));
  const notes: ActionNote[] = [{ kind: 'gate-from-base', baseRef: pr.baseRef }];

  // the PR's paths, confined to the repository; on pull_request_target, its files read as data
  const paths = new Map<string, { prompt: string; dataset?: string }>();
  // where each suite's dataset is in the pull request, repository-relative, to tell whether it changed
  const prDatasets = new Map<string, string>();
  // a folder of its own, outside the checkout: a PR's file never replaces one of the base branch's
  // (its command provider's program, a scorer module, recordings) that the gate would then run or trust
  let prDir: string | undefined;
  const prFiles = () => (prDir ??= mkdtempSync(join(settings.runner.temp ?? tmpdir(), 'evalgate-pr-files-')));
  const read: string[] = [];
  const issues: Issue[] = [];
  // a fork PR without the gate config (deleted or moved) is still evaluated on the files it
  // changed at the paths the base gate names, never silently on the base branch's own files
  const pathSuites = proposed?.raw.suites ?? (trusted ? base.raw.suites : undefined) ?? [];
  for (const [s, suite] of pathSuites.entries()) {
    const id = String(suite.id);
    const entry: Record<string, string> = {};
    for (const key of ['prompt', 'dataset'] as const) {
      // a pack suite has no dataset: its cases ship with evalgate (docs/governance.md)
      if (suite[key] === undefined) continue;
      const path = String(suite[key]);
      const inRepo = repoPath(settings.runner.workspace, resolve(dir, path));
      const at = { file: `${where} at ${target.headSha.slice(0, 7)}`, path: `suites[${s}].${key}` };
      if (!inRepo) {
        issues.push({
          ...at,
          message: `${path} resolves outside the repository; a pull request's files are read only inside it`,
        });
        continue;
      }
      if (key === 'dataset') prDatasets.set(id, inRepo);
      if (trusted) {
        const copied = await copyPullRequestFile(shell, inRepo, target.headSha, read, prFiles());
        if (copied.ok) entry[key] = copied.value;
        else issues.push({ ...at, message: `${path}: ${copied.problem}` });
        continue;
      }
      const problem = symlinkProblem(settings.runner.workspace, inRepo);
      if (problem) issues.push({ ...at, message: `${path}: ${problem}` });
      else entry[key] = path;
    }
    if (entry.prompt && (entry.dataset || suite.dataset === undefined))
      paths.set(id, { prompt: entry.prompt, ...(entry.dataset ? { dataset: entry.dataset } : {}) });
  }
  if (issues.length) throw new InputError(issues);
  if (read.length) notes.push({ kind: 'pr-files-read', files: read, sha: target.headSha, trusted });

  const judged = structuredClone(base.raw);
  for (const suite of judged.suites ?? []) {
    const own = paths.get(String(suite.id));
    if (own) Object.assign(suite, own);
  }
  const cases = await caseScorerChanges(shell, {
    target,
    trusted,
    base: base.config,
    judged,
    dir,
    changed,
    prDatasets,
    // which providers case scorers call matters only when the PR changes a provider
    providersChanged: !!proposed && !same(proposed.raw.providers, base.raw.providers),
  });
  // the model settings a same-repository PR proposes are what it asks to be evaluated; a fork's never run with
  // secrets; a provider a scorer calls (a judge, an embedder) judges the PR, so it is always the base branch's
  if (!trusted && proposed) {
    const judging = new Set([...scorerProviders(base.config.suites.flatMap((s) => s.scorers)), ...cases.providers]);
    const theirs = proposed.raw.providers ?? {};
    const models = base.config.suites.map((s) => s.provider).filter((name) => !judging.has(name) && theirs[name]);
    judged.providers = { ...base.raw.providers, ...Object.fromEntries(models.map((name) => [name, theirs[name]])) };
  }
  const loaded = must(parseConfig(JSON.stringify(judged, null, 2), file, dir));

  const configChange = proposed ? diffGates(base.config, proposed.config, cases.providers) : null;
  const change = mergeChanges(
    configChange ?? { loosened: [], tightened: [] },
    cases.change,
    diffJudgingFiles(judgingFiles(loaded, settings.runner.workspace), changed),
  );
  let runnable: LoadedConfig | null = null;
  // on pull_request_target the proposed gate runs with the base's providers and the PR's files
  // as data only, so never with a `code` scorer: that would run the fork's code beside the secrets
  const runsPrCode = trusted && (proposed?.raw.suites ?? []).some((suite) => hasCodeScorer(suite));
  if (proposed && configChange && (configChange.loosened.length || configChange.tightened.length) && !runsPrCode) {
    const raw = trusted
      ? {
          ...proposed.raw,
          providers: base.raw.providers,
          suites: (proposed.raw.suites ?? []).map((suite) => ({ ...suite, ...paths.get(String(suite.id)) })),
        }
      : proposed.raw;
    const parsed = trusted ? parseConfig(JSON.stringify(raw, null, 2), file, dir) : ok(own!);
    // the proposed gate spends under the base branch's budget: a pull request cannot raise its own (README "Budgets")
    runnable = parsed.ok ? withBudget(parsed.value, base.config.budget) : null;
  }
  const declared = base.config.overrides;
  const theirs = proposed?.config.overrides;
  if (theirs && (theirs.label !== declared.label || theirs.min_permission !== declared.min_permission))
    notes.push({
      kind: 'override-policy-changed',
      proposed: { label: theirs.label, minPermission: theirs.min_permission },
      base: { label: declared.label, minPermission: declared.min_permission },
    });
  // the base gate's risk tiers raise who may override (docs/governance.md "Risk tiers")
  return { loaded, proposed: runnable, change, policy: withRiskPermission(declared, base.config), notes };
}

/**
 * What a pull request changes in its cases' own scorers (`assert:`), suite by suite, against
 * the base branch's dataset at the base gate's path, and (when the PR changes a provider) the
 * providers those scorers call. A dataset the pull request does not touch is not compared. On the trusted stage a case
 * scorer of type `code` that the pull request's data brings is refused: the fork's data
 * would name a module to run beside the secrets.
 */
async function caseScorerChanges(
  { settings, gh }: Shell,
  o: {
    target: Target;
    trusted: boolean;
    base: GateConfig;
    judged: Raw;
    dir: string;
    changed: ChangedFiles;
    prDatasets: Map<string, string>;
    providersChanged: boolean;
  },
): Promise<{ change: GateChange; providers: string[] }> {
  const baseRef = o.target.pr!.baseRef;
  const workspace = settings.runner.workspace;
  const changes: GateChange[] = [];
  const providers: string[] = [];
  const issues: Issue[] = [];
  for (const suite of o.base.suites) {
    const raw = o.judged.suites?.find((s) => String(s.id) === suite.id);
    // a pack suite's cases ship with evalgate and define no scorers of their own
    if (!raw || suite.dataset === undefined || raw.dataset === undefined) continue;
    const prPath = resolve(o.dir, String(raw.dataset));
    const baseFile = repoPath(workspace, resolve(o.dir, suite.dataset));
    const prFile = o.prDatasets.get(suite.id) ?? baseFile;
    // on the trusted stage the PR's copy is outside the checkout: name it by its path in the repository
    const shown = prFile ?? displayPath(prPath);
    const touched =
      !o.changed.complete ||
      prFile !== baseFile ||
      [baseFile, prFile].some((f) => f !== null && o.changed.files.includes(f));
    if (!touched && !o.providersChanged) continue;
    const mine = loadDatasetFile(prPath, shown, o.base.limits);
    if (!mine.ok) continue; // the planner reports it, with the line
    providers.push(...scorerProviders(mine.value.flatMap((c) => c.assert ?? [])));
    if (!touched) continue;
    const baseCases = baseFile === null ? null : await baseDataset(gh, o.trusted, workspace, baseFile, baseRef, o.base);
    const proposed = caseScorersOf(mine.value);
    const theirs = baseCases && caseScorersOf(baseCases);
    const judges = suite.rules.flatMap((r) => (r.ref.kind === 'judge_agreement' ? [r.ref.scorer] : []));
    changes.push(diffCaseScorers(suite.id, theirs, proposed, judges));
    if (!o.trusted) continue;
    for (const [id, { assert, line }] of proposed) {
      const code = (assert ?? []).find((a) => a.type === 'code');
      if (code && !same(theirs?.get(id)?.assert, assert))
        issues.push({
          file: shown,
          line,
          message: `case "${id}" brings its own code scorer "${code.id}" in the pull request's data; the trusted stage never runs a pull request's code (docs/github-action.md, "What counts as a gate change")`,
        });
    }
  }
  if (issues.length) throw new InputError(issues);
  return { change: mergeChanges(...changes), providers };
}

/** The base branch's version of a dataset: the checkout on the trusted stage, else read at the base ref; null when unreadable. */
async function baseDataset(
  gh: Shell['gh'],
  trusted: boolean,
  workspace: string,
  inRepo: string,
  baseRef: string,
  base: GateConfig,
): Promise<EvalCase[] | null> {
  let text: string | null;
  if (trusted) {
    try {
      text = readFileSync(join(workspace, inRepo), 'utf8');
    } catch {
      text = null;
    }
  } else text = await readFileAt(gh, inRepo, baseRef);
  if (text === null) return null;
  const parsed = parseDatasetText(text, inRepo, `${inRepo} on ${baseRef}`, base.limits);
  return parsed.ok ? parsed.value : null;
}

/**
 * The override policy of the checked-out config, read leniently (the defaults when it cannot
 * be read): on pull_request_target the checkout is the base branch's, and this decides who
 * may ask for a fork's evaluation before anything of the fork is read.
 */
export function basePolicy(file: string): GateConfig['overrides'] {
  let text: string;
  try {
    text = readFileSync(resolve(file), 'utf8');
  } catch {
    return DEFAULT_POLICY;
  }
  const parsed = parseYaml(text, file);
  const raw = parsed.ok ? (parsed.value.value as { overrides?: unknown } | null)?.overrides : undefined;
  const policy = GateConfig.shape.overrides.safeParse(raw);
  return policy.success ? policy.data : DEFAULT_POLICY;
}

function readConfigText(file: string): string {
  try {
    return readFileSync(resolve(file), 'utf8');
  } catch (error) {
    throw new InputError([
      { file, message: `cannot read the config: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` },
    ]);
  }
}

/** On a checkout: a path whose real location differs from where it says it is goes through a symbolic link. */
function symlinkProblem(workspace: string, inRepo: string): string | null {
  let real: string;
  try {
    real = realpathSync(join(workspace, inRepo));
  } catch {
    return null; // not there: the config loader says so, with the line
  }
  return real === join(realpathSync(workspace), inRepo) ? null : 'is or goes through a symbolic link; it is not read';
}

/**
 * Copies a regular file of the PR's head commit into `folder` (outside the checkout), as data,
 * and gives its absolute path; a file the PR does not have is read from the base checkout.
 */
async function copyPullRequestFile(
  { settings, gh }: Shell,
  inRepo: string,
  sha: string,
  read: string[],
  folder: string,
): Promise<{ ok: true; value: string } | { ok: false; problem: string }> {
  const found = await readRepositoryFile(gh, inRepo, sha);
  if (found.kind === 'missing') return { ok: true, value: join(settings.runner.workspace, inRepo) };
  if (found.kind === 'not-a-file')
    return {
      ok: false,
      problem: `is a ${found.type === 'symlink' ? 'symbolic link' : found.type} in the pull request, not a file; it is not read`,
    };
  const target = join(folder, inRepo);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, found.text);
  if (!read.includes(inRepo)) read.push(inRepo);
  return { ok: true, value: target };
}

function withBudget(loaded: LoadedConfig, budget: GateConfig['budget']): LoadedConfig {
  const { budget: _proposed, ...rest } = loaded.config;
  return { ...loaded, config: budget ? { ...rest, budget } : rest };
}

const hasCodeScorer = (suite: Record<string, unknown>): boolean =>
  Array.isArray(suite.scorers) && suite.scorers.some((s) => (s as { type?: unknown } | null)?.type === 'code');
