import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  loadOrThrow,
  unwrap
} from "./chunk-OVA25PBJ.js";
import {
  ModelSession,
  executeSuite
} from "./chunk-W3RCC7NK.js";
import {
  readRunFile
} from "./chunk-NRY74ZRE.js";
import {
  llmJudgeScorer,
  loadDatasetFile,
  parsePrompt,
  renderMessages
} from "./chunk-M2X4NZRS.js";
import {
  displayPath
} from "./chunk-HDRRNNP6.js";
import "./chunk-RPGOX2AU.js";
import {
  InfrastructureError,
  InputError
} from "./chunk-TOJ4UG27.js";
import {
  judgeAgreement
} from "./chunk-3WBXW5VE.js";
import "./chunk-MGBZGUNG.js";
import "./chunk-BCM3YFZQ.js";
import {
  humanRating,
  judgeScale
} from "./chunk-YRNTQCBJ.js";
import {
  templateContext
} from "./chunk-X2PA4T2E.js";
import "./chunk-ZNK74DLD.js";
import "./chunk-MAXFAU5S.js";
import "./chunk-QZRLA6EH.js";
import "./chunk-ORWIBNRE.js";
import "./chunk-TSQXNMN6.js";
import "./chunk-RA6RAVDJ.js";
import "./chunk-BX4ROB6G.js";

// src/cli/calibrate.ts
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

