import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  ROLES,
  caseScorersOf,
  diffCaseScorers,
  diffGates,
  diffJudgingFiles,
  judgingFiles,
  labelHistory,
  listLabels,
  mergeChanges,
  removeLabel,
  repoPath,
  repositoryRole,
  same,
  scorerProviders,
  selectSuites,
  withGateChange
} from "./chunks/chunk-XUAV4I5W.js";
import {
  downloadRunFile,
  findRunArtifact,
  toRunInfo
} from "./chunks/chunk-DLRVXUSP.js";
import {
  COMMENT_MARKER,
  describeBaseline,
  renderMarkdown,
  runGate
} from "./chunks/chunk-MTDTH3MM.js";
import "./chunks/chunk-EKNPWTRY.js";
import "./chunks/chunk-2SHT4IPR.js";
import {
  providerNames
} from "./chunks/chunk-PLDDLZMI.js";
import "./chunks/chunk-RZIIYWFY.js";
import {
  escapeInline,
  inlineCode,
  readRunFile,
  writeJunit,
  writeResults
} from "./chunks/chunk-V6OGYPMV.js";
import {
  planSuites
} from "./chunks/chunk-PFVCEKAN.js";
import "./chunks/chunk-FMZSDQ53.js";
import {
  loadDatasetFile,
  parseDatasetText
} from "./chunks/chunk-COK2ABR5.js";
import {
  displayPath,
  loadConfig,
  parseConfig,
  parseYaml,
  tierMinPermission
} from "./chunks/chunk-NI63WJDQ.js";
import "./chunks/chunk-PBYLG6YC.js";
import "./chunks/chunk-RPGOX2AU.js";
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
  createGitHubClient,
  describeError,
  isHttpError,
  isPermissionError
} from "./chunks/chunk-QKEYEF4Y.js";
import {
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-WQCH56BC.js";
import "./chunks/chunk-UMEM2MXZ.js";
import {
  finalizeRun
} from "./chunks/chunk-6AHXPCKY.js";
import "./chunks/chunk-SABWJ672.js";
import "./chunks/chunk-GJ43RANW.js";
import {
  RUN_SCHEMA
} from "./chunks/chunk-DDNPVRFT.js";
import "./chunks/chunk-K2TGH57N.js";
import "./chunks/chunk-R6UKLIAN.js";
import {
  GateConfig
} from "./chunks/chunk-U3WIKXHJ.js";
import "./chunks/chunk-XLT3OMSK.js";
import "./chunks/chunk-3Y7FXN34.js";
import "./chunks/chunk-WRP7FQOV.js";
import "./chunks/chunk-UX52SBGX.js";
import "./chunks/chunk-SI22RAST.js";
import "./chunks/chunk-PNW7NQUB.js";
import "./chunks/chunk-RA6RAVDJ.js";
import "./chunks/chunk-BX4ROB6G.js";

// src/action/evaluate.ts
import { mkdtempSync as mkdtempSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join3, resolve as resolve3 } from "node:path";

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
    ...check.detailsUrl ? { details_url: check.detailsUrl } : {},
    ...check.externalId ? { external_id: check.externalId } : {}
  });
  for (const batch of rest) await gh.octokit.rest.checks.update({ ...gh.repo, check_run_id: data.id, output: batch });
  return { id: data.id, url: data.html_url ?? "", appSlug: data.app?.slug ?? null };
}
async function foreignCheckRuns(gh, sha, name, ownPrefix = "evalgate:") {
  const runs = await gh.octokit.paginate(gh.octokit.rest.checks.listForRef, {
    ...gh.repo,
    ref: sha,
    check_name: name,
    filter: "all",
    per_page: 100
  });
  return runs.filter((r) => r.name === name && !r.external_id?.startsWith(ownPrefix)).map((r) => ({ id: r.id, conclusion: r.conclusion }));
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

// src/report/action-notes.ts
var FORK_DOCS = "docs/github-action.md#fork-pull-requests";
var FORK_DOCS_URL = "https://github.com/evalgate/evalgate/blob/main/docs/github-action.md#fork-pull-requests";
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function noteLines(note) {
  switch (note.kind) {
    case "suites-selected":
      return [
        note.reason,
        ...note.because.map((b) => {
          const shown = b.files.slice(0, 10).map(inlineCode).join(", ");
          return `- ${inlineCode(b.suite)}: ${shown}${b.files.length > 10 ? ` and ${b.files.length - 10} more` : ""}`;
        })
      ];
    case "fork-needs-trusted-stage":
      return [
        `To evaluate pull requests from forks, use the trusted \`pull_request_target\` stage described in [${FORK_DOCS}](${FORK_DOCS_URL}); it reads the PR's prompt and dataset files as data and never runs PR code with secrets.`
      ];
    case "pr-files-read":
      return [
        `Evaluated the pull request's ${note.files.map(inlineCode).join(", ")} at ${inlineCode(note.sha.slice(0, 7))}, read as data${note.trusted ? ", with the base branch's gate config and code" : ""}.`
      ];
    case "no-baseline-branch":
      return ["No baseline: this run is not on a branch, so there is no base branch to compare with."];
    case "no-trusted-baseline":
      return [
        `No trusted baseline: no successful push or schedule run of ${inlineCode(note.branch)} in this repository holds an artifact named ${inlineCode(note.artifact)} (looked at ${plural(note.examined, "run")}). Absolute rules were applied; regression rules report "no baseline".`
      ];
    case "baseline-not-used":
      return [
        `The newest trusted baseline, [workflow run #${note.runNumber}](${note.url}), was not used: ${note.reason.replace(/[<>]/g, "")}.`
      ];
    case "baseline-newer-cancelled":
      return [
        `**Note:** the baseline is [workflow run #${note.runNumber}](${note.url}), but ${plural(note.cancelled, "newer run")} of the baseline workflow on the base branch ${note.cancelled === 1 ? "was" : "were"} cancelled (newest: [#${note.newest.runNumber}](${note.newest.url})), so this baseline may be older than the branch. Someone with write access can cancel baseline runs to make an older one count; re-run the newest one.`
      ];
    case "override-policy-changed":
      return [
        `This pull request changes the override policy (label ${inlineCode(note.proposed.label)}, ${note.proposed.minPermission} or higher); the base branch's policy (label ${inlineCode(note.base.label)}, ${note.base.minPermission} or higher) applies until it is merged.`
      ];
    case "redecided":
      return [
        `Re-decided after a label change from the results of [workflow run #${note.runNumber}](${note.url}) for this commit; no model was called again.`
      ];
    case "override-for-commit":
      return [
        `The override by @${note.actor.replace(/[^\w-]/g, "")} holds for commit ${inlineCode(note.sha.slice(0, 7))} only, the head it was applied to; any later push voids it.`
      ];
    case "gate-from-base":
      return [
        `Judged by the gate config of the base branch ${inlineCode(note.baseRef)}: a pull request's changes to suites, rules, thresholds, scorers and the baseline apply after it is merged.`
      ];
    case "gate-change": {
      const lines = [];
      if (note.loosened.length)
        lines.push(
          `**This pull request loosens the gate**, so the check fails until a maintainer overrides it:`,
          ...note.loosened.map((l) => `- ${escapeInline(l, 400)}`)
        );
      if (note.tightened.length)
        lines.push(
          `This pull request tightens the gate (applies after merge):`,
          ...note.tightened.map((l) => `- ${escapeInline(l, 400)}`)
        );
      if (note.proposed)
        lines.push(
          `Under the pull request's proposed gate: **${note.proposed.verdict.toUpperCase()}** \u2014 ${escapeInline(note.proposed.summary, 500)}`
        );
      return lines;
    }
    case "awaiting-evaluation":
      return [
        `Not evaluated yet: a pull request from a fork is evaluated only after a user with ${note.minPermission} permission or higher applies the ${inlineCode(note.label)} label to its head commit ${inlineCode(note.sha.slice(0, 7))}; a later push needs the label again.`
      ];
    case "imitated-check":
      return [
        `**Warning:** ${plural(note.count, "other check run")} named ${inlineCode(note.name)} on this commit ${note.count === 1 ? "was" : "were"} not created by this stage; a pull request's own workflow may be imitating the gate. See the threat model in docs/github-action.md.`
      ];
    case "fork-read-only":
      return [
        `> [!NOTE]
> This pull request comes from a fork, so the workflow token is read-only: evalgate could not post a check run or a PR comment. This summary, the outputs and the exit code carry the verdict. The trusted \`pull_request_target\` stage in ${FORK_DOCS} posts them from the base repository.`
      ];
    case "no-check-run":
      return [`No check run: ${note.problem}.`];
    case "shard":
      return [
        `Shard ${note.index}/${note.count}: these results are partial; combine the shards' run.json files with \`evalgate merge\`.`
      ];
  }
}
function renderActionNotes(notes, audience) {
  const chosen = notes.filter((n) => audience === "summary" || !("summaryOnly" in n));
  return chosen.flatMap((n, i) => [...i ? [""] : [], ...noteLines(n)]);
}

// src/action/baseline-source.ts
import { join, resolve } from "node:path";

// src/github/baseline.ts
var TRUSTED_BASELINE_EVENTS = ["push", "schedule"];
function untrustedReason(run, repository, branch, workflow) {
  if (!TRUSTED_BASELINE_EVENTS.includes(run.event))
    return `run ${run.id} was triggered by ${run.event}, not push or schedule`;
  if (run.path !== workflow && !run.path.startsWith(`${workflow}@`))
    return `run ${run.id} ran ${run.path}, not ${workflow}`;
  if (run.headRepository?.toLowerCase() !== repository.toLowerCase())
    return `run ${run.id} ran code from ${run.headRepository ?? "a deleted repository"}, not ${repository}`;
  if (run.headBranch !== branch) return `run ${run.id} is on ${run.headBranch ?? "no branch"}, not ${branch}`;
  if (run.conclusion !== "success") return `run ${run.id} concluded ${run.conclusion ?? "nothing yet"}`;
  return null;
}
async function isOnBranch(gh, sha, branch) {
  try {
    const { data } = await gh.octokit.rest.repos.compareCommitsWithBasehead({
      ...gh.repo,
      basehead: `${sha}...${branch}`,
      per_page: 1
    });
    return data.status === "identical" || data.status === "ahead";
  } catch (error) {
    if (isHttpError(error) && (error.status === 404 || error.status === 422)) return false;
    throw error;
  }
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
      if (++examined > maxRuns) return { candidate: null, cancelledSince: [], examined: maxRuns, passedOver };
      const reason = untrustedReason(run, repository, query.branch, query.workflow) ?? (await isOnBranch(gh, run.headSha, query.branch) ? null : `run ${run.id} built ${run.headSha.slice(0, 7)}, which is not on ${query.branch} (a tag named like the branch?)`);
      if (reason) {
        passedOver.push(reason);
        continue;
      }
      const artifact = await findRunArtifact(gh, run.id, query.artifact);
      if (artifact)
        return {
          candidate: { run, artifact },
          cancelledSince: await cancelledSince(gh, query, repository, run),
          examined,
          passedOver
        };
    }
  }
  return { candidate: null, cancelledSince: [], examined, passedOver };
}
async function cancelledSince(gh, query, repository, run) {
  const { data } = await gh.octokit.rest.actions.listWorkflowRunsForRepo({
    ...gh.repo,
    branch: query.branch,
    status: "cancelled",
    exclude_pull_requests: true,
    per_page: 30
  });
  return data.workflow_runs.map(toRunInfo).filter(
    (r) => r.createdAt > run.createdAt && untrustedReason({ ...r, conclusion: "success" }, repository, query.branch, query.workflow) === null
  );
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

// src/action/baseline-source.ts
async function chooseBaseline({ settings, gh, log }, loaded, event, target, scratch) {
  if (settings.baseline) {
    const file = readRunFile(resolve(settings.baseline));
    if (!file.ok) throw new InputError(file.issues);
    return { run: file.value, info: describeBaseline(file.value, `file ${settings.baseline}`), notes: [] };
  }
  const none = (note) => ({ run: null, info: null, notes: [note] });
  const branch = loaded.config.baseline.branch ?? (target.pr ? target.pr.baseRef : event.kind === "branch" ? event.branch : null);
  const artifact = loaded.config.baseline.artifact;
  if (!branch) return none({ kind: "no-baseline-branch" });
  const workflow = loaded.config.baseline.workflow?.replace(/^\.\//, "") ?? settings.baselineWorkflow;
  const search = await findTrustedBaseline(gh, { branch, artifact, workflow, excludeRunId: settings.runner.runId });
  if (!search.candidate) {
    log.info(
      `evalgate: no trusted baseline on ${branch}${search.passedOver.length ? `; passed over: ${search.passedOver.slice(0, 5).join("; ")}` : ""}`
    );
    return none({ kind: "no-trusted-baseline", branch, artifact, examined: search.examined });
  }
  const { run } = search.candidate;
  if (search.passedOver.length)
    log.info(`evalgate: newer runs passed over for the baseline: ${search.passedOver.slice(0, 5).join("; ")}`);
  const download = await downloadBaseline(gh, search.candidate, join(scratch(), "baseline"));
  if (!download.ok)
    return none({ kind: "baseline-not-used", runNumber: run.runNumber, url: run.url, reason: download.reason });
  log.info(`evalgate: baseline from workflow run ${run.id} (${run.event} to ${branch}) at ${run.headSha.slice(0, 7)}`);
  const [newest] = search.cancelledSince;
  return {
    run: download.run,
    info: {
      source: `workflow run #${run.runNumber} (${run.event} to ${branch})`,
      git_sha: run.headSha,
      ref: `refs/heads/${branch}`,
      created_at: run.updatedAt,
      run_url: run.url
    },
    notes: newest ? [
      {
        kind: "baseline-newer-cancelled",
        runNumber: run.runNumber,
        url: run.url,
        cancelled: search.cancelledSince.length,
        newest: { runNumber: newest.runNumber, url: newest.url }
      }
    ] : []
  };
}

// src/action/evaluation.ts
function workflowRunUrl(settings) {
  const r = settings.runner;
  if (!r.runId) return void 0;
  return `${r.serverUrl}/${r.repository}/actions/runs/${r.runId}${r.runAttempt && r.runAttempt > 1 ? `/attempts/${r.runAttempt}` : ""}`;
}
var CHECK_EXTERNAL_ID_PREFIX = "evalgate:";
var checkExternalId = (settings) => `${CHECK_EXTERNAL_ID_PREFIX}${settings.runner.runId ?? "local"}`;

// src/action/event.ts
import { readFileSync } from "node:fs";

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
async function readFileAt(gh, path, ref) {
  try {
    const { data } = await gh.octokit.rest.repos.getContent({ ...gh.repo, path, ref, mediaType: { format: "raw" } });
    return typeof data === "string" ? data : null;
  } catch (error) {
    if (isHttpError(error) && error.status === 404) return null;
    throw error;
  }
}
async function readRepositoryFile(gh, path, ref) {
  let data;
  try {
    ({ data } = await gh.octokit.rest.repos.getContent({ ...gh.repo, path, ref }));
  } catch (error) {
    if (isHttpError(error) && error.status === 404) return { kind: "missing" };
    throw error;
  }
  if (Array.isArray(data)) return { kind: "not-a-file", type: "dir" };
  const item = data;
  if (item.type !== "file") return { kind: "not-a-file", type: item.type ?? "unknown" };
  if (item.encoding === "base64" && item.content)
    return { kind: "file", text: Buffer.from(item.content, "base64").toString("utf8") };
  const raw = await readFileAt(gh, path, ref);
  return raw === null ? { kind: "missing" } : { kind: "file", text: raw };
}

// src/action/event.ts
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
      label: payload.label?.name ?? null,
      pull,
      fromFork: pull.headRepository?.toLowerCase() !== base.toLowerCase()
    };
  }
  const wr = payload.workflow_run;
  if (name === "workflow_run")
    return { kind: "workflow_run", name, triggeringEvent: wr?.event ?? null, conclusion: wr?.conclusion ?? null };
  const branch = runner.ref.startsWith("refs/heads/") ? runner.ref.slice("refs/heads/".length) : null;
  return { kind: "branch", name, sha: runner.sha, ref: runner.ref, branch };
}

