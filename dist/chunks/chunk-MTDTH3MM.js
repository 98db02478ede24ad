import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  checkContamination
} from "./chunk-EKNPWTRY.js";
import {
  BudgetMeter,
  budgetFor,
  estimateRun,
  overBudget
} from "./chunk-2SHT4IPR.js";
import {
  ModelSession,
  RunControl,
  baselineOutputs,
  executeSuite
} from "./chunk-PLDDLZMI.js";
import {
  bundledCalibration
} from "./chunk-RZIIYWFY.js";
import {
  changeCounts,
  changeLists,
  codeBlock,
  contaminationSummary,
  describeBudget,
  describeSafety,
  escapeInline,
  failureModesMarkdown,
  incidentMarkdown,
  inlineCode,
  renderSliceCharts,
  riskHeadline,
  riskLines,
  safetyCounts,
  safetyTotals
} from "./chunk-V6OGYPMV.js";
import {
  describeComposition,
  planSuites
} from "./chunk-PFVCEKAN.js";
import {
  providersOf,
  renderMessages
} from "./chunk-FMZSDQ53.js";
import {
  VERSION
} from "./chunk-3RM4HJMP.js";
import {
  InputError
} from "./chunk-TOJ4UG27.js";
import {
  formatDelta,
  formatValue,
  isSuiteNote,
  outcomeRank
} from "./chunk-DDNPVRFT.js";
import {
  describeStop
} from "./chunk-K2TGH57N.js";
import {
  ProviderError,
  SKLEARN,
  sha256,
  templateContext
} from "./chunk-U3WIKXHJ.js";
import {
  higherIsBetter,
  parseMetricName
} from "./chunk-XLT3OMSK.js";

// src/runner/batch-run.ts
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function runThroughBatch(suite, settings) {
  const { caller } = suite;
  const { control } = settings;
  const batch = caller.provider.batch;
  if (!batch) return;
  const items = [];
  const seen = /* @__PURE__ */ new Set();
  for (const c of suite.cases) {
    const messages = renderMessages(suite.prompt, templateContext(c));
    for (let repeat = 0; repeat < suite.repeats; repeat++) {
      const request = { suite: suite.suite, caseId: c.id, repeat, messages, vars: c.vars };
      const key = caller.keyOf(request);
      if (key === void 0 || seen.has(key) || await caller.cachedAnswer(key)) continue;
      seen.add(key);
      items.push({ id: `r${items.length}`, key, request });
    }
  }
  if (!items.length) return;
  const state = join(settings.cacheDir, "batches", `${sha256(items.map((i) => i.key).join("\n"))}.json`);
  const resume = await readBatchId(state);
  const name = `provider "${caller.provider.name}"`;
  settings.log(
    resume ? `evalgate: ${name}: resuming batch ${resume} (${items.length} requests of suite ${suite.suite})` : `evalgate: ${name}: sending ${items.length} requests of suite ${suite.suite} through the Batch API`
  );
  const polling = new AbortController();
  const off = control.onStop(() => polling.abort());
  if (control.stopped !== null) polling.abort();
  let last = "";
  try {
    const result = await batch.run(items, {
      ...resume ? { resume } : {},
      signal: polling.signal,
      submitted: async (id) => {
        await mkdir(join(settings.cacheDir, "batches"), { recursive: true });
        await writeFile(state, JSON.stringify({ batch_id: id, submitted_at: (/* @__PURE__ */ new Date()).toISOString() }));
      },
      progress: (p) => {
        const line = describeProgress(p);
        if (line !== last) settings.log(`evalgate: ${name}: ${line}`);
        last = line;
      }
    });
    if (result.stopped) {
      if (result.id) settings.log(`evalgate: ${name}: stopped polling batch ${result.id}; a re-run resumes it`);
      return;
    }
    const answers = new Map(items.map((item) => [item.key, result.answers.get(item.id)]));
    await caller.supply(answers);
    await rm(state, { force: true });
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    await caller.supply(new Map(items.map((item) => [item.key, error])));
  } finally {
    off();
  }
}
async function readBatchId(file) {
  try {
    const id = JSON.parse(await readFile(file, "utf8")).batch_id;
    return typeof id === "string" && id ? id : void 0;
  } catch {
    return void 0;
  }
}
function describeProgress(p) {
  return `batch ${p.id} ${p.status}: ${p.completed} of ${p.total} done${p.failed ? `, ${p.failed} failed` : ""}`;
}

