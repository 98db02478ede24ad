import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  gatedPaths
} from "./chunk-XUAV4I5W.js";
import {
  installedPath,
  loadConfig
} from "./chunk-NI63WJDQ.js";
import "./chunk-RPGOX2AU.js";
import {
  VERSION
} from "./chunk-3RM4HJMP.js";
import {
  formatIssue
} from "./chunk-TOJ4UG27.js";
import "./chunk-QKEYEF4Y.js";
import "./chunk-UMEM2MXZ.js";
import {
  compileGlob
} from "./chunk-U3WIKXHJ.js";
import "./chunk-XLT3OMSK.js";
import "./chunk-3Y7FXN34.js";
import "./chunk-PNW7NQUB.js";
import "./chunk-BX4ROB6G.js";

// src/cli/init.ts
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
var GATE = "gates/evalgate.yml";
var BASELINE_WORKFLOW = ".github/workflows/evalgate-baseline.yml";
var FORK_WORKFLOW = ".github/workflows/evalgate-fork.yml";
var HEALTH_WORKFLOW = ".github/workflows/evalgate-health.yml";
var PURPOSE = {
  [GATE]: "the gate: suites, scorers, rules, override label, baseline",
  "datasets/support-qa.jsonl": "a starter dataset (one case per line; severity: critical must pass)",
  "prompts/support-answer.md": "the prompt template ({{question}} comes from each case)",
  ".github/workflows/evalgate-pr.yml": "gates pull requests: check run, one PR comment, job summary",
  [BASELINE_WORKFLOW]: "records the baseline on pushes to the base branch",
  [FORK_WORKFLOW]: "evaluates fork PRs from the base branch's workflow (pull_request_target, after a maintainer's evalgate/evaluate label)",
  [HEALTH_WORKFLOW]: "weekly gate health (verdicts, noisy rules, flaky cases, cost) in the job summary"
};
function templatesRoot() {
  return installedPath("templates/init", "the init templates");
}
function listFiles(root, dir = root) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(root, path) : [relative(root, path).split(sep).join("/")];
  });
}
function actionReference(sha) {
  return sha ? `evalgate/evalgate@${sha} # v${VERSION}` : `evalgate/evalgate@v${VERSION} # pin to this release's full commit SHA (evalgate init --action-sha SHA)`;
}
function fillTemplate(text, options) {
  return text.replace(/__BASE_BRANCH__/g, options.branch).replace(
    /__FORK_POLICY__/g,
    options.forks ? "skip # fork PRs are evaluated by evalgate-fork.yml" : "fail-closed # without the model key a fork PR fails; see evalgate-fork.yml in the docs"
  ).replace(/__EVALGATE_ACTION__/g, actionReference(options.actionSha)).replace(/__EVALGATE_VERSION__/g, VERSION);
}
function baselineTriggerPaths(gated) {
  const globs = [...new Set(gated.flatMap((g) => g.globs).filter((g) => !g.startsWith("!")))];
  const compiled = globs.flatMap((g) => {
    const re = compileGlob(g);
    return re.ok ? [re.value] : [];
  });
  const files = gated.flatMap((g) => g.files).filter((f) => !compiled.some((re) => re.test(f)));
  return [...globs, ...new Set(files)];
}
function initProject(options) {
  const root = templatesRoot();
  const files = listFiles(root).filter(
    (f) => (options.forks || f !== FORK_WORKFLOW) && (options.health || f !== HEALTH_WORKFLOW)
  );
  files.sort((a, b) => Object.keys(PURPOSE).indexOf(a) - Object.keys(PURPOSE).indexOf(b));
  const existing = files.filter((f) => existsSync(resolve(options.dir, f)));
  if (existing.length && !options.force) return { written: [], existing };
  for (const file of files) {
    const target = resolve(options.dir, file);
    let text = fillTemplate(readFileSync(join(root, file), "utf8"), options);
    if (file === BASELINE_WORKFLOW) {
      const loaded = loadConfig(resolve(options.dir, GATE));
      if (!loaded.ok) throw new Error(`the starter gate does not load: ${loaded.issues.map(formatIssue).join("; ")}`);
      const paths = baselineTriggerPaths(gatedPaths(loaded.value, resolve(options.dir)));
      text = text.replace(/__BASELINE_PATHS__/g, JSON.stringify(paths).replace(/","/g, '", "'));
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return { written: files, existing };
}
function initCommand(options, io) {
  const result = initProject(options);
  if (!result.written.length) {
    io.err(
      [
        `evalgate: error: ${resolve(options.dir)} is set up for evalgate already; nothing was written. These exist:`,
        ...result.existing.map((f) => `  ${f}`),
        "Use --force to write every starter file again, overwriting these.",
        ""
      ].join("\n")
    );
    return 2;
  }
  const width = Math.max(...result.written.map((f) => f.length));
  const overwritten = new Set(result.existing);
  const lines = [
    `evalgate init: wrote ${result.written.length} file${result.written.length === 1 ? "" : "s"} in ${resolve(options.dir)}`
  ];
  for (const f of result.written)
    lines.push(`  ${f.padEnd(width)}  ${PURPOSE[f] ?? ""}${overwritten.has(f) ? " (overwritten)" : ""}`);
  lines.push(
    "",
    "Next:",
    "  1. Add the OPENAI_API_KEY repository secret (Settings \u2192 Secrets and variables \u2192 Actions).",
    "  2. Check the gate without model calls:  evalgate validate --config gates/evalgate.yml",
    `  3. Commit and push to ${options.branch}: the baseline workflow records the first baseline.`,
    "  4. Open a pull request that edits prompts/support-answer.md and read the evalgate comment.",
    "",
    "Each workflow explains the permissions it asks for, beside them."
  );
  if (!options.actionSha)
    lines.push(
      `The workflows use evalgate/evalgate@v${VERSION}; pin it to the release's full commit SHA (--action-sha).`
    );
  if (!options.forks)
    lines.push(
      "Pull requests from forks fail closed without secrets; `evalgate init --forks` adds the trusted pull_request_target stage."
    );
  io.out(`${lines.join("\n")}
`);
  return 0;
}
export {
  actionReference,
  baselineTriggerPaths,
  fillTemplate,
  initCommand,
  initProject,
  templatesRoot
};