// src/runner/pool.ts
async function mapPool(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

// src/cli/calibrate.ts
async function calibrateCommand(cmd, io) {
  const loaded = loadOrThrow(cmd.config);
  const suites = loaded.suites.filter(
    (s) => (!cmd.suites.length || cmd.suites.includes(s.id)) && s.scorers.some((sc) => sc.id === cmd.scorer && sc.type === "llm-judge")
  );
  if (!suites.length) {
    const judges = loaded.suites.flatMap(
      (s) => s.scorers.filter((sc) => sc.type === "llm-judge").map((sc) => `${s.id}/${sc.id}`)
    );
    throw new InputError([
      {
        file: loaded.file,
        message: `no llm-judge scorer "${cmd.scorer}"${cmd.suites.length ? ` in suite ${cmd.suites.join(", ")}` : ""}; llm-judge scorers: ${judges.join(", ") || "none"}`
      }
    ]);
  }
  const run = cmd.run ? unwrap(readRunFile(cmd.run)) : void 0;
  const reports = [];
  let failed = false;
  for (const suite of suites) {
    const report = await calibrateSuite(loaded, suite, cmd, run);
    reports.push(report);
    io.out(`${formatReport(report)}
`);
    if (report.rules.some((r) => !r.met)) failed = true;
  }
  const dir = resolve(cmd.out);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "calibration.json");
  writeFileSync(
    file,
    `${JSON.stringify({ schema: "evalgate/calibration@1", config: loaded.file, reports }, null, 2)}
`
  );
  io.out(`  written: ${displayPath(file)}
`);
  return failed ? 1 : 0;
}
async function calibrateSuite(loaded, suite, cmd, run) {
  const config = suite.scorers.find((s) => s.id === cmd.scorer);
  const scale = judgeScale(config.scale);
  const datasetDisplay = displayPath(suite.datasetPath);
  const dataset = unwrap(loadDatasetFile(suite.datasetPath, datasetDisplay));
  const issues = [];
  const labelled = [];
  for (const c of dataset) {
    const label = c.human?.[cmd.scorer];
    if (label === void 0) continue;
    const human = humanRating(label, scale);
    if (human === void 0)
      issues.push({
        file: datasetDisplay,
        line: c.line,
        path: `human.${cmd.scorer}`,
        message: `${JSON.stringify(label)} is not on the scale of "${cmd.scorer}" (${scaleText(scale)})`
      });
    else labelled.push({ c, human });
  }
  if (issues.length) throw new InputError(issues);
  if (labelled.length < 2)
    throw new InputError([
      {
        file: datasetDisplay,
        message: `calibrating "${cmd.scorer}" needs at least 2 cases with a human label (human: {${cmd.scorer}: \u2026}); found ${labelled.length}`
      }
    ]);
  const fromRun = new Map(
    (run?.cases ?? []).filter((r) => r.suite === suite.id && r.repeat === 0 && !r.error && r.output !== null).map((r) => [r.id, r.output])
  );
  const outputs = /* @__PURE__ */ new Map();
  const missing = [];
  for (const { c } of labelled) {
    const rated = c.human?.output;
    if (typeof rated === "string") outputs.set(c.id, { output: rated, source: "label" });
    else if (fromRun.has(c.id)) outputs.set(c.id, { output: fromRun.get(c.id), source: "run" });
    else missing.push(c);
  }
  const session = new ModelSession(loaded, {
    noCache: cmd.noCache,
    cacheDir: cmd.cacheDir,
    concurrency: cmd.concurrency
  });
  const judges = Array.isArray(config.provider) ? config.provider : [config.provider];
  const opened = session.open([{ provider: missing.length ? suite.provider : judges[0], scorers: [config] }]);
  if (!opened.ok) throw new InputError(opened.issues);
  const prompt = parsePrompt(readFileSync(suite.promptPath, "utf8"));
  const skipped = [];
  const cases = [];
  try {
    if (missing.length) {
      const execution = await executeSuite(
        { suite: suite.id, cases: missing, repeats: 1, prompt, caller: session.caller(suite.provider), scorers: [] },
        { control: session.control }
      );
      for (const r of execution.records) {
        if (r.error || r.output === null)
          skipped.push({ id: r.id, reason: `no output: ${r.error?.message ?? "empty"}` });
        else outputs.set(r.id, { output: r.output, source: "provider" });
      }
    }
    const judge = llmJudgeScorer({ ...config, human: void 0 }, session);
    const limit = session.caller(judges[0]).limiter.max * 2;
    await mapPool(labelled, limit, async ({ c, human }) => {
      const rated = outputs.get(c.id);
      if (!rated || session.control.stopped !== null) return;
      const messages = renderMessages(prompt, templateContext(c));
      try {
        const score = await judge.grade({
          case: { ...c, human: void 0 },
          output: rated.output,
          suite: suite.id,
          repeat: 0,
          messages,
          signal: session.control.signal
        });
        if (!score) return;
        const rating = scale.low + score.value * (scale.high - scale.low);
        cases.push({ id: c.id, line: c.line, human, judge: rating, reason: score.detail, source: rated.source });
      } catch (error) {
        skipped.push({ id: c.id, reason: error.message });
      }
    });
  } finally {
    await session.close();
  }
  if (session.control.stopped !== null) throw new InfrastructureError(session.control.stopped);
  cases.sort((a, b) => a.line - b.line);
  const agreement = judgeAgreement(cases, scale);
  const rules = suite.rules.filter((r) => r.metric === `judge.${cmd.scorer}.agreement` && r.min !== void 0).map((r) => ({ min: r.min, met: (agreement.alpha.value ?? -Infinity) >= r.min }));
  return { suite: suite.id, scorer: cmd.scorer, scale: scaleText(scale), judges, agreement, cases, skipped, rules };
}
var scaleText = (scale) => scale.passFail ? "pass-fail" : `${scale.low}\u2013${scale.high}`;
var num = (v) => v === void 0 ? "undefined" : v.toFixed(2);
var estimate = (e) => `${num(e.value).padStart(6)}  ${e.interval ? `[${e.interval[0].toFixed(2)}, ${e.interval[1].toFixed(2)}]` : "(no interval)"}`;
function formatReport(r) {
  const a = r.agreement;
  const lines = [
    `evalgate calibrate: "${r.scorer}" on suite ${r.suite} \u2014 scale ${r.scale}, judge${r.judges.length > 1 ? "s" : ""} ${r.judges.join(", ")}`,
    `  n = ${a.n} human-labelled case${a.n === 1 ? "" : "s"}${r.skipped.length ? ` (${r.skipped.length} could not be judged: ${r.skipped.slice(0, 3).map((s) => `${s.id}: ${s.reason}`).join("; ")})` : ""}`,
    `  Spearman \u03C1                    ${estimate(a.spearman)}${a.spearman.pvalue !== void 0 ? `  p = ${a.spearman.pvalue.toPrecision(2)}` : ""}`,
    `  Cohen's \u03BA (${r.scale === "pass-fail" ? "unweighted" : "quadratic"})${r.scale === "pass-fail" ? "" : " "}        ${estimate(a.kappa)}`,
    `  Krippendorff's \u03B1 (${r.scale === "pass-fail" ? "nominal" : "ordinal"})   ${estimate(a.alpha)}`,
    `  exact agreement ${(100 * a.exact).toFixed(0)}%, judge \u2212 human mean ${a.bias >= 0 ? "+" : ""}${a.bias.toFixed(2)}`,
    `  intervals: 95% percentile bootstrap over cases (${a.signature})`
  ];
  for (const rule of r.rules)
    lines.push(
      `  rule judge.${r.scorer}.agreement \u2265 ${rule.min}: ${rule.met ? "met" : "NOT met"} (\u03B1 = ${num(a.alpha.value)})`
    );
  return lines.join("\n");
}
export {
  calibrateCommand,
  formatReport
};