// src/pipeline/budget-check.ts
async function checkBudget(input, planned, session, limit) {
  const estimate = await estimateRun(
    input.loaded,
    planned.map((s) => ({
      config: s.config,
      prompt: s.prompt,
      cases: s.cases,
      // an adaptive tier grows only against a baseline; counted at its max, the worst case
      extension: input.baseline && s.adaptive ? s.adaptive.remaining.slice(0, s.adaptive.max - s.cases.length) : [],
      repeats: input.repeats ?? s.config.repeats
    })),
    async (name, request) => {
      const caller = session.caller(name);
      const key = caller.keyOf(request);
      return key !== void 0 && await caller.cachedAnswer(key);
    }
  );
  const over = limit ? overBudget(estimate, limit) : void 0;
  if (over && !input.force) {
    await session.close();
    throw new InputError([
      {
        file: input.loaded.file,
        ...input.budgetUsd === void 0 ? input.loaded.locate(["budget"]) : {},
        message: `${over}; sample fewer cases or raise the budget; the CLI's --force starts anyway and still stops at the budget`
      }
    ]);
  }
  return { estimate, over };
}
function batchIssues(loaded, planned, tier, event) {
  const issues = [];
  for (const suite of planned) {
    const name = suite.config.provider;
    const provider = loaded.config.providers[name];
    if (provider?.type !== "openai" || !provider.batch) continue;
    const at = { file: loaded.file, ...loaded.locate(["providers", name, "batch"]), path: `providers.${name}.batch` };
    if (suite.config.tiers[tier]?.adaptive)
      issues.push({
        ...at,
        message: `suite "${suite.config.id}" runs tier "${tier}", which is adaptive: the Batch API answers within 24 hours, too late for each look; use the batch provider only for tiers without adaptive`
      });
    else if (event === "pull_request" || event === "pull_request_target")
      issues.push({
        ...at,
        message: `the Batch API answers within 24 hours, too late for a pull request's check (event ${event}); use a provider without batch for the tiers pull requests run, and batch: true for the base branch's full runs`
      });
  }
  return issues;
}

