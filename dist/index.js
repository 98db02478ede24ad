import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  repoPath,
  selectSuites
} from "./chunks/chunk-KHKMORUX.js";
import {
  COMMENT_MARKER,
  describeBaseline,
  inlineCode,
  renderMarkdown,
  runGate
} from "./chunks/chunk-QX2O3DV6.js";
import {
  providerNames
} from "./chunks/chunk-BFZBWMFZ.js";
import {
  readRunFile,
  writeJunit,
  writeResults
} from "./chunks/chunk-RSBR54IJ.js";
import {
  planSuites
} from "./chunks/chunk-HR466DOS.js";
import "./chunks/chunk-TZAQMTCD.js";
import {
  loadConfig,
  parseYaml
} from "./chunks/chunk-A5YM7N5A.js";
import {
  VERSION
} from "./chunks/chunk-3RM4HJMP.js";
import {
  InfrastructureError,
  InputError,
  fail,
  formatIssue,
  ok
} from "./chunks/chunk-TOJ4UG27.js";
import {
  getInput,
  getOctokit,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-5HA3PLEC.js";
import {
  finalizeRun
} from "./chunks/chunk-SKBDPH7U.js";
import "./chunks/chunk-LWR5PC4T.js";
import "./chunks/chunk-BVZOMFXN.js";
import "./chunks/chunk-MGBZGUNG.js";
import {
  RUN_SCHEMA
} from "./chunks/chunk-MPVJLZSZ.js";
import "./chunks/chunk-YRNTQCBJ.js";
import {
  GateConfig
} from "./chunks/chunk-SKFH73JI.js";
import "./chunks/chunk-LIOXYYB6.js";
import "./chunks/chunk-EQND6P5K.js";
import "./chunks/chunk-AM2RDML7.js";
import "./chunks/chunk-BX4ROB6G.js";

// src/github/client.ts
var isHttpError = (error) => error instanceof Error && typeof error.status === "number";
var isPermissionError = (error) => isHttpError(error) && (error.status === 403 || error.status === 401);
function describeError(error) {
  if (isHttpError(error)) {
    const data = error.response?.data;
    const message = typeof data?.message === "string" ? data.message : error.message;
    return `HTTP ${error.status}: ${message.split("\n")[0].slice(0, 300)}`;
  }
  return error instanceof Error ? error.message.split("\n")[0].slice(0, 300) : String(error);
}
function createGitHubClient(options) {
  const [owner, repo] = options.repository.split("/");
  if (!owner || !repo) throw new Error(`GITHUB_REPOSITORY should be owner/name; got "${options.repository}"`);
  const octokit = getOctokit(options.token, { baseUrl: options.apiUrl.replace(/\/+$/, ""), userAgent: "evalgate" });
  const stats = { requests: 0, ms: 0 };
  const delays = options.retryDelaysMs ?? [250, 1e3];
  octokit.hook.wrap("request", async (request, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      const started = performance.now();
      stats.requests++;
      try {
        return await request(requestOptions);
      } catch (error) {
        const status = isHttpError(error) ? error.status : 0;
        const retryAfter = isHttpError(error) ? Number(error.response?.headers?.["retry-after"]) : NaN;
        const retryable = status === 0 || status >= 500 || status === 429 && !(retryAfter > 10);
        if (!retryable || attempt >= delays.length) throw error;
        await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1e3 : delays[attempt]);
      } finally {
        stats.ms += performance.now() - started;
      }
    }
  });
  return {
    octokit,
    repo: { owner, repo },
    token: options.token,
    apiUrl: options.apiUrl,
    stats,
    async timed(work) {
      const started = performance.now();
      try {
        return await work();
      } finally {
        stats.ms += performance.now() - started;
      }
    }
  };
}
var sleep = (ms) => new Promise((resolve4) => setTimeout(resolve4, ms));

// src/action/gate-job.ts
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2, resolve } from "node:path";

// src/github/artifacts.ts
import { mkdirSync } from "node:fs";
import { join } from "node:path";
function toRunInfo(run) {
  return {
    id: run.id,
    runNumber: run.run_number,
    name: run.name ?? "workflow",
    event: run.event,
    conclusion: run.conclusion ?? null,
    headSha: run.head_sha,
    headBranch: run.head_branch ?? null,
    headRepository: run.head_repository?.full_name ?? null,
    url: run.html_url,
    createdAt: run.created_at,
    updatedAt: run.updated_at
  };
}
async function findRunArtifact(gh, runId, name) {
  const { data } = await gh.octokit.rest.actions.listWorkflowRunArtifacts({
    ...gh.repo,
    run_id: runId,
    name,
    per_page: 100
  });
  const artifact = data.artifacts.filter((a) => a.name === name && !a.expired && (a.workflow_run?.id === void 0 || a.workflow_run.id === runId)).sort((a, b) => b.id - a.id)[0];
  return artifact ? { id: artifact.id, name: artifact.name, digest: artifact.digest ?? null, createdAt: artifact.created_at ?? null } : null;
}
async function downloadRunFile(gh, runId, artifact, dir) {
  mkdirSync(dir, { recursive: true });
  const { DefaultArtifactClient } = await import("./chunks/artifact-WFSR4VNT.js");
  const client = new DefaultArtifactClient();
  const { digestMismatch } = await gh.timed(
    () => client.downloadArtifact(artifact.id, {
      path: dir,
      ...artifact.digest ? { expectedHash: artifact.digest } : {},
      findBy: { token: gh.token, repositoryOwner: gh.repo.owner, repositoryName: gh.repo.repo, workflowRunId: runId }
    })
  );
  const where = `artifact "${artifact.name}" of workflow run ${runId}`;
  if (digestMismatch)
    return fail({
      file: where,
      message: `the download does not match the SHA-256 digest GitHub recorded at upload (${artifact.digest}); it was not used`
    });
  const run = readRunFile(join(dir, "run.json"));
  return run.ok ? run : fail(
    ...run.issues.map((i) => ({
      ...i,
      file: `${where}: ${i.path ? `run.json ${i.path}` : "run.json"}`,
      path: void 0
    }))
  );
}

