import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  boundOf
} from "./chunk-NI63WJDQ.js";
import {
  isHttpError,
  isPermissionError
} from "./chunk-QKEYEF4Y.js";
import {
  compileGlob,
  matchesGlobs,
  riskRank
} from "./chunk-U3WIKXHJ.js";

// src/action/select-suites.ts
import { isAbsolute, relative, resolve, sep } from "node:path";

// src/github/overrides.ts
var ROLES = ["read", "triage", "write", "maintain", "admin"];
async function listLabels(gh, issue) {
  const labels = await gh.octokit.paginate(gh.octokit.rest.issues.listLabelsOnIssue, {
    ...gh.repo,
    issue_number: issue,
    per_page: 100
  });
  return labels.map((l) => l.name);
}
async function removeLabel(gh, issue, name) {
  try {
    await gh.octokit.rest.issues.removeLabel({ ...gh.repo, issue_number: issue, name });
    return "removed";
  } catch (error) {
    if (isPermissionError(error)) return "forbidden";
    if (isHttpError(error) && error.status === 404) return "absent";
    throw error;
  }
}
async function labelHistory(gh, issue, label) {
  const events = await gh.octokit.paginate(gh.octokit.rest.issues.listEvents, {
    ...gh.repo,
    issue_number: issue,
    per_page: 100
  });
  let lastApplied = null;
  for (const e of events) {
    if (e.event === "labeled" && e.label?.name === label && e.actor) {
      if (!lastApplied || Date.parse(e.created_at) >= Date.parse(lastApplied.at))
        lastApplied = { actor: e.actor.login, actorType: e.actor.type ?? "User", at: e.created_at };
    }
  }
  return { lastApplied };
}
async function repositoryRole(gh, login) {
  try {
    const { data } = await gh.octokit.rest.repos.getCollaboratorPermissionLevel({ ...gh.repo, username: login });
    const flags = data.user?.permissions;
    if (flags) {
      if (flags.admin) return "admin";
      if (flags.maintain) return "maintain";
      if (flags.push) return "write";
      if (flags.triage) return "triage";
      if (flags.pull) return "read";
    }
    if (ROLES.includes(data.role_name)) return data.role_name;
    if (ROLES.includes(data.permission)) return data.permission;
    return null;
  } catch (error) {
    if (isHttpError(error) && error.status === 404) return null;
    throw error;
  }
}

