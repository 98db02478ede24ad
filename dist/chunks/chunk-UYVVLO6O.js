import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  compileGlob,
  matchesGlobs
} from "./chunk-X2PA4T2E.js";

// src/action/select-suites.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
function repoPath(repoRoot, absolute) {
  const rel = relative(repoRoot, absolute);
  if (!rel || rel.startsWith("..") || isAbsolute(rel)) return null;
  return rel.split(sep).join("/");
}
function gatedPaths(loaded, repoRoot) {
  const inRepo = (absolute) => repoPath(repoRoot, absolute);
  const config = inRepo(resolve(loaded.file));
  return loaded.suites.map((suite) => {
    const provider = loaded.config.providers[suite.provider];
    const referenced = [
      suite.promptPath,
      suite.datasetPath,
      ...typeof provider?.recordings === "string" ? [resolve(loaded.dir, provider.recordings)] : [],
      ...suite.scorers.flatMap(
        (s) => s.type === "json" && typeof s.schema === "string" ? [resolve(loaded.dir, s.schema)] : []
      )
    ];
    const files = [config, ...referenced.map(inRepo)].filter((f) => f !== null);
    return { suite: suite.id, globs: suite.paths, files: [...new Set(files)] };
  });
}
function selectSuites(loaded, changed, repoRoot) {
  const all = loaded.suites.map((s) => s.id);
  if (!changed.complete) {
    return {
      suites: all,
      because: [],
      reason: `This pull request changes more files than GitHub lists (3,000), so every suite ran.`
    };
  }
  const because = gatedPaths(loaded, repoRoot).map((gated) => {
    const globs = gated.globs.map((g) => ({ re: compileGlob(g.replace(/^!/, "")), negated: g.startsWith("!") }));
    const regexes = globs.flatMap((g) => g.re.ok ? [g.re.value] : []);
    const negated = globs.flatMap((g) => g.re.ok ? [g.negated] : []);
    const files = changed.files.filter((f) => gated.files.includes(f) || matchesGlobs(f, regexes, negated));
    return { suite: gated.suite, files };
  }).filter((b) => b.files.length > 0);
  if (!because.length) {
    const what = changed.files.length === 1 ? "the one changed file matches" : `none of the ${changed.files.length} changed files matches`;
    return {
      suites: [],
      because,
      reason: `No gated files changed: ${what} a suite's paths or a file the gate config uses.`
    };
  }
  return {
    suites: because.map((b) => b.suite),
    because,
    reason: `${because.length === all.length ? "Every suite" : `${because.length} of ${all.length} suites`} ran because gated files changed.`
  };
}

export {
  repoPath,
  gatedPaths,
  selectSuites
};