// src/pipeline/run-gate.ts
async function runGate(input) {
  const control = input.control ?? new RunControl();
  const limit = budgetFor(input.loaded.config.budget, input.tier, input.budgetUsd);
  const meter = new BudgetMeter(limit, control);
  const called = await callModels(input, control, meter, limit);
  const manifest = {
    tool: { name: "evalgate", version: VERSION },
    config: {
      file: input.loaded.file,
      hash: input.loaded.hash,
      ...input.loaded.config.report ? { chart: input.loaded.config.report.chart } : {}
    },
    git: input.git ?? { sha: null, ref: null },
    event: input.event ?? null,
    pr: input.pr ?? null,
    tier: input.tier,
    shard: input.shard ? `${input.shard.index}/${input.shard.count}` : null,
    suites: called.suites,
    started_at: called.startedAt,
    ended_at: (/* @__PURE__ */ new Date()).toISOString()
  };
  const { finalizeRun } = await import("./finalize-VXSPSESA.js");
  const budget = {
    limit: limit ? { usd: limit.usd, calls: limit.calls } : null,
    estimate: called.estimate,
    actual: meter.actual(),
    forced: called.forced
  };
  const { adaptive } = called;
  const run = finalizeRun({
    loaded: input.loaded,
    manifest,
    records: called.records,
    baseline: called.baseline !== void 0 ? called.baseline : baselineNow(input.baseline),
    baselineInfo: input.baselineInfo,
    datasetIds: called.datasetIds,
    override: input.override,
    baseBranch: input.baseBranch,
    incomplete: called.incomplete,
    ...adaptive.length ? {
      sequential: (q) => adaptive.find((a) => a.suite === q.suite)?.judge(q) ?? null,
      adaptive: adaptive.map((a) => a.summary)
    } : {}
  });
  return { ...run, budget };
}
var baselineNow = (baseline) => typeof baseline === "function" ? baseline() : baseline;
async function callModels(input, control, meter, limit) {
  const session = new ModelSession(input.loaded, { ...input, control, meter });
  const plan = await planSuites(input.loaded, { ...input, models: session });
  if (!plan.ok) throw new InputError(plan.issues);
  const refused = batchIssues(input.loaded, plan.value, input.tier, input.event ?? null);
  if (refused.length) throw new InputError(refused);
  const planned = await checkContamination(input.loaded, plan.value);
  const opened = session.open(planned.map((s) => s.config));
  if (!opened.ok) throw new InputError(opened.issues);
  const { estimate, over } = await checkBudget(input, planned, session, limit);
  const early = planned.some((s) => s.adaptive || allScorers(s).some((sc) => sc.grade));
  const baseline = early ? baselineNow(input.baseline) : void 0;
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  let total = planned.reduce((n, s) => n + s.cases.length * (input.repeats ?? s.config.repeats), 0);
  input.onStart?.(total, () => session.inFlight());
  let done = 0;
  const records = [];
  const adaptive = [];
  const calibration = /* @__PURE__ */ new Map();
  try {
    for (const suite of planned) {
      const repeats = input.repeats ?? suite.config.repeats;
      const graded = allScorers(suite).some((s) => s.grade);
      const outputs = graded ? baselineOutputs(baseline ?? null, suite.config.id) : void 0;
      const execute = (cases) => executeSuite(
        {
          suite: suite.config.id,
          cases,
          repeats,
          prompt: suite.prompt,
          caller: session.caller(suite.config.provider),
          scorers: suite.scorers,
          caseScorers: suite.caseScorers,
          baselineOutputs: outputs
        },
        {
          control: session.control,
          onRecord: (r) => {
            session.finished(r);
            input.onProgress?.(++done, total, r);
          }
        }
      );
      if (session.caller(suite.config.provider).provider.batch)
        await runThroughBatch(
          {
            suite: suite.config.id,
            cases: suite.cases,
            repeats,
            prompt: suite.prompt,
            caller: session.caller(suite.config.provider)
          },
          { control, cacheDir: session.cacheDir, log: input.log ?? (() => void 0) }
        );
      const judges = suite.config.scorers.filter((s) => s.type === "llm-judge");
      const calibrated = judges.length ? await bundledCalibration({
        configs: judges,
        rules: suite.config.rules,
        cases: suite.cases,
        scorers: suite.scorers,
        suite: suite.config.id,
        control,
        concurrency: session.caller(providersOf(judges[0].provider)[0]).limiter.max * 2
      }) : void 0;
      if (calibrated) calibration.set(suite.config.id, calibrated);
      const execution = await execute(suite.cases);
      if (execution.stopped !== null || !suite.adaptive || !baseline) {
        for (const r of execution.records) records.push(r);
        if (execution.stopped !== null) break;
        continue;
      }
      const grown = await growAdaptively(input, baseline, suite, execution.records, planned, session, async (cases) => {
        total += cases.length * repeats;
        return (await execute(cases)).records;
      });
      for (const r of grown.records) records.push(r);
      adaptive.push({ suite: suite.config.id, ...grown });
      if (session.control.stopped !== null) break;
    }
  } finally {
    await session.close();
    await Promise.all(planned.flatMap(allScorers).map((scorer) => scorer.close?.()));
  }
  return {
    baseline,
    records,
    suites: planned.map((s) => ({
      ...s.manifest,
      cases: adaptive.find((a) => a.suite === s.config.id)?.cases ?? s.manifest.cases,
      model: session.provider(s.config.provider).model,
      ...calibration.has(s.config.id) ? { calibration: calibration.get(s.config.id) } : {}
    })),
    datasetIds: new Map(planned.map((s) => [s.config.id, s.allIds])),
    adaptive,
    incomplete: incompleteness(session.control, records, total),
    estimate,
    forced: over !== void 0,
    startedAt
  };
}
function incompleteness(control, records, total) {
  const done = records.length;
  if (control.stopped !== null)
    return { kind: control.kind ?? "circuit_breaker", message: control.stopped, done, total };
  if (done > 0 && records.every((r) => r.error?.kind === "infrastructure"))
    return {
      kind: "all_failed",
      message: `every model call failed; first error: ${records[0].error.message}`,
      done,
      total
    };
  return void 0;
}
async function growAdaptively(input, baseline, suite, initial, planned, session, run) {
  const [{ runAdaptive }, { finalizeRun }] = await Promise.all([import("./adaptive-OGZGL5OC.js"), import("./finalize-VXSPSESA.js")]);
  const id = suite.config.id;
  const known = new Set(baseline.cases.filter((r) => r.suite === id).map((r) => `${r.id}\0${r.fingerprint}`));
  const manifest = {
    tool: { name: "evalgate", version: VERSION },
    config: { file: input.loaded.file, hash: input.loaded.hash },
    git: { sha: null, ref: null },
    event: null,
    pr: null,
    tier: input.tier,
    shard: null,
    suites: [{ ...suite.manifest, model: session.provider(suite.config.provider).model }],
    started_at: "",
    ended_at: ""
  };
  const plan = suite.adaptive;
  const result = await runAdaptive(
    {
      suite: id,
      initial: suite.cases,
      remaining: plan.remaining,
      pairable: (c) => known.has(`${c.id}\0${c.fingerprint}`),
      max: plan.max,
      batch: plan.batch
    },
    initial,
    {
      run,
      decide: (records, judge) => finalizeRun({
        loaded: input.loaded,
        manifest,
        records: [...records],
        baseline,
        baselineInfo: input.baselineInfo,
        datasetIds: new Map(planned.map((s) => [s.config.id, s.allIds])),
        sequential: judge
      }).decision,
      stopped: () => session.control.stopped !== null
    }
  );
  return { records: result.records, cases: result.summary.cases, summary: result.summary, judge: result.gate.judge };
}
var allScorers = (s) => [...s.scorers, ...[...s.caseScorers.values()].flat()];