// src/github/baseline.ts
var TRUSTED_BASELINE_EVENTS = ["push", "schedule"];
function untrustedReason(run, repository, branch) {
  if (!TRUSTED_BASELINE_EVENTS.includes(run.event))
    return `run ${run.id} was triggered by ${run.event}, not push or schedule`;
  if (run.headRepository?.toLowerCase() !== repository.toLowerCase())
    return `run ${run.id} ran code from ${run.headRepository ?? "a deleted repository"}, not ${repository}`;
  if (run.headBranch !== branch) return `run ${run.id} is on ${run.headBranch ?? "no branch"}, not ${branch}`;
  if (run.conclusion !== "success") return `run ${run.id} concluded ${run.conclusion ?? "nothing yet"}`;
  return null;
}
async function findTrustedBaseline(gh, query) {
  const repository = `${gh.repo.owner}/${gh.repo.repo}`;
  const maxRuns = query.maxRuns ?? 60;
  const passedOver = [];
  let examined = 0;
  for await (const page of gh.octokit.paginate.iterator(gh.octokit.rest.actions.listWorkflowRunsForRepo, {
    ...gh.repo,
    branch: query.branch,
    status: "success",
    exclude_pull_requests: true,
    per_page: 30
  })) {
    for (const item of page.data) {
      const run = toRunInfo(item);
      if (run.id === query.excludeRunId) continue;
      if (++examined > maxRuns) return { candidate: null, examined: maxRuns, passedOver };
      const reason = untrustedReason(run, repository, query.branch);
      if (reason) {
        passedOver.push(reason);
        continue;
      }
      const artifact = await findRunArtifact(gh, run.id, query.artifact);
      if (artifact) return { candidate: { run, artifact }, examined, passedOver };
    }
  }
  return { candidate: null, examined, passedOver };
}
async function downloadBaseline(gh, candidate, dir) {
  const file = await downloadRunFile(gh, candidate.run.id, candidate.artifact, dir);
  if (!file.ok) return { ok: false, reason: file.issues.map((i) => `${i.file}: ${i.message}`).join("; ") };
  const sha = file.value.manifest.git.sha;
  if (sha && sha !== candidate.run.headSha) {
    return {
      ok: false,
      reason: `run.json in workflow run ${candidate.run.id} says commit ${sha.slice(0, 7)}, but that run built ${candidate.run.headSha.slice(0, 7)}; it was not used`
    };
  }
  return { ok: true, run: file.value };
}

// src/github/changed-files.ts
var PR_FILE_LIMIT = 3e3;
async function listChangedFiles(gh, pullNumber, changedFilesCount) {
  const files = /* @__PURE__ */ new Set();
  let listed = 0;
  for await (const page of gh.octokit.paginate.iterator(gh.octokit.rest.pulls.listFiles, {
    ...gh.repo,
    pull_number: pullNumber,
    per_page: 100
  })) {
    for (const f of page.data) {
      listed++;
      files.add(f.filename);
      if (f.previous_filename) files.add(f.previous_filename);
    }
  }
  const complete = listed < PR_FILE_LIMIT && (changedFilesCount === void 0 || changedFilesCount <= listed);
  return { files: [...files], complete };
}

// src/github/check-run.ts
var CHECK_SUMMARY_LIMIT = 65535;
var CHECK_TITLE_LIMIT = 255;
var ANNOTATIONS_PER_REQUEST = 50;
var ANNOTATION_MESSAGE_LIMIT = 6e4;
async function startCheckRun(gh, check) {
  const { data } = await gh.octokit.rest.checks.create({
    ...gh.repo,
    name: check.name,
    head_sha: check.headSha,
    status: "in_progress",
    started_at: (/* @__PURE__ */ new Date()).toISOString(),
    ...check.detailsUrl ? { details_url: check.detailsUrl } : {},
    ...check.externalId ? { external_id: check.externalId } : {}
  });
  return { id: data.id, url: data.html_url ?? "", appSlug: data.app?.slug ?? null };
}
async function completeCheckRun(gh, id, conclusion, output) {
  const [first, ...rest] = batches(output);
  await gh.octokit.rest.checks.update({
    ...gh.repo,
    check_run_id: id,
    status: "completed",
    conclusion,
    completed_at: (/* @__PURE__ */ new Date()).toISOString(),
    output: first
  });
  for (const batch of rest) await gh.octokit.rest.checks.update({ ...gh.repo, check_run_id: id, output: batch });
}
async function createCompletedCheckRun(gh, check, conclusion, output) {
  const [first, ...rest] = batches(output);
  const { data } = await gh.octokit.rest.checks.create({
    ...gh.repo,
    name: check.name,
    head_sha: check.headSha,
    status: "completed",
    conclusion,
    completed_at: (/* @__PURE__ */ new Date()).toISOString(),
    output: first,
    ...check.detailsUrl ? { details_url: check.detailsUrl } : {}
  });
  for (const batch of rest) await gh.octokit.rest.checks.update({ ...gh.repo, check_run_id: data.id, output: batch });
  return { id: data.id, url: data.html_url ?? "", appSlug: data.app?.slug ?? null };
}
function batches(output) {
  const title = clip(output.title, CHECK_TITLE_LIMIT);
  const summary2 = clip(output.summary, CHECK_SUMMARY_LIMIT);
  const annotations = (output.annotations ?? []).map((a) => ({
    ...a,
    message: clip(a.message, ANNOTATION_MESSAGE_LIMIT),
    ...a.title ? { title: clip(a.title, CHECK_TITLE_LIMIT) } : {}
  }));
  const out = [];
  for (let i = 0; i === 0 || i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
    out.push({ title, summary: summary2, annotations: annotations.slice(i, i + ANNOTATIONS_PER_REQUEST) });
  return out;
}
function clip(text, limit) {
  if (text.length <= limit) return text;
  const note = "\n\n\u2026 (cut to fit GitHub\u2019s limit; the full report is in the job summary)";
  return text.slice(0, limit - note.length) + note;
}

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
  const headRewrites = [];
  for (const e of events) {
    if (e.event === "labeled" && e.label?.name === label && e.actor) {
      if (!lastApplied || Date.parse(e.created_at) >= Date.parse(lastApplied.at))
        lastApplied = { actor: e.actor.login, actorType: e.actor.type ?? "User", at: e.created_at };
    }
    if (e.event === "head_ref_force_pushed" || e.event === "head_ref_restored") headRewrites.push(e.created_at);
  }
  return { lastApplied, headRewrites };
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
async function headCommitArrival(gh, query) {
  const runs = await gh.octokit.paginate(gh.octokit.rest.actions.listWorkflowRunsForRepo, {
    ...gh.repo,
    head_sha: query.headSha,
    event: "pull_request",
    per_page: 100
  });
  const matching = runs.filter(
    (r) => r.head_sha === query.headSha && r.head_branch === query.headBranch && r.head_repository?.full_name?.toLowerCase() === query.headRepository.toLowerCase()
  );
  const first = matching.sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at))[0];
  return first ? { at: first.created_at, runId: first.id } : null;
}