// src/action/gate-source.ts
import { mkdirSync, mkdtempSync, readFileSync as readFileSync2, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join as join2, resolve as resolve2 } from "node:path";

// src/action/risk-overrides.ts
function withRiskPermission(policy, config) {
  let least = policy.min_permission;
  for (const suite of config.suites) {
    const needed = tierMinPermission(suite.risk);
    if (needed && ROLES.indexOf(needed) > ROLES.indexOf(least)) least = needed;
  }
  return least === policy.min_permission ? policy : { ...policy, min_permission: least };
}

// src/action/gate-source.ts
function readRaw(text, label) {
  const parsed = parseYaml(text, label);
  if (!parsed.ok) return parsed;
  const config = GateConfig.safeParse(parsed.value.value);
  if (!config.success)
    return fail(
      ...config.error.issues.map((i) => ({
        file: label,
        ...parsed.value.locate(i.path),
        path: i.path.join("."),
        message: i.message
      }))
    );
  return ok({ raw: parsed.value.value, config: config.data });
}
var must = (result) => {
  if (!result.ok) throw new InputError(result.issues);
  return result.value;
};
var DEFAULT_POLICY = GateConfig.shape.overrides.parse(void 0);
async function chooseGate(shell, target, trusted, changed) {
  const { settings, gh } = shell;
  const file = settings.config;
  const dir = dirname(resolve2(file));
  if (!target.pr || !changed) {
    const loaded2 = must(loadConfig(file));
    return {
      loaded: loaded2,
      proposed: null,
      change: null,
      policy: withRiskPermission(loaded2.config.overrides, loaded2.config),
      notes: []
    };
  }
  const pr = target.pr;
  const where = settings.configInRepository;
  let baseText;
  let prText;
  let own = null;
  if (trusted) {
    baseText = readConfigText(file);
    const found = await readRepositoryFile(gh, where, target.headSha);
    prText = found.kind === "file" ? found.text : null;
  } else {
    own = must(loadConfig(file));
    prText = readConfigText(file);
    baseText = await readFileAt(gh, where, pr.baseRef);
  }
  if (baseText === null) {
    return { loaded: own, proposed: null, change: null, policy: DEFAULT_POLICY, notes: [] };
  }
  const base = must(readRaw(baseText, `${where} on ${pr.baseRef}`));
  const proposed = prText === null ? null : must(readRaw(prText, `${where} at ${target.headSha.slice(0, 7)}`));
  const notes = [{ kind: "gate-from-base", baseRef: pr.baseRef }];
  const paths = /* @__PURE__ */ new Map();
  const prDatasets = /* @__PURE__ */ new Map();
  let prDir;
  const prFiles = () => prDir ??= mkdtempSync(join2(settings.runner.temp ?? tmpdir(), "evalgate-pr-files-"));
  const read = [];
  const issues = [];
  const pathSuites = proposed?.raw.suites ?? (trusted ? base.raw.suites : void 0) ?? [];
  for (const [s, suite] of pathSuites.entries()) {
    const id = String(suite.id);
    const entry = {};
    for (const key of ["prompt", "dataset"]) {
      if (suite[key] === void 0) continue;
      const path = String(suite[key]);
      const inRepo = repoPath(settings.runner.workspace, resolve2(dir, path));
      const at = { file: `${where} at ${target.headSha.slice(0, 7)}`, path: `suites[${s}].${key}` };
      if (!inRepo) {
        issues.push({
          ...at,
          message: `${path} resolves outside the repository; a pull request's files are read only inside it`
        });
        continue;
      }
      if (key === "dataset") prDatasets.set(id, inRepo);
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
    if (entry.prompt && (entry.dataset || suite.dataset === void 0))
      paths.set(id, { prompt: entry.prompt, ...entry.dataset ? { dataset: entry.dataset } : {} });
  }
  if (issues.length) throw new InputError(issues);
  if (read.length) notes.push({ kind: "pr-files-read", files: read, sha: target.headSha, trusted });
  const judged = structuredClone(base.raw);
  for (const suite of judged.suites ?? []) {
    const own2 = paths.get(String(suite.id));
    if (own2) Object.assign(suite, own2);
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
    providersChanged: !!proposed && !same(proposed.raw.providers, base.raw.providers)
  });
  if (!trusted && proposed) {
    const judging = /* @__PURE__ */ new Set([...scorerProviders(base.config.suites.flatMap((s) => s.scorers)), ...cases.providers]);
    const theirs2 = proposed.raw.providers ?? {};
    const models = base.config.suites.map((s) => s.provider).filter((name) => !judging.has(name) && theirs2[name]);
    judged.providers = { ...base.raw.providers, ...Object.fromEntries(models.map((name) => [name, theirs2[name]])) };
  }
  const loaded = must(parseConfig(JSON.stringify(judged, null, 2), file, dir));
  const configChange = proposed ? diffGates(base.config, proposed.config, cases.providers) : null;
  const change = mergeChanges(
    configChange ?? { loosened: [], tightened: [] },
    cases.change,
    diffJudgingFiles(judgingFiles(loaded, settings.runner.workspace), changed)
  );
  let runnable = null;
  const runsPrCode = trusted && (proposed?.raw.suites ?? []).some((suite) => hasCodeScorer(suite));
  if (proposed && configChange && (configChange.loosened.length || configChange.tightened.length) && !runsPrCode) {
    const raw = trusted ? {
      ...proposed.raw,
      providers: base.raw.providers,
      suites: (proposed.raw.suites ?? []).map((suite) => ({ ...suite, ...paths.get(String(suite.id)) }))
    } : proposed.raw;
    const parsed = trusted ? parseConfig(JSON.stringify(raw, null, 2), file, dir) : ok(own);
    runnable = parsed.ok ? withBudget(parsed.value, base.config.budget) : null;
  }
  const declared = base.config.overrides;
  const theirs = proposed?.config.overrides;
  if (theirs && (theirs.label !== declared.label || theirs.min_permission !== declared.min_permission))
    notes.push({
      kind: "override-policy-changed",
      proposed: { label: theirs.label, minPermission: theirs.min_permission },
      base: { label: declared.label, minPermission: declared.min_permission }
    });
  return { loaded, proposed: runnable, change, policy: withRiskPermission(declared, base.config), notes };
}
async function caseScorerChanges({ settings, gh }, o) {
  const baseRef = o.target.pr.baseRef;
  const workspace = settings.runner.workspace;
  const changes = [];
  const providers = [];
  const issues = [];
  for (const suite of o.base.suites) {
    const raw = o.judged.suites?.find((s) => String(s.id) === suite.id);
    if (!raw || suite.dataset === void 0 || raw.dataset === void 0) continue;
    const prPath = resolve2(o.dir, String(raw.dataset));
    const baseFile = repoPath(workspace, resolve2(o.dir, suite.dataset));
    const prFile = o.prDatasets.get(suite.id) ?? baseFile;
    const shown = prFile ?? displayPath(prPath);
    const touched = !o.changed.complete || prFile !== baseFile || [baseFile, prFile].some((f) => f !== null && o.changed.files.includes(f));
    if (!touched && !o.providersChanged) continue;
    const mine = loadDatasetFile(prPath, shown, o.base.limits);
    if (!mine.ok) continue;
    providers.push(...scorerProviders(mine.value.flatMap((c) => c.assert ?? [])));
    if (!touched) continue;
    const baseCases = baseFile === null ? null : await baseDataset(gh, o.trusted, workspace, baseFile, baseRef, o.base);
    const proposed = caseScorersOf(mine.value);
    const theirs = baseCases && caseScorersOf(baseCases);
    const judges = suite.rules.flatMap((r) => r.ref.kind === "judge_agreement" ? [r.ref.scorer] : []);
    changes.push(diffCaseScorers(suite.id, theirs, proposed, judges));
    if (!o.trusted) continue;
    for (const [id, { assert, line }] of proposed) {
      const code = (assert ?? []).find((a) => a.type === "code");
      if (code && !same(theirs?.get(id)?.assert, assert))
        issues.push({
          file: shown,
          line,
          message: `case "${id}" brings its own code scorer "${code.id}" in the pull request's data; the trusted stage never runs a pull request's code (docs/github-action.md, "What counts as a gate change")`
        });
    }
  }
  if (issues.length) throw new InputError(issues);
  return { change: mergeChanges(...changes), providers };
}
async function baseDataset(gh, trusted, workspace, inRepo, baseRef, base) {
  let text;
  if (trusted) {
    try {
      text = readFileSync2(join2(workspace, inRepo), "utf8");
    } catch {
      text = null;
    }
  } else text = await readFileAt(gh, inRepo, baseRef);
  if (text === null) return null;
  const parsed = parseDatasetText(text, inRepo, `${inRepo} on ${baseRef}`, base.limits);
  return parsed.ok ? parsed.value : null;
}
function basePolicy(file) {
  let text;
  try {
    text = readFileSync2(resolve2(file), "utf8");
  } catch {
    return DEFAULT_POLICY;
  }
  const parsed = parseYaml(text, file);
  const raw = parsed.ok ? parsed.value.value?.overrides : void 0;
  const policy = GateConfig.shape.overrides.safeParse(raw);
  return policy.success ? policy.data : DEFAULT_POLICY;
}
function readConfigText(file) {
  try {
    return readFileSync2(resolve2(file), "utf8");
  } catch (error) {
    throw new InputError([
      { file, message: `cannot read the config: ${error.code ?? error.message}` }
    ]);
  }
}
function symlinkProblem(workspace, inRepo) {
  let real;
  try {
    real = realpathSync(join2(workspace, inRepo));
  } catch {
    return null;
  }
  return real === join2(realpathSync(workspace), inRepo) ? null : "is or goes through a symbolic link; it is not read";
}
async function copyPullRequestFile({ settings, gh }, inRepo, sha, read, folder) {
  const found = await readRepositoryFile(gh, inRepo, sha);
  if (found.kind === "missing") return { ok: true, value: join2(settings.runner.workspace, inRepo) };
  if (found.kind === "not-a-file")
    return {
      ok: false,
      problem: `is a ${found.type === "symlink" ? "symbolic link" : found.type} in the pull request, not a file; it is not read`
    };
  const target = join2(folder, inRepo);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, found.text);
  if (!read.includes(inRepo)) read.push(inRepo);
  return { ok: true, value: target };
}
function withBudget(loaded, budget) {
  const { budget: _proposed, ...rest } = loaded.config;
  return { ...loaded, config: budget ? { ...rest, budget } : rest };
}
var hasCodeScorer = (suite) => Array.isArray(suite.scorers) && suite.scorers.some((s) => s?.type === "code");

