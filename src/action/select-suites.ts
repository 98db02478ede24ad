import { isAbsolute, relative, resolve, sep } from 'node:path';
import { compileGlob, matchesGlobs } from '../config/glob.js';
import type { LoadedConfig } from '../config/load.js';
import type { ChangedFiles } from '../github/changed-files.js';
import { scorerProviders, type JudgingFile } from './gate-change.js';

/** A path relative to the repository root with forward slashes, or null when outside it. */
export function repoPath(repoRoot: string, absolute: string): string | null {
  const rel = relative(repoRoot, absolute);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

/** What makes a suite worth running: its `paths` globs, and the files it is built from. */
export interface GatedPaths {
  suite: string;
  /** The suite's `paths` globs, and the folder a `command` provider runs in (its program may read any file there). */
  globs: string[];
  /** The config itself and every file it references for this suite (prompt, dataset, recordings, schemas, modules, programs). */
  files: string[];
}

type Provider = LoadedConfig['config']['providers'][string];

/** Files a provider reads or runs, absolute: recordings, tools and schema files, a command's words that name files. */
function providerFiles(provider: Provider | undefined, dir: string): { files: string[]; folder: string | null } {
  if (!provider) return { files: [], folder: null };
  const p = provider as Record<string, unknown>;
  const named = [p.recordings, p.tools, (p.response_format as { json_schema?: unknown } | undefined)?.json_schema];
  const files = named.flatMap((f) => (typeof f === 'string' ? [resolve(dir, f)] : []));
  if (provider.type !== 'command') return { files, folder: null };
  const cwd = resolve(dir, provider.cwd ?? '.');
  // any word may be the program or a script it runs (`[node, app/eval.js]`); a word that names no file matches no change
  const words = Array.isArray(provider.command) ? provider.command : provider.command.split(/\s+/);
  files.push(...words.filter(Boolean).map((w) => resolve(cwd, w)));
  return { files, folder: provider.cwd !== undefined ? cwd : null };
}

/**
 * The files a suite is judged by, besides the config (docs/github-action.md, "What counts as
 * a gate change"): each scorer's module or JSON Schema file, and the files of the providers
 * its scorers call. A pull request that changes one changes the gate.
 */
export function judgingFiles(loaded: LoadedConfig, repoRoot: string): JudgingFile[] {
  return loaded.suites.flatMap((suite) => {
    const named = suite.scorers.flatMap((s) => {
      const file =
        s.type === 'code' ? s.module : s.type === 'json' && typeof s.schema === 'string' ? s.schema : undefined;
      return file ? [{ file: resolve(loaded.dir, file), what: `scorer ${s.id}'s file` }] : [];
    });
    for (const name of scorerProviders(suite.scorers))
      for (const file of providerFiles(loaded.config.providers[name], loaded.dir).files)
        named.push({ file, what: `provider ${name}'s file` });
    return named.flatMap(({ file, what }) => {
      const inRepo = repoPath(repoRoot, file);
      return inRepo ? [{ suite: suite.id, file: inRepo, what }] : [];
    });
  });
}

export function gatedPaths(loaded: LoadedConfig, repoRoot: string): GatedPaths[] {
  const inRepo = (absolute: string) => repoPath(repoRoot, absolute);
  const config = inRepo(resolve(loaded.file));
  const judging = judgingFiles(loaded, repoRoot);
  return loaded.suites.map((suite) => {
    const model = providerFiles(loaded.config.providers[suite.provider], loaded.dir);
    const referenced = [suite.promptPath, suite.datasetPath, ...model.files].map(inRepo);
    const own = judging.filter((j) => j.suite === suite.id).map((j) => j.file);
    const files = [config, ...referenced, ...own].filter((f): f is string => f !== null);
    const folder = model.folder === null ? null : inRepo(model.folder);
    const globs = [...suite.paths, ...(folder ? [`${folder}/**`] : [])];
    return { suite: suite.id, globs, files: [...new Set(files)] };
  });
}

export interface SuiteSelection {
  /** Suite ids to run, in config order; empty means nothing gated changed. */
  suites: string[];
  /** Per selected suite, the changed files that selected it. */
  because: { suite: string; files: string[] }[];
  /** One sentence for the report. */
  reason: string;
}

/**
 * Which suites a pull request's changes call for: a suite runs when a changed file matches
 * its `paths` globs (repository-relative, like `on.pull_request.paths`) or is the config or
 * a file the config references for it. When GitHub could not list every changed file, every
 * suite runs.
 */
export function selectSuites(loaded: LoadedConfig, changed: ChangedFiles, repoRoot: string): SuiteSelection {
  const all = loaded.suites.map((s) => s.id);
  if (!changed.complete) {
    return {
      suites: all,
      because: [],
      reason: `This pull request changes more files than GitHub lists (3,000), so every suite ran.`,
    };
  }
  const because = gatedPaths(loaded, repoRoot)
    .map((gated) => {
      const globs = gated.globs.map((g) => ({ re: compileGlob(g.replace(/^!/, '')), negated: g.startsWith('!') }));
      const regexes = globs.flatMap((g) => (g.re.ok ? [g.re.value] : []));
      const negated = globs.flatMap((g) => (g.re.ok ? [g.negated] : []));
      const files = changed.files.filter((f) => gated.files.includes(f) || matchesGlobs(f, regexes, negated));
      return { suite: gated.suite, files };
    })
    .filter((b) => b.files.length > 0);
  if (!because.length) {
    const what =
      changed.files.length === 1
        ? 'the one changed file matches'
        : `none of the ${changed.files.length} changed files matches`;
    return {
      suites: [],
      because,
      reason: `No gated files changed: ${what} a suite's paths or a file the gate config uses.`,
    };
  }
  return {
    suites: because.map((b) => b.suite),
    because,
    reason: `${because.length === all.length ? 'Every suite' : `${because.length} of ${all.length} suites`} ran because gated files changed.`,
  };
}