// src/action/gate-change.ts
var OUTCOME_RANK = { pass: 0, warn: 1, fail: 2 };
var CORRECTION_RANK = { none: 0, bh: 1, holm: 2 };
var ruleName = (r) => `rule ${r.metric}${r.per_slice ? " per slice" : ""}`;
var marginText = (m) => m?.text ?? "";
var mergeChanges = (...changes) => ({
  loosened: changes.flatMap((c) => c.loosened),
  tightened: changes.flatMap((c) => c.tightened)
});
function scorerProviders(scorers) {
  return new Set(
    scorers.flatMap((s) => {
      const named = s.provider;
      return typeof named === "string" ? [named] : Array.isArray(named) ? named.map(String) : [];
    })
  );
}
var SOURCE_KEYS = ["type", "base_url", "url", "recordings", "command", "cwd"];
var LIMIT_KEYS = ["cases", "case_bytes", "prompt_bytes", "calls"];
var same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function diffGates(base, proposed, caseProviders = []) {
  const loosened = [];
  const tightened = [];
  for (const suite of base.suites) {
    const next = proposed.suites.find((s) => s.id === suite.id);
    if (!next) {
      loosened.push(
        `suite ${suite.id} of the base branch is gone from the pull request's gate (removed or renamed): its baseline no longer pairs and its rules no longer apply`
      );
      continue;
    }
    diffSuite(suite, next, loosened, tightened);
  }
  for (const suite of proposed.suites)
    if (!base.suites.some((s) => s.id === suite.id)) tightened.push(`suite ${suite.id} is added`);
  if (ROLES.indexOf(proposed.overrides.min_permission) < ROLES.indexOf(base.overrides.min_permission))
    loosened.push(
      `overrides need ${proposed.overrides.min_permission} permission instead of ${base.overrides.min_permission}`
    );
  for (const key of ["branch", "artifact", "workflow"])
    if (base.baseline[key] !== proposed.baseline[key])
      loosened.push(
        `the baseline's ${key} changes from ${base.baseline[key] ?? "(default)"} to ${proposed.baseline[key] ?? "(default)"}`
      );
  for (const key of LIMIT_KEYS) {
    const [from, to] = [base.limits[key], proposed.limits[key]];
    if (from !== to) (to > from ? loosened : tightened).push(`limits.${key} ${from} \u2192 ${to}`);
  }
  for (const [key, from, to] of budgetChanges(base.budget, proposed.budget)) {
    const shown = (v) => v === Infinity ? "none" : String(v);
    (to > from ? loosened : tightened).push(`${key} ${shown(from)} \u2192 ${shown(to)}`);
  }
  diffProviders(base, proposed, caseProviders, loosened);
  return { loosened, tightened };
}
function budgetChanges(base, proposed) {
  const flat = (budget) => {
    const out = /* @__PURE__ */ new Map();
    for (const key of ["usd", "calls"]) if (budget?.[key] !== void 0) out.set(`budget.${key}`, budget[key]);
    for (const [tier, own] of Object.entries(budget?.tiers ?? {}))
      for (const key of ["usd", "calls"])
        if (own[key] !== void 0) out.set(`budget.tiers.${tier}.${key}`, own[key]);
    return out;
  };
  const [from, to] = [flat(base), flat(proposed)];
  return [.../* @__PURE__ */ new Set([...from.keys(), ...to.keys()])].flatMap((key) => {
    const [a, b] = [from.get(key) ?? Infinity, to.get(key) ?? Infinity];
    return a === b ? [] : [[key, a, b]];
  });
}
function diffProviders(base, proposed, caseProviders, loosened) {
  const judging = /* @__PURE__ */ new Set([...scorerProviders(base.suites.flatMap((s) => s.scorers)), ...caseProviders]);
  const models = new Set(base.suites.map((s) => s.provider));
  for (const [name, provider] of Object.entries(base.providers)) {
    const other = proposed.providers[name];
    if (!other) continue;
    if (judging.has(name)) {
      if (!same(provider, other))
        loosened.push(`provider ${name}, which a scorer calls, is redefined (the base branch's is used until merged)`);
      continue;
    }
    if (!models.has(name)) continue;
    const read = (p, key) => p[key];
    const moved = SOURCE_KEYS.filter((key) => !same(read(provider, key), read(other, key)));
    if (moved.length) loosened.push(`provider ${name} answers from elsewhere (${moved.join(", ")} changed)`);
  }
}
function diffSuite(base, next, loosened, tightened) {
  const at = (text) => `${base.id}: ${text}`;
  for (const key of ["prompt", "dataset", "provider"])
    if (base[key] !== next[key]) loosened.push(at(`${key} ${base[key]} \u2192 ${next[key]}`));
  const listed = (what, from, to) => {
    for (const item of from) if (!to.includes(item)) loosened.push(at(`${what} ${item} is removed`));
    for (const item of to) if (!from.includes(item)) tightened.push(at(`${what} ${item} is added`));
  };
  listed("paths glob", base.paths, next.paths);
  listed("case scorer", base.case_scorers ?? [], next.case_scorers ?? []);
  for (const [name, tier] of Object.entries(base.tiers)) {
    const other = next.tiers[name];
    if (!other) {
      loosened.push(at(`tier ${name} is removed`));
      continue;
    }
    if (String(tier.seed) !== String(other.seed)) loosened.push(at(`tier ${name} seed ${tier.seed} \u2192 ${other.seed}`));
    if (!same(tier.adaptive, other.adaptive)) loosened.push(at(`tier ${name} adaptive settings change`));
    const size = (t) => t.sample === void 0 ? "every case" : t.sample.count !== void 0 ? `${t.sample.count} cases` : `${(t.sample.fraction ?? 1) * 100}%`;
    if (size(tier) === size(other)) continue;
    const a = tier.sample;
    const b = other.sample;
    const smaller = a === void 0 || b !== void 0 && (a.count !== void 0 && b.count !== void 0 ? b.count < a.count : a.fraction !== void 0 && b.fraction !== void 0 ? b.fraction < a.fraction : true);
    (smaller ? loosened : tightened).push(at(`tier ${name} samples ${size(other)} instead of ${size(tier)}`));
  }
  if (riskRank(next.risk) < riskRank(base.risk))
    loosened.push(
      at(`risk ${base.risk} \u2192 ${next.risk ?? "none"}: the ${base.risk} tier's default rules no longer apply`)
    );
  else if (riskRank(next.risk) > riskRank(base.risk)) tightened.push(at(`risk ${base.risk ?? "none"} \u2192 ${next.risk}`));
  if (base.pack !== void 0 && next.pack !== base.pack)
    loosened.push(at(`pack ${base.pack} \u2192 ${next.pack ?? "none"}: the pack's cases no longer pair with the baseline`));
  if (next.repeats !== base.repeats)
    (next.repeats < base.repeats ? loosened : tightened).push(at(`repeats ${base.repeats} \u2192 ${next.repeats}`));
  for (const slice of base.slices) if (!next.slices.includes(slice)) loosened.push(at(`slice ${slice} is removed`));
  diffContamination(
    base.contamination,
    next.contamination,
    (text, looser) => (looser ? loosened : tightened).push(at(text))
  );
  for (const scorer of base.scorers) {
    const other = next.scorers.find((s) => s.id === scorer.id);
    if (!other) loosened.push(at(`scorer ${scorer.id} is removed`));
    else if (JSON.stringify(other) !== JSON.stringify(scorer)) loosened.push(at(`scorer ${scorer.id} is redefined`));
  }
  const unmatched = [...next.rules];
  for (const rule of base.rules) {
    const i = unmatched.findIndex(
      (r) => r.metric === rule.metric && boundOf(r) === boundOf(rule) && r.per_slice === rule.per_slice
    );
    if (i < 0) {
      loosened.push(at(`${ruleName(rule)} ${boundOf(rule)} is removed or changed into another kind of rule`));
      continue;
    }
    const [other] = unmatched.splice(i, 1);
    diffRule(rule, other, (text, looser) => (looser ? loosened : tightened).push(at(`${ruleName(rule)} ${text}`)));
  }
  for (const rule of unmatched) tightened.push(at(`${ruleName(rule)} ${boundOf(rule)} is added`));
}
function diffContamination(a, b, report) {
  if (!a || !b) {
    if (a) report("the contamination check is removed", true);
    if (b) report("a contamination check is added", false);
    return;
  }
  for (const file of a.corpus) if (!b.corpus.includes(file)) report(`contamination corpus ${file} is removed`, true);
  for (const file of b.corpus) if (!a.corpus.includes(file)) report(`contamination corpus ${file} is added`, false);
  if (a.threshold !== b.threshold)
    report(`contamination threshold ${a.threshold} \u2192 ${b.threshold}`, b.threshold > a.threshold);
  if (a.n !== b.n) report(`contamination n ${a.n} \u2192 ${b.n}`, b.n > a.n);
}
function diffRule(a, b, report) {
  const moved = (what, from, to, looser) => report(`${what} ${from} \u2192 ${to} (${to < from ? "lowered" : "raised"})`, looser);
  if (a.min !== void 0 && b.min !== void 0 && a.min !== b.min) moved("min", a.min, b.min, b.min < a.min);
  if (a.max !== void 0 && b.max !== void 0 && a.max !== b.max) moved("max", a.max, b.max, b.max > a.max);
  for (const key of ["max_drop", "max_increase"]) {
    const [x, y] = [a[key], b[key]];
    if (!x || !y || marginText(x) === marginText(y)) continue;
    const looser = x.relative !== y.relative || y.value > x.value;
    report(`margin ${marginText(x)} \u2192 ${marginText(y)}`, looser);
  }
  for (const key of ["on_no_baseline", "on_inconclusive"])
    if (a[key] !== b[key]) report(`${key} ${a[key]} \u2192 ${b[key]}`, OUTCOME_RANK[b[key]] < OUTCOME_RANK[a[key]]);
  if (a.confidence !== b.confidence) moved("confidence", a.confidence, b.confidence, b.confidence < a.confidence);
  if (a.min_n !== b.min_n) moved("min_n", a.min_n, b.min_n, b.min_n > a.min_n);
  if (a.correction !== b.correction)
    report(
      `correction ${a.correction} \u2192 ${b.correction}`,
      CORRECTION_RANK[b.correction] < CORRECTION_RANK[a.correction]
    );
  if (a.aggregate !== b.aggregate) report(`aggregate ${a.aggregate} \u2192 ${b.aggregate}`, true);
}
var caseScorersOf = (cases) => new Map(cases.map((c) => [c.id, { assert: c.assert, human: c.human, line: c.line }]));
var listIds = (ids) => `${ids.slice(0, 10).join(", ")}${ids.length > 10 ? ` and ${ids.length - 10} more` : ""}`;
var labelsOf = (human, judges) => human && judges.some((j) => human[j] !== void 0) ? { output: human.output, ...Object.fromEntries(judges.map((j) => [j, human[j]])) } : void 0;
function diffCaseScorers(suite, base, proposed, judges = []) {
  const changed = [];
  const added = [];
  const relabelled = [];
  for (const [id, { assert, human }] of proposed) {
    const before = base?.get(id);
    if (base && !before) {
      if (assert) added.push(id);
    } else if (!same(before?.assert, assert)) changed.push(id);
    if (!same(labelsOf(before?.human, judges), labelsOf(human, judges))) relabelled.push(id);
  }
  if (base) {
    for (const [id, { human }] of base)
      if (!proposed.has(id) && labelsOf(human, judges) !== void 0) relabelled.push(id);
  }
  const one = changed.length === 1;
  const what = base ? `${one ? "changes its" : "change their"} own scorers (assert:) from the base branch's dataset` : `${one ? "defines its" : "define their"} own scorers (assert:), and the base branch's dataset could not be read to compare`;
  const gated = judges.map((j) => `judge.${j}.agreement`).join(", ");
  return {
    loosened: [
      ...changed.length ? [`${suite}: ${one ? "case" : "cases"} ${listIds(changed)} ${what}`] : [],
      ...added.length ? [
        `${suite}: new ${added.length === 1 ? "case" : "cases"} ${listIds(added)} ${added.length === 1 ? "brings its" : "bring their"} own scorers (assert:), which evalgate cannot tell from a scorer that passes anything`
      ] : [],
      ...relabelled.length ? [
        `${suite}: ${relabelled.length === 1 ? "case" : "cases"} ${listIds(relabelled)} ${base ? `${relabelled.length === 1 ? "changes" : "change"} the human labels (human:) of the base branch's dataset` : `${relabelled.length === 1 ? "carries" : "carry"} human labels (human:), and the base branch's dataset could not be read to compare`}, which ${gated} is measured against`
      ] : []
    ],
    tightened: []
  };
}
function diffJudgingFiles(files, changed) {
  return {
    loosened: files.flatMap(
      ({ suite, file, what }) => changed.files.includes(file) ? [`${suite}: ${what} ${file} changes`] : changed.complete ? [] : [`${suite}: ${what} ${file} may change (the pull request changes more files than GitHub lists)`]
    ),
    tightened: []
  };
}
function withGateChange(run, change, override) {
  const d = run.decision;
  if (!d || !change.loosened.length || !["pass", "warn", "skipped"].includes(d.verdict)) return run;
  const what = `The pull request loosens the gate (${change.loosened.length} change${change.loosened.length === 1 ? "" : "s"})`;
  const applied = override.applied;
  return {
    ...run,
    decision: {
      ...d,
      verdict: applied ? "overridden" : "fail",
      summary: applied ? `${what}, overridden by @${applied.actor} (${applied.permission}) with the "${applied.label}" label.` : `${what}; a maintainer's override is needed to merge it. ${d.summary}`,
      override: applied ?? null
    }
  };
}