// src/github/previous-results.ts
async function findPreviousResults(gh, query, dir) {
  const { data } = await gh.octokit.rest.actions.listWorkflowRunsForRepo({
    ...gh.repo,
    head_sha: query.headSha,
    event: "pull_request",
    status: "completed",
    per_page: 20
  });
  const runs = data.workflow_runs.map(toRunInfo).filter(
    (r) => r.id !== query.excludeRunId && r.headSha === query.headSha && r.headBranch === query.headBranch && r.headRepository?.toLowerCase() === query.headRepository.toLowerCase()
  );
  for (const run of runs.slice(0, 5)) {
    const artifact = await findRunArtifact(gh, run.id, query.artifact);
    if (!artifact) continue;
    const file = await downloadRunFile(gh, run.id, artifact, `${dir}/${run.id}`);
    if (file.ok && file.value.manifest.git.sha === query.headSha) return { run, results: file.value };
  }
  return null;
}

// src/github/pull-request.ts
function toPullRequestInfo(pull) {
  return {
    number: pull.number,
    headSha: pull.head.sha,
    headRef: pull.head.ref,
    headRepository: pull.head.repo?.full_name ?? null,
    baseRef: pull.base.ref,
    labels: pull.labels.map((l) => l.name ?? "").filter(Boolean),
    changedFiles: pull.changed_files,
    url: pull.html_url
  };
}
async function findPullRequestForHead(gh, head) {
  const pulls = await gh.octokit.paginate(gh.octokit.rest.pulls.list, {
    ...gh.repo,
    state: "open",
    head: `${head.owner}:${head.branch}`,
    per_page: 100
  });
  const pull = pulls.find((p) => p.head.sha === head.sha);
  return pull ? toPullRequestInfo(pull) : null;
}
async function readFileAt(gh, path, ref) {
  try {
    const { data } = await gh.octokit.rest.repos.getContent({ ...gh.repo, path, ref, mediaType: { format: "raw" } });
    return typeof data === "string" ? data : null;
  } catch (error) {
    if (isHttpError(error) && error.status === 404) return null;
    throw error;
  }
}

// src/action/event.ts
import { readFileSync } from "node:fs";
function readEvent(runner) {
  let payload = {};
  if (runner.eventPath) {
    try {
      payload = JSON.parse(readFileSync(runner.eventPath, "utf8"));
    } catch (error) {
      throw new Error(`cannot read the event payload ${runner.eventPath}: ${error.message}`);
    }
  }
  return parseEvent(runner, payload);
}
function parseEvent(runner, payload) {
  const name = runner.eventName;
  const pr = payload.pull_request;
  if ((name === "pull_request" || name === "pull_request_target") && pr) {
    const pull = toPullRequestInfo(pr);
    const base = payload.repository?.full_name ?? runner.repository;
    return {
      kind: "pull_request",
      name,
      action: String(payload.action ?? ""),
      pull,
      fromFork: pull.headRepository?.toLowerCase() !== base.toLowerCase()
    };
  }
  const wr = payload.workflow_run;
  if (name === "workflow_run" && wr?.event === "pull_request" && wr.head_sha && wr.head_branch && wr.head_repository?.full_name) {
    return {
      kind: "workflow_run",
      name,
      headSha: wr.head_sha,
      headBranch: wr.head_branch,
      headRepository: wr.head_repository.full_name,
      headOwner: wr.head_repository.owner?.login ?? wr.head_repository.full_name.split("/")[0],
      triggeringEvent: wr.event
    };
  }
  const branch = runner.ref.startsWith("refs/heads/") ? runner.ref.slice("refs/heads/".length) : null;
  return { kind: "branch", name, sha: runner.sha, ref: runner.ref, branch };
}

// src/action/override.ts
var NO_OVERRIDE = { applied: null, ignored: [] };
function newestPush(arrival, headRewrites, headSha) {
  const candidates = [
    ...arrival ? [{ at: arrival.at, what: `commit ${headSha.slice(0, 7)} arrived on the head branch` }] : [],
    ...headRewrites.map((at) => ({ at, what: "the head branch was force-pushed" }))
  ];
  return candidates.sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0] ?? null;
}
function judgeOverride(f) {
  const name = `Override label "${f.label}"`;
  if (f.removal === "removed")
    return {
      applied: null,
      ignored: [
        `${name} was removed because new commits were pushed after it was applied; a ${f.minPermission} user can apply it again after reviewing them.`
      ]
    };
  if (f.removal === "forbidden")
    return {
      applied: null,
      ignored: [
        `${name} is ignored: new commits were pushed after it was applied, and this token could not remove it.`
      ]
    };
  if (!f.present) return NO_OVERRIDE;
  const applied = f.lastApplied;
  if (!applied)
    return { applied: null, ignored: [`${name} is ignored: the pull request's events do not say who applied it.`] };
  const who = `@${applied.actor}`;
  if (!f.role || ROLES.indexOf(f.role) < ROLES.indexOf(f.minPermission)) {
    return {
      applied: null,
      ignored: [
        `${name} is ignored: ${who} applied it with ${f.role ?? "no"} permission on this repository; it needs ${f.minPermission} or higher.`
      ]
    };
  }
  if (!f.newestPush)
    return {
      applied: null,
      ignored: [
        `${name} is ignored: GitHub's records do not show when the head branch was last pushed, so it cannot be shown to postdate the newest commits.`
      ]
    };
  if (!(Date.parse(applied.at) > Date.parse(f.newestPush.at))) {
    return {
      applied: null,
      ignored: [
        `${name} is ignored: ${who} applied it at ${applied.at}, before the newest push (${f.newestPush.what} at ${f.newestPush.at}); apply it again after reviewing the new commits.`
      ]
    };
  }
  return { applied: { label: f.label, actor: applied.actor, permission: f.role, applied_at: applied.at }, ignored: [] };
}

// src/action/reuse.ts
function reuseProblem(previous, planned, loaded, tier, headSha) {
  const m = previous.manifest;
  if (m.git.sha !== headSha) return `it evaluated commit ${m.git.sha?.slice(0, 7) ?? "unknown"}`;
  if (m.config.hash !== loaded.hash) return "the gate config changed since";
  if (m.tier !== tier) return `it ran tier ${m.tier}, not ${tier}`;
  if (m.shard) return `it was shard ${m.shard}`;
  if (!previous.decision || previous.decision.verdict === "error" || previous.decision.verdict === "skipped")
    return `its verdict was ${previous.decision?.verdict ?? "missing"}`;
  const ids = (xs) => xs.map((x) => x.id).sort().join(",");
  if (ids(m.suites) !== ids(planned.map((p) => p.manifest)))
    return `it ran suites ${m.suites.map((s) => s.id).join(", ")}`;
  for (const p of planned) {
    const before = m.suites.find((s) => s.id === p.manifest.id);
    if (before.dataset_hash !== p.manifest.dataset_hash || before.prompt_hash !== p.manifest.prompt_hash)
      return `the dataset or prompt of ${p.manifest.id} differs`;
    if (before.cases !== p.manifest.cases || before.repeats !== p.manifest.repeats)
      return `${p.manifest.id} ran ${before.cases} cases \xD7 ${before.repeats}`;
  }
  return null;
}