// src/pipeline/describe-baseline.ts
function describeBaseline(baseline, source) {
  return {
    source,
    git_sha: baseline.manifest.git.sha,
    ref: baseline.manifest.git.ref,
    created_at: baseline.manifest.ended_at
  };
}

// src/report/markdown.ts
var COMMENT_MARKER = "<!-- evalgate:comment -->";
var COMMENT_LIMIT = 65536;
var ICON = {
  pass: "\u2705",
  warn: "\u26A0\uFE0F",
  fail: "\u274C",
  overridden: "\u{1F7E0}",
  skipped: "\u23ED\uFE0F",
  error: "\u{1F6D1}"
};
var OUTCOME = {
  pass: "\u2705 pass",
  warn: "\u26A0\uFE0F warn",
  fail: "\u274C fail",
  info: "\u2139\uFE0F info"
};
function renderMarkdown(run, options = {}) {
  const decision = run.decision;
  if (!decision) throw new Error("renderMarkdown needs a decided run");
  const budget = options.budget ?? COMMENT_LIMIT - 1e3;
  const head = [];
  if (options.marker) head.push(COMMENT_MARKER);
  const title = decision.verdict === "error" ? "could not evaluate" : decision.verdict.toUpperCase();
  head.push(`## ${ICON[decision.verdict]} evalgate: ${title}`, "", escapeInline(decision.summary, 500));
  const risk = riskHeadline(run);
  if (risk)
    head.push(
      "",
      `**Risk tier:** ${escapeInline(risk.tiers, 300)} \xB7 **decided by** ${escapeInline(risk.decidedBy, 500)}`
    );
  const safety = safetyTotals(run);
  if (safety) head.push("", `**Safety:** ${escapeInline(safety, 300)}`);
  if (decision.verdict === "error") for (const reason of decision.reasons) head.push(`- ${escapeInline(reason, 400)}`);
  const blocking = decision.rules.filter((r) => r.outcome === "fail" || r.outcome === "warn");
  if (blocking.length) {
    head.push("");
    for (const r of blocking.slice(0, 10))
      head.push(`- ${r.outcome === "fail" ? "\u274C" : "\u26A0\uFE0F"} **${r.suite}**: ${escapeInline(r.explanation, 400)}`);
    if (blocking.length > 10) head.push(`- \u2026 and ${blocking.length - 10} more below`);
  }
  if (decision.critical_failures.length) {
    head.push("", `**Failed critical cases** (${decision.critical_failures.length}):`, "");
    for (const c of decision.critical_failures.slice(0, 20)) {
      const expected = c.expected === void 0 ? "" : ` \u2014 expected ${inlineCode(typeof c.expected === "string" ? c.expected : JSON.stringify(c.expected))}, got ${c.output === null ? "no output" : inlineCode(c.output.length > 80 ? `${c.output.slice(0, 79)}\u2026` : c.output)}`;
      const what = c.scorers.length ? `failed ${c.scorers.map(inlineCode).join(", ")}${c.error ? `; could not be evaluated: ${escapeInline(c.error, 300)}` : ""}${expected}` : `could not be evaluated: ${escapeInline(c.error ?? "no score", 300)}`;
      head.push(`- ${inlineCode(c.id)}${c.repeat ? ` (repeat ${c.repeat})` : ""} in ${escapeInline(c.suite)}: ${what}`);
    }
    if (decision.critical_failures.length > 20)
      head.push(`- \u2026 and ${decision.critical_failures.length - 20} more in run.json`);
  }
  for (const note of decision.override_notes ?? []) head.push("", `> ${escapeInline(note, 400)}`);
  const sections = run.aggregates.map(
    (agg) => suiteSection(run, decision, agg, options.chart ?? run.manifest.config.chart ?? "mermaid", options.baseline ?? null)
  );
  const footer = [
    ...run.budget ? ["", describeBudget(run.budget)] : [],
    ...options.notes?.length ? ["", ...options.notes] : [],
    ...footerLines(run, options)
  ];
  let body = [...head, ...sections.flat(), ...footer].join("\n");
  if (body.length > budget) {
    const kept = [...head];
    let omitted = 0;
    for (const section of sections) {
      const compact = section.filter((line) => !line.startsWith("<details") && !line.startsWith("|"));
      const candidate = [...kept, ...section].join("\n").length + footer.join("\n").length < budget ? section : compact;
      if ([...kept, ...candidate, ...footer].join("\n").length + 200 < budget) kept.push(...candidate);
      else omitted++;
    }
    kept.push(
      "",
      `_${omitted ? `${omitted} suite section${omitted === 1 ? "" : "s"} and some ` : "Some "}rows were left out to fit GitHub's size limit; the full report is in the job summary and the results artifact (report.md)._`
    );
    body = [...kept, ...footer].join("\n");
  }
  return `${body}
`;
}
function suiteSection(run, decision, agg, chart, baseline) {
  const manifest = run.manifest.suites.find((s) => s.id === agg.suite);
  const comparison = decision.comparisons[agg.suite];
  const rules = decision.rules.filter((r) => r.suite === agg.suite);
  const lines = ["", `### ${escapeInline(agg.suite)}`, ""];
  const meta = [
    `${agg.cases} cases`,
    manifest && manifest.repeats > 1 ? `\xD7 ${manifest.repeats} repeats` : "",
    `tier \`${escapeInline(run.manifest.tier)}\``,
    manifest ? `model ${inlineCode(manifest.model)}` : "",
    agg.errors ? `${agg.errors} infrastructure errors` : "",
    judgeFailures(agg)
  ];
  lines.push(meta.filter(Boolean).join(" \xB7 "));
  if (manifest?.composition) lines.push(`Sample: ${escapeInline(describeComposition(manifest.composition))}`);
  const risk = riskLines(manifest);
  if (risk.length) lines.push("", ...risk.map((line) => `- ${escapeInline(line, 400)}`), "");
  const safety = safetyCounts(run, agg.suite);
  if (safety) lines.push("", `**Safety:** ${escapeInline(describeSafety(safety), 600)}`, "");
  const adaptive = decision.adaptive?.find((a) => a.suite === agg.suite);
  if (adaptive)
    lines.push(
      `Adaptive: ${describeStop(adaptive)}, ${adaptive.looks.length} look${adaptive.looks.length === 1 ? "" : "s"} (${escapeInline(adaptive.method)})`
    );
  lines.push(
    comparison?.baseline ? `Baseline: ${linked(escapeInline(comparison.baseline.source), comparison.baseline.run_url)}${comparison.baseline.git_sha ? ` at ${inlineCode(comparison.baseline.git_sha.slice(0, 7))}` : ""}${comparison.baseline.created_at ? `, ${age(comparison.baseline.created_at, run.manifest.started_at)}` : ""} \xB7 ${comparison.paired} paired records` : "Baseline: none (absolute rules only)"
  );
  if (comparison?.settings_changed?.length)
    lines.push(
      `Changed since the baseline: ${comparison.settings_changed.map((c) => escapeInline(c, 200)).join(" \xB7 ")}`
    );
  if (comparison?.dataset_changes)
    lines.push(
      `Dataset since the baseline: ${changeCounts(comparison.dataset_changes)} (${changeLists(
        comparison.dataset_changes
      ).map((l) => `${l.kind}: ${l.ids.map(inlineCode).join(", ")}${l.more ? `, \u2026 ${l.more} more` : ""}`).join("; ")})`
    );
  if (manifest?.contamination)
    lines.push(`Contamination: ${escapeInline(contaminationSummary(manifest.contamination), 400)}`);
  lines.push("");
  const whole = rules.filter((r) => r.slice === null && !isSuiteNote(r));
  if (whole.length) {
    lines.push("| Rule | Baseline | Current | \u0394 or value (interval) | n | Result |", "|---|---:|---:|---|---:|---|");
    for (const r of whole) lines.push(ruleRow(r, escapeInline(`${r.metric} ${r.bound}`)));
  }
  const sliced = rules.filter((r) => r.slice !== null);
  if (sliced.length) {
    lines.push(
      "",
      "**Per slice** (worst first)",
      "",
      "| Rule | Slice | Baseline | Current | \u0394 (interval) | n | Result |",
      "|---|---|---:|---:|---|---:|---|"
    );
    const worstFirst = [...sliced].sort((a, b) => outcomeRank(b) - outcomeRank(a) || (a.delta ?? 0) - (b.delta ?? 0));
    for (const r of worstFirst)
      lines.push(ruleRow(r, `${escapeInline(r.metric)} | ${inlineCode(`${r.slice.name}=${r.slice.value}`)}`));
    lines.push(...renderSliceCharts(sliced, chart));
  }
  const intervals = intervalNote(rules);
  if (intervals) lines.push("", intervals);
  const notes = rules.filter(isSuiteNote);
  if (notes.length)
    lines.push("", ...notes.map((r) => `- ${OUTCOME[r.outcome].split(" ")[0]} ${escapeInline(r.explanation, 400)}`));
  for (const f of agg.flaky ?? []) {
    if (!f.cases.length) continue;
    const shown = f.cases.slice(0, 10).map((c) => `${inlineCode(c.id)} (${c.passes}/${c.repeats})`).join(", ");
    lines.push(
      "",
      `**Flaky** on ${inlineCode(f.scorer)}: ${f.cases.length} case${f.cases.length === 1 ? "" : "s"} changed outcome between repeats (flip rate ${(f.flip_rate * 100).toFixed(1)}%): ${shown}${f.cases.length > 10 ? ", \u2026" : ""}. Each case counts once in the tests, by the rule's aggregate.`
    );
  }
  lines.push(...erroredCaseLines(run, agg.suite));
  lines.push(...incidentMarkdown(run, agg.suite), ...failureModesMarkdown(run, agg.suite, baseline));
  for (const line of pairwiseLines(run, agg.suite)) lines.push("", line);
  const power = powerLines(rules);
  if (power.length) lines.push("", "**What this gate can see** (80% power):", "", ...power);
  const details = [];
  if (comparison?.notes.length) details.push(...comparison.notes.map((n) => `- ${escapeInline(n, 300)}`), "");
  details.push("| Metric | Value | 95% CI (two-sided) | n |", "|---|---:|---|---:|");
  for (const m of agg.metrics.filter((m2) => m2.n > 0 && m2.value !== null)) {
    const ref = parseMetricName(m.metric);
    const value = m.metric === "cost.total" ? costCell(run, agg.suite, m.value) : formatValue(ref, m.value);
    details.push(
      `| ${escapeInline(m.metric)} | ${value} | ${m.interval ? `${formatValue(ref, m.interval[0])}\u2013${formatValue(ref, m.interval[1])}` : ""} | ${m.n} |`
    );
  }
  details.push(...signatureLines(manifest?.scorer_signatures, agg), ...confusionLines(agg));
  const failures = decision.critical_failures.filter((c) => c.suite === agg.suite);
  for (const c of failures.slice(0, 10))
    details.push(
      "",
      `**${inlineCode(c.id)}**${c.line ? ` (dataset line ${c.line})` : ""} \u2014 output:`,
      "",
      codeBlock(c.output ?? "(no output)", 1500)
    );
  lines.push("", "<details><summary>All metrics and comparison notes</summary>", "", ...details, "", "</details>");
  return lines;
}
function intervalNote(rules) {
  const regression = rules.filter((r) => r.kind === "regression" && r.interval);
  const absolute = rules.some((r) => r.kind !== "regression" && r.interval && !isSuiteNote(r));
  if (!regression.length) return null;
  const levels = [...new Set(regression.map((r) => r.confidence ?? 0.95))];
  const pct = (x) => `${Number((x * 100).toFixed(1))}%`;
  const what = levels.length === 1 ? `a two-sided ${pct(1 - 2 * (1 - levels[0]))} interval, whose ends are the rule's one-sided ${pct(levels[0])} bounds` : "a two-sided interval at 1 \u2212 2\u03B1, whose ends are the rule's one-sided bounds at its confidence";
  return `_Intervals: a regression rule's \u0394 is ${what}${absolute ? "; a value's CI is two-sided 95%" : ""}._`;
}
function costCell(run, suite, total) {
  const ref = parseMetricName("cost.total");
  const priced = run.cases.filter((r) => r.suite === suite && r.cost_usd !== null);
  const cached = priced.filter((r) => r.cached);
  if (!cached.length) return formatValue(ref, total);
  if (cached.length === priced.length) return `cached, $0 spent; ${formatValue(ref, total)} if uncached`;
  const spent = priced.filter((r) => !r.cached).reduce((sum, r) => sum + r.cost_usd, 0);
  return `${formatValue(ref, spent)} spent (${cached.length} of ${priced.length} calls cached); ${formatValue(ref, total)} if uncached`;
}
function signatureLines(signatures, agg) {
  const rows = [
    ...Object.entries(signatures ?? {}).map(([id, sig]) => [`${id} (per case)`, sig]),
    ...agg.metrics.filter((m) => m.kind === "suite" && m.method && m.method !== SKLEARN).map((m) => [m.metric, m.method])
  ];
  if (!rows.length) return [];
  return [
    "",
    "| Metric | Signature |",
    "|---|---|",
    ...rows.map(([name, sig]) => `| ${escapeInline(name)} | ${inlineCode(sig)} |`)
  ];
}
function confusionLines(agg) {
  return (agg.confusion ?? []).flatMap((c) => [
    "",
    `Confusion matrix of ${inlineCode(c.scorer)} (rows: expected, columns: predicted):`,
    "",
    `| | ${c.labels.map((l) => escapeInline(l)).join(" | ")} |`,
    `|---|${c.labels.map(() => "---:").join("|")}|`,
    ...c.matrix.map((row, i) => `| **${escapeInline(c.labels[i])}** | ${row.join(" | ")} |`)
  ]);
}
function ruleRow(r, label) {
  const ref = parseMetricName(r.metric);
  const result = ["inconclusive", "not_comparable", "no_baseline", "not_gated"].includes(r.status) ? `${OUTCOME[r.outcome]} (${r.status.replace(/_/g, " ")})` : OUTCOME[r.outcome];
  return `| ${label} | ${formatValue(ref, r.baseline)} | ${formatValue(ref, r.current)} | ${changeCell(r)} | ${r.n} | ${result} |`;
}
function changeCell(r) {
  const ref = parseMetricName(r.metric);
  if (!r.interval) return "";
  if (r.kind !== "regression") return `CI ${formatValue(ref, r.interval[0])}\u2013${formatValue(ref, r.interval[1])}`;
  const flip = ref && higherIsBetter(ref) ? -1 : 1;
  if (r.delta === null) {
    const pct = (w) => {
      const change = flip < 0 ? 1 / w - 1 : w - 1;
      return `${change >= 0 ? "+" : "\u2212"}${Math.abs(change * 100).toFixed(1)}%`;
    };
    const [a, b] = [pct(r.interval[0]), pct(r.interval[1])];
    const point = r.current !== null && r.baseline ? pct(flip < 0 ? r.baseline / r.current : r.current / r.baseline) : "";
    return `${point} ${flip < 0 ? `[${b}, ${a}]` : `[${a}, ${b}]`}`.trim();
  }
  const lo = flip < 0 ? -r.interval[1] : r.interval[0];
  const hi = flip < 0 ? -r.interval[0] : r.interval[1];
  return `${formatDelta(ref, r.delta)} [${formatDelta(ref, lo)}, ${formatDelta(ref, hi)}]`;
}
function powerLines(rules) {
  const byRule = /* @__PURE__ */ new Map();
  for (const r of rules) {
    if (r.kind !== "regression" || r.mde === null || r.mde === void 0 || r.status === "not_gated") continue;
    byRule.set(r.rule, [...byRule.get(r.rule) ?? [], r]);
  }
  return [...byRule.values()].map((outcomes) => {
    const worst = outcomes.reduce((a, b) => (b.mde ?? 0) > (a.mde ?? 0) ? b : a);
    const ref = parseMetricName(worst.metric);
    const ratio = worst.delta === null;
    const up = ref !== void 0 && higherIsBetter(ref);
    const size = ratio ? `${((worst.mde - 1) * 100).toFixed(1)}%` : formatDelta(ref, worst.mde).replace(/^[+−±]/, "");
    const where = worst.slice ? `in the least sensitive slice (${inlineCode(`${worst.slice.name}=${worst.slice.value}`)}, n=${worst.n})` : `with n=${worst.n}`;
    return `- ${escapeInline(worst.metric)} (${escapeInline(worst.bound)}) ${where}: fails a true ${up ? "drop" : "increase"} of ${size} or more; smaller ones may pass or warn.`;
  });
}
function judgeFailures(agg) {
  const n = Object.values(agg.scorer_errors ?? {}).reduce((a, b) => a + b, 0);
  return n ? `${n} judge failure${n === 1 ? "" : "s"}` : "";
}
function erroredCaseLines(run, suite) {
  const errored = run.cases.flatMap((r) => {
    if (r.suite !== suite) return [];
    const at = `${inlineCode(r.id)}${r.repeat ? ` (repeat ${r.repeat})` : ""}`;
    if (r.error) return [`- ${at}: ${escapeInline(r.error.message, 300)}`];
    return Object.entries(r.scorer_errors ?? {}).map(
      ([scorer, message]) => `- ${at}: scorer ${inlineCode(scorer)}: ${escapeInline(message, 300)}`
    );
  });
  if (!errored.length) return [];
  const shown = errored.slice(0, 20);
  if (errored.length > 20) shown.push(`- \u2026 and ${errored.length - 20} more in run.json`);
  return ["", `**Errored cases** (${errored.length}), not scored as wrong answers:`, "", ...shown];
}
function pairwiseLines(run, suite) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of run.cases) {
    if (r.suite !== suite) continue;
    for (const [scorer, score] of Object.entries(r.scores)) {
      if (!score.label || !["win", "tie", "loss", "inconsistent"].includes(score.label)) continue;
      const c = counts.get(scorer) ?? { win: 0, tie: 0, loss: 0, inconsistent: 0 };
      c[score.label] = (c[score.label] ?? 0) + 1;
      counts.set(scorer, c);
    }
  }
  return [...counts.entries()].map(
    ([scorer, c]) => `**${inlineCode(scorer)}** (pairwise, candidate vs baseline): ${c.win} wins, ${c.tie} ties, ${c.loss} losses, ${c.inconsistent} inconsistent (the verdict flipped with the order; counted as ties).`
  );
}
function linked(text, url) {
  return url && /^https?:\/\/[^\s()<>]+$/.test(url) ? `[${text}](${url})` : text;
}
function age(createdAt, now) {
  const hours = (Date.parse(now) - Date.parse(createdAt)) / 36e5;
  const date = createdAt.slice(0, 10);
  if (!Number.isFinite(hours)) return date;
  if (hours < 1) return `less than an hour old (${date})`;
  if (hours < 48) return `${Math.round(hours)} hours old (${date})`;
  return `${Math.round(hours / 24)} days old (${date})`;
}
function footerLines(run, options) {
  const m = run.manifest;
  const links = [
    options.links?.run ? `[workflow run](${options.links.run})` : "",
    options.links?.artifact ? `[results artifact](${options.links.artifact}) (report.html: every case)` : ""
  ].filter(Boolean);
  return [
    "",
    `<sub>evalgate ${escapeInline(m.tool.version)} \xB7 config ${inlineCode(m.config.hash.slice(0, 12))}${m.git.sha ? ` \xB7 commit ${inlineCode(m.git.sha.slice(0, 7))}` : ""}${links.length ? ` \xB7 ${links.join(" \xB7 ")}` : ""}</sub>`
  ];
}

export {
  runGate,
  describeBaseline,
  COMMENT_MARKER,
  renderMarkdown
};