// src/action/select-suites.ts
function repoPath(repoRoot, absolute) {
  const rel = relative(repoRoot, absolute);
  if (!rel || rel.startsWith("..") || isAbsolute(rel)) return null;
  return rel.split(sep).join("/");
}
function providerFiles(provider, dir) {
  if (!provider) return { files: [], folder: null };
  const p = provider;
  const named = [p.recordings, p.tools, p.response_format?.json_schema];
  const files = named.flatMap((f) => typeof f === "string" ? [resolve(dir, f)] : []);
  if (provider.type !== "command") return { files, folder: null };
  const cwd = resolve(dir, provider.cwd ?? ".");
  const words = Array.isArray(provider.command) ? provider.command : provider.command.split(/\s+/);
  files.push(...words.filter(Boolean).map((w) => resolve(cwd, w)));
  return { files, folder: provider.cwd !== void 0 ? cwd : null };
}
function judgingFiles(loaded, repoRoot) {
  return loaded.suites.flatMap((suite) => {
    const named = suite.scorers.flatMap((s) => {
      if (s.type === "code" && s.command) {
        const cwd = resolve(loaded.dir, s.cwd ?? ".");
        return s.command.map((w) => ({ file: resolve(cwd, w), what: `scorer ${s.id}'s file` }));
      }
      const file = s.type === "code" ? s.module : s.type === "json" && typeof s.schema === "string" ? s.schema : void 0;
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
function gatedPaths(loaded, repoRoot) {
  const inRepo = (absolute) => repoPath(repoRoot, absolute);
  const config = inRepo(resolve(loaded.file));
  const judging = judgingFiles(loaded, repoRoot);
  return loaded.suites.map((suite) => {
    const model = providerFiles(loaded.config.providers[suite.provider], loaded.dir);
    const referenced = [suite.promptPath, suite.datasetPath, ...model.files].map(inRepo);
    const own = judging.filter((j) => j.suite === suite.id).map((j) => j.file);
    const files = [config, ...referenced, ...own].filter((f) => f !== null);
    const folder = model.folder === null ? null : inRepo(model.folder);
    const globs = [...suite.paths, ...folder ? [`${folder}/**`] : []];
    return { suite: suite.id, globs, files: [...new Set(files)] };
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
  ROLES,
  listLabels,
  removeLabel,
  labelHistory,
  repositoryRole,
  mergeChanges,
  scorerProviders,
  same,
  diffGates,
  caseScorersOf,
  diffCaseScorers,
  diffJudgingFiles,
  withGateChange,
  repoPath,
  judgingFiles,
  gatedPaths,
  selectSuites
};