// src/action/secrets.ts
var DEFAULT_KEY_ENV = { openai: "OPENAI_API_KEY", anthropic: "ANTHROPIC_API_KEY" };
function credentialVariables(loaded, suites) {
  const names = /* @__PURE__ */ new Set();
  const used = new Set(loaded.suites.filter((s) => suites.includes(s.id)).flatMap(providerNames));
  for (const providerName of used) {
    const provider = loaded.config.providers[providerName];
    if (!provider) continue;
    const name = "api_key_env" in provider ? provider.api_key_env : DEFAULT_KEY_ENV[provider.type];
    if (typeof name === "string" && name) names.add(name);
  }
  return [...names];
}
function missingCredentials(loaded, suites, env = process.env) {
  return credentialVariables(loaded, suites).filter((name) => !env[name]);
}
function secretValues(names, env = process.env) {
  const runnerSecrets = Object.keys(env).filter((k) => /(^|_)(TOKEN|SECRET|API_KEY|PASSWORD)$/.test(k));
  return [
    ...new Set(
      [...names, ...runnerSecrets].map((k) => env[k]).filter((v) => typeof v === "string" && v.length >= 8)
    )
  ];
}
function redact(text, secrets) {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) if (out.includes(s)) out = out.split(s).join("***");
  return out;
}
function redactDeep(value, secrets) {
  if (!secrets.length) return value;
  if (typeof value === "string") return redact(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, secrets)]));
  return value;
}

// src/action/verdict-run.ts
function verdictRun(input) {
  return {
    schema: RUN_SCHEMA,
    manifest: {
      tool: { name: "evalgate", version: VERSION },
      config: input.config,
      git: input.git,
      event: input.event,
      pr: input.pr,
      tier: input.tier,
      shard: null,
      suites: [],
      started_at: input.startedAt,
      ended_at: (/* @__PURE__ */ new Date()).toISOString()
    },
    cases: [],
    aggregates: [],
    decision: {
      verdict: input.verdict,
      summary: input.summary,
      reasons: input.reasons ?? [],
      rules: [],
      critical_failures: [],
      comparisons: {},
      override: null
    }
  };
}
function asError(run, summary2, reasons) {
  return {
    ...run,
    decision: {
      ...run.decision ?? { rules: [], critical_failures: [], comparisons: {}, override: null },
      verdict: "error",
      summary: summary2,
      reasons
    }
  };
}