// src/action/override.ts
var NO_OVERRIDE = { applied: null, ignored: [] };
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
  if (f.appliedTo !== f.headSha)
    return {
      applied: null,
      ignored: [
        `${name} is ignored: it was not applied to commit ${f.headSha.slice(0, 7)}${f.appliedTo ? ` (it was applied to ${f.appliedTo.slice(0, 7)})` : ""}; an override counts only for the head commit it was applied to, in the run that applying it starts. Remove it and apply it again after reviewing this commit.`
      ]
    };
  return { applied: { label: f.label, actor: applied.actor, permission: f.role, applied_at: applied.at }, ignored: [] };
}

// src/action/override-source.ts
async function gatherOverride({ gh, log }, policy, event, target) {
  if (!target.pr || event.kind === "branch") return NO_OVERRIDE;
  const { label, min_permission: minPermission } = policy;
  const labels = await listLabels(gh, target.pr.number);
  if (!labels.includes(label)) return NO_OVERRIDE;
  const appliedTo = event.kind === "pull_request" && event.action === "labeled" && event.label === label ? event.pull.headSha : null;
  const base = {
    label,
    minPermission,
    present: true,
    lastApplied: null,
    role: null,
    appliedTo,
    headSha: target.headSha
  };
  if (event.kind === "pull_request" && event.action === "synchronize") {
    const removal = target.canWrite ? await removeLabel(gh, target.pr.number, label) : "forbidden";
    log.info(
      `evalgate: new commits were pushed; override label ${removal === "removed" ? "removed" : "could not be removed"}`
    );
    return removal === "absent" ? NO_OVERRIDE : judgeOverride({ ...base, removal });
  }
  const history = await labelHistory(gh, target.pr.number, label);
  const role = history.lastApplied ? await repositoryRole(gh, history.lastApplied.actor) : null;
  const decision = judgeOverride({ ...base, lastApplied: history.lastApplied, role });
  log.info(
    `evalgate: override label present; ${decision.applied ? `applied by ${decision.applied.actor} (${decision.applied.permission})` : decision.ignored.join(" ")}`
  );
  return decision;
}
async function evaluationPermit({ gh, log }, policy, evaluateLabel, event, target) {
  if (!target.pr || event.kind !== "pull_request") return { permitted: false, reason: "not a pull request event" };
  const number = target.pr.number;
  if (event.action === "synchronize") {
    const removal = await removeLabel(gh, number, evaluateLabel);
    if (removal === "removed") log.info(`evalgate: new commits were pushed; the ${evaluateLabel} label was removed`);
    return { permitted: false, reason: "new commits were pushed; they need the label again" };
  }
  const label = event.action === "labeled" ? event.label : null;
  if (!label || label !== evaluateLabel && label !== policy.label)
    return { permitted: false, reason: `this run was not started by applying ${evaluateLabel}` };
  if (!(await listLabels(gh, number)).includes(label))
    return { permitted: false, reason: `${label} is no longer on the pull request` };
  const { lastApplied } = await labelHistory(gh, number, label);
  const role = lastApplied ? await repositoryRole(gh, lastApplied.actor) : null;
  if (!role || ROLES.indexOf(role) < ROLES.indexOf(policy.min_permission))
    return {
      permitted: false,
      reason: `${lastApplied ? `@${lastApplied.actor}` : "nobody known"} applied ${label} with ${role ?? "no"} permission; it needs ${policy.min_permission} or higher`
    };
  log.info(`evalgate: ${lastApplied.actor} (${role}) applied ${label} to ${target.headSha.slice(0, 7)}; evaluating`);
  return { permitted: true, reason: "" };
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

// src/action/target.ts
function resolveTarget({ log }, event) {
  if (event.kind === "workflow_run") return null;
  if (event.kind === "pull_request") {
    log.info(
      `evalgate: pull request #${event.pull.number} (${event.action || event.name}) at ${event.pull.headSha.slice(0, 7)}${event.fromFork ? ` from the fork ${event.pull.headRepository ?? "(deleted)"}` : ""}`
    );
    const trusted = event.name === "pull_request_target";
    return {
      pr: event.pull,
      headSha: event.pull.headSha,
      canWrite: trusted || !event.fromFork,
      fromFork: event.fromFork,
      trusted
    };
  }
  log.info(`evalgate: ${event.name || "run"} on ${event.ref || "no ref"} at ${event.sha.slice(0, 7)}`);
  return { pr: null, headSha: event.sha, canWrite: true, fromFork: false, trusted: false };
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

// src/action/evaluate.ts
async function evaluate(settings, gh, log) {
  const shell = { settings, gh, log };
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  let scratchDir;
  const scratch = () => scratchDir ??= mkdtempSync2(join3(settings.runner.temp ?? tmpdir2(), "evalgate-"));
  const notes = [];
  const known = {
    target: null,
    loaded: null,
    tier: settings.tier ?? "full",
    check: null,
    baseline: null
  };
  let checkProblem = null;
  let evaluationMs = 0;
  const finish = (run) => ({
    run,
    target: known.target,
    check: known.check,
    checkProblem,
    notes,
    loaded: known.loaded,
    baseline: known.baseline,
    evaluationMs
  });
  const stopped = (verdict, summary2, reasons = []) => verdictRun({
    config: known.loaded ? { file: known.loaded.file, hash: known.loaded.hash } : { file: settings.config, hash: "" },
    git: { sha: known.target?.headSha ?? (settings.runner.sha || null), ref: settings.runner.ref || null },
    event: settings.runner.eventName || null,
    pr: known.target?.pr?.number ?? null,
    tier: known.tier,
    startedAt,
    verdict,
    summary: summary2,
    reasons
  });
  const steps = async () => {
    const event = readEvent(settings.runner);
    if (event.kind === "workflow_run") {
      log.info(
        `evalgate: a workflow_run does not start an evaluation (this one concluded ${event.conclusion ?? "nothing"}); the fork stage runs on pull_request_target, see ${FORK_DOCS}`
      );
      return stopped(
        "error",
        `Not evaluated: a workflow_run does not start an evaluation. Run the fork stage on pull_request_target (${FORK_DOCS}).`
      );
    }
    const target = known.target = resolveTarget(shell, event);
    if (!target) return stopped("skipped", "There is no pull request or branch to report on.");
    const tier = known.tier = settings.tier ?? (target.pr ? "smoke" : "full");
    if (target.trusted && target.fromFork) {
      const policy = basePolicy(settings.config);
      const permit = await evaluationPermit(shell, policy, settings.evaluateLabel, event, target);
      if (!permit.permitted) {
        log.info(`evalgate: not evaluating the fork pull request: ${permit.reason}`);
        await startTrustedCheck(target);
        notes.push({
          kind: "awaiting-evaluation",
          label: settings.evaluateLabel,
          sha: target.headSha,
          minPermission: policy.min_permission
        });
        return stopped(
          "error",
          `Not evaluated yet: this pull request comes from a fork and waits for a maintainer's ${settings.evaluateLabel} label on commit ${target.headSha.slice(0, 7)}.`
        );
      }
    }
    const changed = target.pr ? await listChangedFiles(gh, target.pr.number, target.pr.changedFiles) : null;
    const gate = await chooseGate(shell, target, target.trusted, changed);
    const loaded = known.loaded = gate.loaded;
    notes.push(...gate.notes);
    const selection = chooseSuites(shell, loaded, changed);
    notes.push(...selection.notes);
    const suites = selection.suites;
    if (!suites.length) return stopped("skipped", selection.reason ?? "No gated files changed.");
    const missing = missingCredentials(loaded, suites);
    if (missing.length && target.fromFork && !target.trusted) {
      const why = `this pull request comes from a fork, and GitHub gives fork pull requests no secrets, so the model credentials (${missing.join(", ")}) are not set`;
      log.info(`evalgate: ${why}; fork-policy is ${settings.forkPolicy}.`);
      notes.push({ kind: "fork-needs-trusted-stage" });
      if (settings.forkPolicy === "skip") return stopped("skipped", `Skipped (fork-policy: skip): ${why}.`);
      return stopped("error", `Could not evaluate: ${why}. evalgate fails closed (fork-policy: fail-closed).`);
    }
    await startTrustedCheck(target);
    const [baseline, override, previous] = await Promise.all([
      chooseBaseline(shell, loaded, event, target, scratch),
      target.pr ? gatherOverride(shell, gate.policy, event, target) : NO_OVERRIDE,
      previousResults(shell, loaded, event, target, scratch)
    ]);
    notes.push(...baseline.notes);
    known.baseline = baseline.run;
    if (override.applied)
      notes.push({ kind: "override-for-commit", actor: override.applied.actor, sha: target.headSha });
    const started = performance.now();
    const gateRun = (config, ids) => runGate({
      loaded: config,
      tier,
      suites: ids,
      shard: settings.shard,
      baseline: baseline.run,
      baselineInfo: baseline.info,
      git: { sha: target.headSha, ref: settings.runner.ref || null },
      event: settings.runner.eventName || null,
      pr: target.pr?.number ?? null,
      override,
      baseBranch: !target.pr,
      ...settings.cacheDir ? { cacheDir: resolve3(settings.cacheDir) } : {},
      log: (line) => log.info(line)
    });
    try {
      let run = null;
      if (previous) {
        run = await redecide(shell, loaded, { tier, suites, target }, previous, baseline, override);
        if (run) notes.push({ kind: "redecided", runNumber: previous.run.runNumber, url: previous.run.url });
      }
      if (!run) {
        log.info(`evalgate: evaluating ${suites.join(", ")} (tier ${tier})`);
        run = await gateRun(loaded, suites);
      }
      if (!gate.change || !gate.change.loosened.length && !gate.change.tightened.length) return run;
      const proposed = gate.proposed ? await proposedVerdict(shell, gate.proposed, changed, gateRun) : null;
      notes.push({ kind: "gate-change", ...gate.change, proposed });
      return withGateChange(run, gate.change, override);
    } finally {
      evaluationMs = performance.now() - started;
    }
  };
  const startTrustedCheck = async (target) => {
    if (!target.canWrite || settings.shard || known.check || checkProblem) return;
    const started = await startCheck(shell, target);
    known.check = started.check;
    checkProblem = started.problem;
    if (target.trusted && started.check) {
      const others = await foreignCheckRuns(gh, target.headSha, settings.checkName);
      if (others.length) {
        log.warning(
          `evalgate: ${others.length} other check run(s) named "${settings.checkName}" on ${target.headSha.slice(0, 7)} were not created by evalgate's trusted stage`
        );
        notes.push({ kind: "imitated-check", name: settings.checkName, count: others.length });
      }
    }
  };
  try {
    return finish(await steps());
  } catch (error) {
    return finish(failedRun(error, log, (summary2, reasons) => stopped("error", summary2, reasons)));
  }
}
function failedRun(error, log, errorRun) {
  if (error instanceof InputError)
    return errorRun(
      "Could not evaluate: the gate config, a dataset or a prompt has problems.",
      error.issues.map(formatIssue)
    );
  const partial = error instanceof InfrastructureError ? error.run : void 0;
  const what = isHttpError(error) ? "GitHub API failure" : error instanceof InfrastructureError ? "the model provider failed" : "internal error";
  const detail = isHttpError(error) ? describeError(error) : error.message;
  log.warning(`evalgate: could not evaluate: ${what}: ${detail}`);
  if (what === "internal error" && process.env.EVALGATE_DEBUG) log.warning(error.stack ?? "");
  return partial ? asError(partial, `Could not evaluate: ${what}.`, [detail]) : errorRun(`Could not evaluate: ${what}.`, [detail]);
}
function chooseSuites({ settings, log }, loaded, changed) {
  if (settings.suites.length) return { suites: settings.suites, reason: null, notes: [] };
  if (!changed) return { suites: loaded.suites.map((s) => s.id), reason: null, notes: [] };
  const selection = selectSuites(loaded, changed, settings.runner.workspace);
  log.info(
    `evalgate: ${changed.files.length} changed file(s); ${selection.suites.length ? `suites ${selection.suites.join(", ")}` : "no gated files"}`
  );
  if (!selection.suites.length) return { suites: [], reason: selection.reason, notes: [] };
  return {
    suites: selection.suites,
    reason: selection.reason,
    notes: [{ kind: "suites-selected", reason: selection.reason, because: selection.because }]
  };
}
async function startCheck({ settings, gh, log }, target) {
  try {
    const url = workflowRunUrl(settings);
    const check = await startCheckRun(gh, {
      name: settings.checkName,
      headSha: target.headSha,
      externalId: checkExternalId(settings),
      ...url ? { detailsUrl: url } : {}
    });
    return { check, problem: null };
  } catch (error) {
    if (!isPermissionError(error)) throw error;
    const problem = `could not create the check run (${describeError(error)}); the workflow needs \`permissions: checks: write\``;
    log.warning(`evalgate: ${problem}`);
    return { check: null, problem };
  }
}
async function proposedVerdict(shell, proposed, changed, gateRun) {
  try {
    const { suites } = chooseSuites(shell, proposed, changed);
    if (!suites.length) return { verdict: "skipped", summary: "no suite of the proposed gate is affected." };
    shell.log.info(`evalgate: evaluating the pull request's proposed gate: ${suites.join(", ")}`);
    const run = await gateRun(proposed, suites);
    return { verdict: run.decision.verdict, summary: run.decision.summary };
  } catch (error) {
    const message = error instanceof InputError ? error.issues.map(formatIssue).join("; ") : error.message;
    return { verdict: "error", summary: `could not evaluate it: ${message}` };
  }
}
async function previousResults({ settings, gh, log }, loaded, event, target, scratch) {
  if (event.kind !== "pull_request" || !["labeled", "unlabeled"].includes(event.action) || settings.shard || // a fork's pull_request runs execute the fork's own workflow files, so their uploads prove nothing
  target.fromFork || !target.pr?.headRepository)
    return null;
  try {
    return await findPreviousResults(
      gh,
      {
        headSha: target.headSha,
        headBranch: target.pr.headRef,
        headRepository: target.pr.headRepository,
        artifact: loaded.config.baseline.artifact,
        excludeRunId: settings.runner.runId
      },
      join3(scratch(), "previous")
    );
  } catch (error) {
    log.warning(`evalgate: could not read this commit's earlier results (${describeError(error)}); evaluating again`);
    return null;
  }
}
async function redecide({ log }, loaded, what, previous, baseline, override) {
  const planned = await planSuites(loaded, { tier: what.tier, suites: what.suites });
  const problem = planned.ok ? reuseProblem(previous.results, planned.value, loaded, what.tier, what.target.headSha) : "the suites could not be planned";
  if (problem || !planned.ok) {
    log.info(`evalgate: not reusing the results of workflow run ${previous.run.id}: ${problem}`);
    return null;
  }
  log.info(
    `evalgate: re-deciding from the results of workflow run ${previous.run.id} for this commit (no model calls)`
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

// src/action/publish.ts
import { resolve as resolve4 } from "node:path";

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
function render(run, limit, notes, audience, options) {
  return renderMarkdown(run, { ...options, budget: limit, notes: renderActionNotes(notes, audience) });
}
async function publish(evaluation, { settings, gh, log }) {
  const { target, loaded } = evaluation;
  const secrets = secretValues(
    loaded ? credentialVariables(
      loaded,
      loaded.suites.map((s) => s.id)
    ) : []
  ).concat(settings.token);
  let run = redactDeep(evaluation.run, secrets);
  const notes = [...evaluation.notes];
  const runUrl = workflowRunUrl(settings);
  const links = runUrl ? { run: runUrl, artifact: `${runUrl}#artifacts` } : {};
  const baseline = evaluation.baseline && redactDeep(evaluation.baseline, secrets);
  const reports = !!target && target.canWrite && !settings.shard;
  let check = evaluation.check;
  let checkProblem = evaluation.checkProblem;
  let commentUrl = "";
  let checkFailure = null;
  if (reports && !checkProblem) {
    const inRepo = (path) => repoPath(settings.runner.workspace, resolve4(path));
    const output = {
      title: checkTitle(run),
      summary: redact(render(run, CHECK_SUMMARY_LIMIT, notes, "pr", { links, baseline }), secrets),
      annotations: annotationsFor(run, inRepo)
    };
    const conclusion = CONCLUSION[run.decision.verdict];
    try {
      if (check) await completeCheckRun(gh, check.id, conclusion, output);
      else
        check = await createCompletedCheckRun(
          gh,
          {
            name: settings.checkName,
            headSha: target.headSha,
            externalId: checkExternalId(settings),
            ...runUrl ? { detailsUrl: runUrl } : {}
          },
          conclusion,
          output
        );
      log.info(`evalgate: check run "${settings.checkName}" ${conclusion} on ${target.headSha.slice(0, 7)}`);
    } catch (error) {
      if (isPermissionError(error))
        checkProblem = `could not create the check run (${describeError(error)}); the workflow needs \`permissions: checks: write\``;
      else checkFailure = describeError(error);
      log.warning(`evalgate: ${checkProblem ?? `the check run could not be completed: ${checkFailure}`}`);
    }
  }
  if (reports && target.pr && settings.comment === "update") {
    try {
      const author = await tokenLogin(gh, check?.appSlug ?? null);
      const body = redact(render(run, COMMENT_BODY_LIMIT, notes, "pr", { links, marker: true, baseline }), secrets);
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
  if (target && !target.canWrite) {
    log.info(
      `evalgate: this pull request comes from a fork, so the workflow token is read-only: no check run or PR comment was posted; the verdict is in the job summary, the outputs and the exit code. To post them, add the trusted pull_request_target stage (${FORK_DOCS}).`
    );
    notes.unshift({ kind: "fork-read-only", summaryOnly: true });
  }
  if (checkProblem) notes.push({ kind: "no-check-run", problem: checkProblem, summaryOnly: true });
  if (settings.shard) notes.push({ kind: "shard", ...settings.shard, summaryOnly: true });
  const summary2 = redact(render(run, SUMMARY_BUDGET, notes, "summary", { links, baseline }), secrets);
  const files = writeResults(resolve4("evalgate-results"), run, summary2, { baseline });
  if (settings.junit) writeJunit(resolve4(settings.junit), run);
  if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(summary2).write();
  const verdict = run.decision.verdict;
  return {
    verdict,
    exitCode: exitCodeOf(verdict),
    resultsPath: files.runPath,
    reportPath: files.reportPath,
    commentUrl,
    checkRunId: check ? String(check.id) : ""
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
  const evaluation = await evaluate(settings, gh, log);
  const result = await publish(evaluation, { settings, gh, log });
  log.info(
    `evalgate: ${result.verdict.toUpperCase()} \u2014 GitHub API ${gh.stats.requests} request${gh.stats.requests === 1 ? "" : "s"} in ${Math.round(gh.stats.ms)} ms; evaluation ${Math.round(evaluation.evaluationMs)} ms; total ${Math.round(performance.now() - started)} ms`
  );
  return result;
}

// src/action/settings.ts
import { relative, resolve as resolve5, sep } from "node:path";
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
  const workspace = resolve5(env.GITHUB_WORKSPACE || process.cwd());
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
      resolve5(workspace, input("working-directory") || ".", input("config") || "gates/evalgate.yml")
    ).split(sep).join("/"),
    token,
    tier: input("tier") || void 0,
    suites: input("suites").split(",").map((s) => s.trim()).filter(Boolean),
    baseline: input("baseline") || void 0,
    baselineWorkflow: input("baseline-workflow").replace(/^\.\//, "") || ".github/workflows/evalgate-baseline.yml",
    evaluateLabel: input("evaluate-label") || "evalgate/evaluate",
    comment,
    checkName: input("check-name") || "evalgate",
    forkPolicy,
    cacheDir: input("cache-dir") || void 0,
    shard,
    junit: input("junit") || void 0,
    workingDirectory: resolve5(workspace, input("working-directory") || "."),
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
