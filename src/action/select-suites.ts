import { isAbsolute, relative, resolve, sep } from 'node:path';
import { compileGlob, matchesGlobs } from '../config/glob.js';
import type { LoadedConfig } from '../config/load.js';
import type { ChangedFiles } from '../github/changed-files.js';

/** A path relative to the repository root with forward slashes, or null when outside it. */
export function repoPath(repoRoot: string, absolute: string): string | null {
  const rel = relative(repoRoot, absolute);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

/** What makes a suite worth running: its `paths` globs, and the files it is built from. */
export interface GatedPaths {
  suite: string;
  globs: string[];
  /** The config itself and every file it references for this suite (prompt, dataset, recordings, schemas). */
  files: string[];
}

export function gatedPaths(loaded: LoadedConfig, repoRoot: string): GatedPaths[] {
  const inRepo = (absolute: string) => repoPath(repoRoot, absolute);
  const config = inRepo(resolve(loaded.file));
  return loaded.suites.map((suite) => {
    const provider = loaded.config.providers[suite.provider] as { recordings?: unknown } | undefined;
    const referenced = [
      suite.promptPath,
      suite.datasetPath,
      ...(typeof provider?.recordings === 'string' ? [resolve(loaded.dir, provider.recordings)] : []),
      ...suite.scorers.flatMap((s) =>
        s.type === 'json' && typeof s.schema === 'string' ? [resolve(loaded.dir, s.schema)] : [],
      ),
    ];
    const files = [config, ...referenced.map(inRepo)].filter((f): f is string => f !== null);
    return { suite: suite.id, globs: suite.paths, files: [...new Set(files)] };
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