// src/action/gate-job.ts
var FORK_DOCS = "docs/github-action.md#fork-pull-requests";
var GateJob = class {
  constructor(settings, gh, log, startedAt) {
    this.settings = settings;
    this.gh = gh;
    this.log = log;
    this.startedAt = startedAt;
    this.tier = settings.tier ?? "full";
  }
  settings;
  gh;
  log;
  startedAt;
  event;
  target;
  loaded;
  tier;
  check = null;
  /** Why there is no check run, when the token could not create one. */
  checkProblem = null;
  /** Trusted Markdown lines shown under the report (comment, check, job summary). */
  notes = [];
  /** Lines only for the job summary (what the PR could not be told). */
  summaryNotes = [];
  evaluationMs = 0;
  scratch;
  /** Temporary space for downloads, outside the results directory that the workflow uploads. */
  tmp() {
    this.scratch ??= mkdtempSync(join2(this.settings.runner.temp ?? tmpdir(), "evalgate-"));
    return this.scratch;
  }
  get runUrl() {
    const r = this.settings.runner;
    if (!r.runId) return void 0;
    return `${r.serverUrl}/${r.repository}/actions/runs/${r.runId}${r.runAttempt && r.runAttempt > 1 ? `/attempts/${r.runAttempt}` : ""}`;
  }
  async evaluate() {
    const { settings, log } = this;
    const event = this.event = readEvent(settings.runner);
    const target = await this.resolveTarget(event);
    if (!target)
      return this.skipped(
        "The pull request this workflow_run belongs to is no longer open at that commit; nothing to report."
      );
    this.target = target;
    this.tier = settings.tier ?? (target.pr ? "smoke" : "full");
    const loaded = loadConfig(settings.config);
    if (!loaded.ok) throw new InputError(loaded.issues);
    this.loaded = loaded.value;
    const { suites, reason } = await this.chooseSuites(loaded.value, target);
    if (!suites.length) return this.skipped(reason ?? "No gated files changed.");
    const missing = missingCredentials(loaded.value, suites);
    if (missing.length && target.fromFork && event.kind === "pull_request") {
      const why = `this pull request comes from a fork, and GitHub gives fork pull requests no secrets, so the model credentials (${missing.join(", ")}) are not set`;
      log.info(`evalgate: ${why}; fork-policy is ${settings.forkPolicy}.`);
      this.notes.push(
        `To evaluate pull requests from forks, use the trusted two-stage \`workflow_run\` workflow described in [${FORK_DOCS}](${this.docsUrl()}); it reads the PR's prompt and dataset files as data and never runs PR code with secrets.`
      );
      if (settings.forkPolicy === "skip") return this.skipped(`Skipped (fork-policy: skip): ${why}.`);
      return this.errorRun(`Could not evaluate: ${why}. evalgate fails closed (fork-policy: fail-closed).`, []);
    }
    if (event.kind === "workflow_run") await this.readPullRequestFiles(loaded.value, suites, target);
    if (target.canWrite && !settings.shard) await this.startCheck(target);
    const [baseline, override, previous] = await Promise.all([
      this.baseline(loaded.value, target),
      this.override(loaded.value, target),
      this.previousResults(loaded.value, target)
    ]);
    const started = performance.now();
    try {
      if (previous) {
        const redecided = await this.redecide(loaded.value, suites, previous, baseline, override);
        if (redecided) return redecided;
      }
      log.info(`evalgate: evaluating ${suites.join(", ")} (tier ${this.tier})`);
      return await runGate({
        loaded: loaded.value,
        tier: this.tier,
        suites,
        shard: settings.shard,
        baseline: baseline.run,
        baselineInfo: baseline.info,
        git: { sha: target.headSha, ref: settings.runner.ref || null },
        event: settings.runner.eventName || null,
        pr: target.pr?.number ?? null,
        override,
        baseBranch: !target.pr,
        ...settings.cacheDir ? { cacheDir: resolve(settings.cacheDir) } : {}
      });
    } finally {
      this.evaluationMs = performance.now() - started;
    }
  }
  /** The Run for a failure: what was finished is kept, and the verdict is `error` ("could not evaluate"); the report lists why. */
  failed(error) {
    if (error instanceof InputError) {
      return this.errorRun(
        "Could not evaluate: the gate config, a dataset or a prompt has problems.",
        error.issues.map(formatIssue)
      );
    }
    const partial = error instanceof InfrastructureError ? error.run : void 0;
    const what = isHttpError(error) ? "GitHub API failure" : error instanceof InfrastructureError ? "the model provider failed" : "internal error";
    const detail = isHttpError(error) ? describeError(error) : error.message;
    this.log.warning(`evalgate: could not evaluate: ${what}: ${detail}`);
    if (what === "internal error" && process.env.EVALGATE_DEBUG) this.log.warning(error.stack ?? "");
    return partial ? asError(partial, `Could not evaluate: ${what}.`, [detail]) : this.errorRun(`Could not evaluate: ${what}.`, [detail]);
  }
  docsUrl() {
    return "https://github.com/evalgate/evalgate/blob/main/docs/github-action.md#fork-pull-requests";
  }
  base() {
    return {
      config: this.loaded ? { file: this.loaded.file, hash: this.loaded.hash } : { file: this.settings.config, hash: "" },
      git: { sha: this.target?.headSha ?? (this.settings.runner.sha || null), ref: this.settings.runner.ref || null },
      event: this.settings.runner.eventName || null,
      pr: this.target?.pr?.number ?? null,
      tier: this.tier,
      startedAt: this.startedAt
    };
  }
  skipped(summary2) {
    return verdictRun({ ...this.base(), verdict: "skipped", summary: summary2 });
  }
  errorRun(summary2, reasons) {
    return verdictRun({ ...this.base(), verdict: "error", summary: summary2, reasons });
  }
  async resolveTarget(event) {
    const runner = this.settings.runner;
    if (event.kind === "pull_request") {
      this.log.info(
        `evalgate: pull request #${event.pull.number} (${event.action || event.name}) at ${event.pull.headSha.slice(0, 7)}${event.fromFork ? ` from the fork ${event.pull.headRepository ?? "(deleted)"}` : ""}`
      );
      return { pr: event.pull, headSha: event.pull.headSha, canWrite: !event.fromFork, fromFork: event.fromFork };
    }
    if (event.kind === "workflow_run") {
      const pr = await findPullRequestForHead(this.gh, {
        owner: event.headOwner,
        branch: event.headBranch,
        sha: event.headSha
      });
      if (!pr) return null;
      this.log.info(
        `evalgate: trusted workflow_run for pull request #${pr.number} at ${event.headSha.slice(0, 7)} from ${event.headRepository}`
      );
      return {
        pr,
        headSha: event.headSha,
        canWrite: true,
        fromFork: pr.headRepository?.toLowerCase() !== runner.repository.toLowerCase()
      };
    }
    this.log.info(`evalgate: ${event.name || "run"} on ${event.ref || "no ref"} at ${event.sha.slice(0, 7)}`);
    return { pr: null, headSha: event.sha, canWrite: true, fromFork: false };
  }
  /** Suites named by the `suites` input, or those the PR's changes call for; every suite outside PRs. */
  async chooseSuites(loaded, target) {
    if (this.settings.suites.length) return { suites: this.settings.suites, reason: null };
    if (!target.pr) return { suites: loaded.suites.map((s) => s.id), reason: null };
    const changed = await listChangedFiles(this.gh, target.pr.number, target.pr.changedFiles);
    const selection = selectSuites(loaded, changed, this.settings.runner.workspace);
    this.log.info(
      `evalgate: ${changed.files.length} changed file(s); ${selection.suites.length ? `suites ${selection.suites.join(", ")}` : "no gated files"}`
    );
    if (!selection.suites.length) return { suites: [], reason: selection.reason };
    this.notes.push(selection.reason);
    for (const b of selection.because) {
      const shown = b.files.slice(0, 10).map(inlineCode).join(", ");
      this.notes.push(
        `- ${inlineCode(b.suite)}: ${shown}${b.files.length > 10 ? ` and ${b.files.length - 10} more` : ""}`
      );
    }
    this.notes.push("");
    return { suites: selection.suites, reason: selection.reason };
  }
  /**
   * The trusted second stage of a fork PR: the gate config and all code come from the base
   * branch checkout; the PR's prompt and dataset of each suite are read from the PR's head
   * commit through the API, as data, and written over the base branch's copies.
   */
  async readPullRequestFiles(loaded, suites, target) {
    const replaced = [];
    for (const suite of loaded.suites.filter((s) => suites.includes(s.id))) {
      for (const absolute of [suite.promptPath, suite.datasetPath]) {
        const path = repoPath(this.settings.runner.workspace, absolute);
        if (!path) continue;
        const text = await readFileAt(this.gh, path, target.headSha);
        if (text === null) continue;
        writeFileSync(absolute, text);
        replaced.push(path);
      }
    }
    this.notes.push(
      `Evaluated the pull request's ${replaced.map(inlineCode).join(", ") || "files"} at ${inlineCode(target.headSha.slice(0, 7))}, read as data, with the base branch's gate config and code (trusted \`workflow_run\`).`,
      ""
    );
  }
  async startCheck(target) {
    try {
      this.check = await startCheckRun(this.gh, {
        name: this.settings.checkName,
        headSha: target.headSha,
        ...this.runUrl ? { detailsUrl: this.runUrl } : {}
      });
    } catch (error) {
      if (!isPermissionError(error)) throw error;
      this.checkProblem = `could not create the check run (${describeError(error)}); the workflow needs \`permissions: checks: write\``;
      this.log.warning(`evalgate: ${this.checkProblem}`);
    }
  }
  async baseline(loaded, target) {
    const none = { run: null, info: null };
    if (this.settings.baseline) {
      const file = readRunFile(resolve(this.settings.baseline));
      if (!file.ok) throw new InputError(file.issues);
      return { run: file.value, info: describeBaseline(file.value, `file ${this.settings.baseline}`) };
    }
    const event = this.event;
    const branch = loaded.config.baseline.branch ?? (target.pr ? target.pr.baseRef : event.kind === "branch" ? event.branch : null);
    const artifact = loaded.config.baseline.artifact;
    if (!branch) {
      this.notes.push("No baseline: this run is not on a branch, so there is no base branch to compare with.");
      return none;
    }
    const search = await findTrustedBaseline(this.gh, { branch, artifact, excludeRunId: this.settings.runner.runId });
    if (!search.candidate) {
      this.notes.push(
        `No trusted baseline: no successful push or schedule run of ${inlineCode(branch)} in this repository holds an artifact named ${inlineCode(artifact)} (looked at ${search.examined} run${search.examined === 1 ? "" : "s"}). Absolute rules were applied; regression rules report "no baseline".`
      );
      this.log.info(
        `evalgate: no trusted baseline on ${branch}${search.passedOver.length ? `; passed over: ${search.passedOver.slice(0, 5).join("; ")}` : ""}`
      );
      return none;
    }
    const { run } = search.candidate;
    const download = await downloadBaseline(this.gh, search.candidate, join2(this.tmp(), "baseline"));
    if (!download.ok) {
      this.notes.push(
        `The newest trusted baseline, [workflow run #${run.runNumber}](${run.url}), was not used: ${download.reason.replace(/[<>]/g, "")}.`
      );
      return none;
    }
    this.log.info(
      `evalgate: baseline from workflow run ${run.id} (${run.event} to ${branch}) at ${run.headSha.slice(0, 7)}`
    );
    return {
      run: download.run,
      info: {
        source: `workflow run #${run.runNumber} (${run.event} to ${branch})`,
        git_sha: run.headSha,
        ref: `refs/heads/${branch}`,
        created_at: run.updatedAt,
        run_url: run.url
      }
    };
  }
  /** The override label's standing: removed on synchronize, else judged from events, permission and push times. */
  async override(loaded, target) {
    const event = this.event;
    if (!target.pr || event.kind === "branch") return NO_OVERRIDE;
    const { label, min_permission: minPermission } = await this.overridePolicy(loaded, target.pr.baseRef);
    const labels = await listLabels(this.gh, target.pr.number);
    if (!labels.includes(label)) return NO_OVERRIDE;
    const base = { label, minPermission, present: true, lastApplied: null, role: null, newestPush: null };
    if (event.kind === "pull_request" && event.action === "synchronize") {
      const removal = target.canWrite ? await removeLabel(this.gh, target.pr.number, label) : "forbidden";
      this.log.info(
        `evalgate: new commits were pushed; override label ${removal === "removed" ? "removed" : "could not be removed"}`
      );
      return removal === "absent" ? NO_OVERRIDE : judgeOverride({ ...base, removal });
    }
    const [history, arrival] = await Promise.all([
      labelHistory(this.gh, target.pr.number, label),
      target.pr.headRepository ? headCommitArrival(this.gh, {
        headSha: target.headSha,
        headBranch: target.pr.headRef,
        headRepository: target.pr.headRepository
      }) : Promise.resolve(null)
    ]);
    const role = history.lastApplied ? await repositoryRole(this.gh, history.lastApplied.actor) : null;
    const decision = judgeOverride({
      ...base,
      lastApplied: history.lastApplied,
      role,
      newestPush: newestPush(arrival, history.headRewrites, target.headSha)
    });
    this.log.info(
      `evalgate: override label present; ${decision.applied ? `applied by ${decision.applied.actor} (${decision.applied.permission})` : decision.ignored.join(" ")}`
    );
    return decision;
  }
  /**
   * Who may override comes from the base branch's config, not the PR's: a pull request must not
   * lower the bar for its own override. Without a config on the base branch (the PR that adds
   * evalgate), the defaults apply.
   */
  async overridePolicy(loaded, baseRef) {
    const own = loaded.config.overrides;
    let policy = GateConfig.shape.overrides.parse(void 0);
    try {
      const text = await readFileAt(this.gh, this.settings.configInRepository, baseRef);
      const parsed = text === null ? null : parseYaml(text, this.settings.configInRepository);
      const raw = parsed?.ok ? parsed.value.value?.overrides : void 0;
      const base = GateConfig.shape.overrides.safeParse(raw);
      if (base.success) policy = base.data;
    } catch (error) {
      this.log.warning(
        `evalgate: could not read the base branch's config (${describeError(error)}); the default override policy applies`
      );
    }
    if (own.label !== policy.label || own.min_permission !== policy.min_permission) {
      this.notes.push(
        `This pull request changes the override policy (label ${inlineCode(own.label)}, ${own.min_permission} or higher); the base branch's policy (label ${inlineCode(policy.label)}, ${policy.min_permission} or higher) applies until it is merged.`,
        ""
      );
    }
    return policy;
  }
  /** On labeled/unlabeled: the results an earlier run computed for this commit, if any. */
  async previousResults(loaded, target) {
    const event = this.event;
    if (event.kind !== "pull_request" || !["labeled", "unlabeled"].includes(event.action) || this.settings.shard || !target.pr?.headRepository)
      return null;
    try {
      return await findPreviousResults(
        this.gh,
        {
          headSha: target.headSha,
          headBranch: target.pr.headRef,
          headRepository: target.pr.headRepository,
          artifact: loaded.config.baseline.artifact,
          excludeRunId: this.settings.runner.runId
        },
        join2(this.tmp(), "previous")
      );
    } catch (error) {
      this.log.warning(
        `evalgate: could not read this commit's earlier results (${describeError(error)}); evaluating again`
      );
      return null;
    }
  }
  /** Re-decides from an earlier run's records of the same commit: no model calls. */
  async redecide(loaded, suites, previous, baseline, override) {
    const planned = await planSuites(loaded, { tier: this.tier, suites });
    const problem = planned.ok ? reuseProblem(previous.results, planned.value, loaded, this.tier, this.target.headSha) : "the suites could not be planned";
    if (problem) {
      this.log.info(`evalgate: not reusing the results of workflow run ${previous.run.id}: ${problem}`);
      return null;
    }
    if (!planned.ok) return null;
    this.log.info(
      `evalgate: re-deciding from the results of workflow run ${previous.run.id} for this commit (no model calls)`
    );
    this.notes.push(
      `Re-decided after a label change from the results of [workflow run #${previous.run.runNumber}](${previous.run.url}) for this commit; no model was called again.`,
      ""
    );
    return finalizeRun({
      loaded,
      manifest: previous.results.manifest,
      records: previous.results.cases,
      baseline: baseline.run,
      baselineInfo: baseline.info,
      datasetIds: new Map(planned.value.map((s) => [s.config.id, s.allIds])),
      override,
      incomplete: previous.results.incomplete
    });
  }
};

// src/action/publish.ts
import { resolve as resolve2 } from "node:path";

// src/github/comment.ts
var COMMENT_BODY_LIMIT = 65536;
var sameLogin = (a, b) => a.toLowerCase() === b.toLowerCase();
async function findStickyComment(gh, issue, marker, author) {
  let comment = null;
  let foreign = 0;
  for await (const page of gh.octokit.paginate.iterator(gh.octokit.rest.issues.listComments, {
    ...gh.repo,
    issue_number: issue,
    per_page: 100
  })) {
    for (const c of page.data) {
      if (!c.body?.includes(marker)) continue;
      if (c.user && sameLogin(c.user.login, author)) comment = { id: c.id, url: c.html_url, body: c.body };
      else foreign++;
    }
  }
  return { comment, foreign };
}
async function upsertStickyComment(gh, options) {
  if (options.body.length > COMMENT_BODY_LIMIT)
    throw new Error(
      `comment body of ${options.body.length} characters exceeds GitHub's ${COMMENT_BODY_LIMIT}; render it with a budget`
    );
  const { comment, foreign } = await findStickyComment(gh, options.issue, options.marker, options.author);
  if (comment) {
    if (comment.body === options.body) return { action: "unchanged", comment, foreign };
    const { data: data2 } = await gh.octokit.rest.issues.updateComment({
      ...gh.repo,
      comment_id: comment.id,
      body: options.body
    });
    return { action: "updated", comment: { id: data2.id, url: data2.html_url, body: data2.body ?? "" }, foreign };
  }
  if (!options.create) return { action: "none", comment: null, foreign };
  const { data } = await gh.octokit.rest.issues.createComment({
    ...gh.repo,
    issue_number: options.issue,
    body: options.body
  });
  return { action: "created", comment: { id: data.id, url: data.html_url, body: data.body ?? "" }, foreign };
}

// src/github/identity.ts
var WORKFLOW_TOKEN_LOGIN = "github-actions[bot]";
var appLogin = (slug) => `${slug}[bot]`;
async function tokenLogin(gh, checkRunAppSlug) {
  if (checkRunAppSlug) return appLogin(checkRunAppSlug);
  try {
    const { data } = await gh.octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    if (isPermissionError(error)) return WORKFLOW_TOKEN_LOGIN;
    throw error;
  }
}

// src/action/check-output.ts
var CONCLUSION = {
  pass: "success",
  warn: "neutral",
  skipped: "success",
  overridden: "success",
  fail: "failure",
  error: "failure"
};
var exitCodeOf = (verdict) => verdict === "fail" || verdict === "error" ? 1 : 0;
var oneLine = (text) => text.replace(/\s+/g, " ").trim();
function checkTitle(run) {
  const d = run.decision;
  const title = d.verdict === "error" ? `could not evaluate: ${d.summary.replace(/^could not evaluate:?\s*/i, "")}` : d.verdict === "overridden" && d.override ? `OVERRIDDEN by ${d.override.actor} (${d.override.permission}) \u2014 ${d.summary}` : `${d.verdict.toUpperCase()} \u2014 ${d.summary}`;
  return oneLine(title).slice(0, 255);
}
var MAX_ANNOTATIONS = 500;
function annotationsFor(run, inRepo) {
  const d = run.decision;
  if (!d) return [];
  const out = [];
  for (const c of d.critical_failures) {
    const suite = run.manifest.suites.find((s) => s.id === c.suite);
    const path = suite ? inRepo(suite.dataset) : null;
    if (!path || !c.line) continue;
    const output = c.output === null ? "(no output)" : oneLine(c.output).slice(0, 500);
    out.push({
      path,
      start_line: c.line,
      end_line: c.line,
      annotation_level: "failure",
      title: `Critical case ${c.id} failed`.slice(0, 255),
      message: `Suite ${c.suite}, repeat ${c.repeat}: failed ${c.scorers.join(", ")}.
Output: ${output}`
    });
  }
  for (const suite of run.manifest.suites) {
    const rules = d.rules.filter((r) => r.suite === suite.id && (r.outcome === "fail" || r.outcome === "warn"));
    const path = inRepo(suite.prompt);
    if (!rules.length || !path) continue;
    const failing = rules.some((r) => r.outcome === "fail");
    out.push({
      path,
      start_line: 1,
      end_line: 1,
      annotation_level: failing ? "failure" : "warning",
      title: `evalgate: ${suite.id} ${failing ? "fails" : "warns"} with this prompt`,
      message: rules.map((r) => `${r.outcome === "fail" ? "\u2717" : "!"} ${r.explanation}`).join("\n")
    });
  }
  return out.slice(0, MAX_ANNOTATIONS);
}

// src/action/publish.ts
var SUMMARY_BUDGET = 9e5;
function withNotes(markdown, notes) {
  if (!notes.length) return markdown;
  const lines = markdown.trimEnd().split("\n");
  let at = lines.findLastIndex((l) => l.startsWith("<sub>evalgate"));
  if (at < 0) at = lines.length;
  lines.splice(at, 0, "", ...notes, "");
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n")}
`;
}
function render(run, limit, notes, options) {
  const reserve = notes.join("\n").length + 200;
  return withNotes(renderMarkdown(run, { ...options, budget: limit - reserve }), notes);
}
async function publish(job, decided) {
  const { settings, gh, log, target } = job;
  const secrets = secretValues(
    job.loaded ? credentialVariables(
      job.loaded,
      job.loaded.suites.map((s) => s.id)
    ) : []
  ).concat(settings.token);
  let run = redactDeep(decided, secrets);
  const notes = job.notes.map((n) => redact(n, secrets));
  const links = job.runUrl ? { run: job.runUrl, artifact: `${job.runUrl}#artifacts` } : {};
  const reports = !!target && target.canWrite && !settings.shard;
  let checkRunId = job.check ? String(job.check.id) : "";
  let commentUrl = "";
  let checkFailure = null;
  if (reports && !job.checkProblem) {
    const inRepo = (path) => repoPath(settings.runner.workspace, resolve2(path));
    const output = {
      title: checkTitle(run),
      summary: redact(render(run, CHECK_SUMMARY_LIMIT, notes, { links }), secrets),
      annotations: annotationsFor(run, inRepo)
    };
    try {
      if (job.check) await completeCheckRun(gh, job.check.id, CONCLUSION[run.decision.verdict], output);
      else
        job.check = await createCompletedCheckRun(
          gh,
          { name: settings.checkName, headSha: target.headSha, ...job.runUrl ? { detailsUrl: job.runUrl } : {} },
          CONCLUSION[run.decision.verdict],
          output
        );
      checkRunId = String(job.check.id);
      log.info(
        `evalgate: check run "${settings.checkName}" ${CONCLUSION[run.decision.verdict]} on ${target.headSha.slice(0, 7)}`
      );
    } catch (error) {
      if (isPermissionError(error))
        job.checkProblem = `could not create the check run (${describeError(error)}); the workflow needs \`permissions: checks: write\``;
      else checkFailure = describeError(error);
      log.warning(`evalgate: ${job.checkProblem ?? `the check run could not be completed: ${checkFailure}`}`);
    }
  }
  if (reports && target.pr && settings.comment === "update") {
    try {
      const author = await tokenLogin(gh, job.check?.appSlug ?? null);
      const body = redact(render(run, COMMENT_BODY_LIMIT, notes, { links, marker: true }), secrets);
      const result = await upsertStickyComment(gh, {
        issue: target.pr.number,
        marker: COMMENT_MARKER,
        author,
        body,
        create: run.decision.verdict !== "skipped"
      });
      commentUrl = result.comment?.url ?? "";
      log.info(
        `evalgate: PR comment ${result.action}${result.comment ? `: ${result.comment.url}` : " (a skipped run only updates an existing comment)"}`
      );
      if (result.foreign)
        log.info(`evalgate: ${result.foreign} comment(s) by others carry evalgate's marker; they were left alone`);
    } catch (error) {
      log.warning(
        `evalgate: could not ${isPermissionError(error) ? "comment (the workflow needs `permissions: pull-requests: write`)" : "update the PR comment"}: ${describeError(error)}`
      );
    }
  }
  if (checkFailure)
    run = asError(run, "Could not evaluate: GitHub API failure while completing the check run.", [checkFailure]);
  const summaryNotes = [...notes];
  if (target && !target.canWrite) {
    log.info(
      `evalgate: this pull request comes from a fork, so the workflow token is read-only: no check run or PR comment was posted; the verdict is in the job summary, the outputs and the exit code. To post them, add the trusted workflow_run stage (${FORK_DOCS}).`
    );
    summaryNotes.unshift(
      `> [!NOTE]
> This pull request comes from a fork, so the workflow token is read-only: evalgate could not post a check run or a PR comment. This summary, the outputs and the exit code carry the verdict. The trusted two-stage \`workflow_run\` pattern in ${FORK_DOCS} posts them from the base repository.`,
      ""
    );
  }
  if (job.checkProblem) summaryNotes.push(`No check run: ${job.checkProblem}.`);
  if (settings.shard)
    summaryNotes.push(
      `Shard ${settings.shard.index}/${settings.shard.count}: these results are partial; combine the shards' run.json files with \`evalgate merge\`.`
    );
  const summary2 = redact(render(run, SUMMARY_BUDGET, summaryNotes, { links }), secrets);
  const files = writeResults(resolve2("evalgate-results"), run, summary2);
  if (settings.junit) writeJunit(resolve2(settings.junit), run);
  if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(summary2).write();
  const verdict = run.decision.verdict;
  return {
    verdict,
    exitCode: exitCodeOf(verdict),
    resultsPath: files.runPath,
    reportPath: files.reportPath,
    commentUrl,
    checkRunId
  };
}

// src/action/run-action.ts
async function runAction(settings, log) {
  const started = performance.now();
  const gh = createGitHubClient({
    token: settings.token,
    apiUrl: settings.runner.apiUrl,
    repository: settings.runner.repository
  });
  const job = new GateJob(settings, gh, log, (/* @__PURE__ */ new Date()).toISOString());
  const run = await job.evaluate().catch((error) => job.failed(error));
  const result = await publish(job, run);
  log.info(
    `evalgate: ${result.verdict.toUpperCase()} \u2014 GitHub API ${gh.stats.requests} request${gh.stats.requests === 1 ? "" : "s"} in ${Math.round(gh.stats.ms)} ms; evaluation ${Math.round(job.evaluationMs)} ms; total ${Math.round(performance.now() - started)} ms`
  );
  return result;
}

// src/action/settings.ts
import { relative, resolve as resolve3, sep } from "node:path";
function readSettings(env = process.env) {
  const issues = [];
  const input = (name) => getInput(name).trim();
  const bad = (name, message) => issues.push({ file: "action inputs", path: name, message });
  const token = input("github-token");
  if (token) setSecret(token);
  else bad("github-token", "is empty; the default is the workflow token (${{ github.token }})");
  const comment = input("comment") || "update";
  if (comment !== "update" && comment !== "off") bad("comment", `expected update or off; got "${comment}"`);
  const forkPolicy = input("fork-policy") || "fail-closed";
  if (forkPolicy !== "fail-closed" && forkPolicy !== "skip")
    bad("fork-policy", `expected fail-closed or skip; got "${forkPolicy}"`);
  let shard;
  const shardText = input("shard");
  if (shardText) {
    const m = /^(\d+)\/(\d+)$/.exec(shardText);
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || index < 1 || count < 1 || index > count)
      bad("shard", `expected I/N with 1 \u2264 I \u2264 N, like 2/4; got "${shardText}"`);
    else shard = { index, count };
  }
  const workspace = resolve3(env.GITHUB_WORKSPACE || process.cwd());
  const repository = env.GITHUB_REPOSITORY ?? "";
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository))
    issues.push({
      file: "environment",
      path: "GITHUB_REPOSITORY",
      message: `expected owner/name; got "${repository}" (is this running in GitHub Actions?)`
    });
  const number = (v) => v && /^\d+$/.test(v) ? Number(v) : void 0;
  if (issues.length) return fail(...issues);
  return ok({
    config: input("config") || "gates/evalgate.yml",
    configInRepository: relative(
      workspace,
      resolve3(workspace, input("working-directory") || ".", input("config") || "gates/evalgate.yml")
    ).split(sep).join("/"),
    token,
    tier: input("tier") || void 0,
    suites: input("suites").split(",").map((s) => s.trim()).filter(Boolean),
    baseline: input("baseline") || void 0,
    comment,
    checkName: input("check-name") || "evalgate",
    forkPolicy,
    cacheDir: input("cache-dir") || void 0,
    shard,
    junit: input("junit") || void 0,
    workingDirectory: resolve3(workspace, input("working-directory") || "."),
    runner: {
      eventName: env.GITHUB_EVENT_NAME ?? "",
      eventPath: env.GITHUB_EVENT_PATH || void 0,
      repository,
      sha: env.GITHUB_SHA ?? "",
      ref: env.GITHUB_REF ?? "",
      apiUrl: env.GITHUB_API_URL || "https://api.github.com",
      serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
      runId: number(env.GITHUB_RUN_ID),
      runAttempt: number(env.GITHUB_RUN_ATTEMPT),
      workspace,
      temp: env.RUNNER_TEMP || void 0
    }
  });
}

// src/action.ts
async function main() {
  const settings = readSettings();
  if (!settings.ok) {
    setOutput("verdict", "error");
    setFailed(`evalgate could not evaluate: ${settings.issues.map(formatIssue).join("; ")}`);
    return;
  }
  process.chdir(settings.value.workingDirectory);
  const result = await runAction(settings.value, { info: (m) => info(m), warning: (m) => warning(m) });
  setOutput("verdict", result.verdict);
  setOutput("results-path", result.resultsPath);
  setOutput("report-path", result.reportPath);
  setOutput("comment-url", result.commentUrl);
  setOutput("check-run-id", result.checkRunId);
  if (result.exitCode !== 0)
    setFailed(
      `evalgate: ${result.verdict === "error" ? "could not evaluate" : "the gate failed"} (verdict ${result.verdict}); see the job summary`
    );
}
try {
  await main();
} catch (error) {
  setOutput("verdict", "error");
  setFailed(`evalgate could not evaluate: internal error: ${error.message}`);
}
