import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  loadOrThrow,
  unwrap
} from "./chunk-RTXB7CCY.js";
import {
  ModelSession,
  executeSuite
} from "./chunk-PLDDLZMI.js";
import {
  judgeLabelled,
  loadCalibrationSet
} from "./chunk-RZIIYWFY.js";
import {
  readRunFile
} from "./chunk-V6OGYPMV.js";
import {
  llmJudgeScorer,
  parsePrompt,
  renderMessages
} from "./chunk-FMZSDQ53.js";
import {
  loadDatasetFile
} from "./chunk-COK2ABR5.js";
import {
  displayPath
} from "./chunk-NI63WJDQ.js";
import "./chunk-PBYLG6YC.js";
import "./chunk-RPGOX2AU.js";
import {
  InfrastructureError,
  InputError
} from "./chunk-TOJ4UG27.js";
import {
  judgeAgreement
} from "./chunk-SABWJ672.js";
import "./chunk-GJ43RANW.js";
import "./chunk-DDNPVRFT.js";
import {
  BUNDLED_SCALE,
  canUseBundledSet,
  humanRating,
  judgeScale
} from "./chunk-R6UKLIAN.js";
import {
  templateContext
} from "./chunk-U3WIKXHJ.js";
import "./chunk-XLT3OMSK.js";
import "./chunk-3Y7FXN34.js";
import "./chunk-WRP7FQOV.js";
import "./chunk-UX52SBGX.js";
import "./chunk-SI22RAST.js";
import "./chunk-PNW7NQUB.js";
import "./chunk-RA6RAVDJ.js";
import "./chunk-BX4ROB6G.js";

// src/cli/calibrate.ts
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
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
  const bundled = cmd.preset ? loadCalibrationSet(cmd.preset, cmd.scorer) : void 0;
  if (bundled && !canUseBundledSet({ ...config, preset: cmd.preset }))
    throw new InputError([
      {
        file: loaded.file,
        message: `--preset ${cmd.preset}: the bundled calibration sets are labelled pass/fail; give llm-judge "${cmd.scorer}" scale: pass-fail or a threshold`
      }
    ]);
  const agreementScale = bundled ? BUNDLED_SCALE : scale;
  const labelled = bundled ? bundled.cases : humanLabelled(suite, cmd.scorer, scale);
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
    const result = await judgeLabelled({
      judge,
      config,
      items: labelled,
      output: (c) => outputs.get(c.id)?.output,
      // a bundled case was asked its `input`, not the suite's prompt
      messages: (item) => item.input !== void 0 ? [{ role: "user", content: item.input }] : renderMessages(prompt, templateContext(item.c)),
      suite: suite.id,
      bundled: bundled !== void 0,
      control: session.control,
      concurrency: session.caller(judges[0]).limiter.max * 2
    });
    skipped.push(...result.skipped);
    for (const { c, human, judge: rating, reason, why } of result.judged)
      cases.push({
        id: c.id,
        line: c.line,
        human,
        judge: rating,
        reason,
        source: outputs.get(c.id).source,
        ...why !== void 0 ? { why } : {}
      });
  } finally {
    await session.close();
  }
  if (session.control.stopped !== null) throw new InfrastructureError(session.control.stopped);
  cases.sort((a, b) => a.line - b.line);
  const agreement = judgeAgreement(cases, agreementScale);
  const rules = suite.rules.filter((r) => r.metric === `judge.${cmd.scorer}.agreement` && r.min !== void 0).map((r) => ({ min: r.min, met: (agreement.alpha.value ?? -Infinity) >= r.min }));
  return {
    suite: suite.id,
    scorer: cmd.scorer,
    scale: bundled && !scale.passFail ? `pass-fail (ratings \u2265 ${config.threshold} pass)` : scaleText(scale),
    judges,
    ...bundled ? { set: { preset: cmd.preset, file: displayPath(bundled.file) } } : {},
    agreement,
    cases,
    skipped,
    rules
  };
}
function humanLabelled(suite, scorer, scale) {
  const datasetDisplay = displayPath(suite.datasetPath);
  const dataset = unwrap(loadDatasetFile(suite.datasetPath, datasetDisplay));
  const issues = [];
  const labelled = [];
  for (const c of dataset) {
    const label = c.human?.[scorer];
    if (label === void 0) continue;
    const human = humanRating(label, scale);
    if (human === void 0)
      issues.push({
        file: datasetDisplay,
        line: c.line,
        path: `human.${scorer}`,
        message: `${JSON.stringify(label)} is not on the scale of "${scorer}" (${scaleText(scale)})`
      });
    else labelled.push({ c, human });
  }
  if (issues.length) throw new InputError(issues);
  if (labelled.length < 2)
    throw new InputError([
      {
        file: datasetDisplay,
        message: `calibrating "${scorer}" needs at least 2 cases with a human label (human: {${scorer}: \u2026}); found ${labelled.length}`
      }
    ]);
  return labelled;
}
var scaleText = (scale) => scale.passFail ? "pass-fail" : `${scale.low}\u2013${scale.high}`;
var num = (v) => v === void 0 ? "undefined" : v.toFixed(2);
var estimate = (e) => `${num(e.value).padStart(6)}  ${e.interval ? `[${e.interval[0].toFixed(2)}, ${e.interval[1].toFixed(2)}]` : "(no interval)"}`;
function formatReport(r) {
  const a = r.agreement;
  const lines = [
    `evalgate calibrate: "${r.scorer}" on suite ${r.suite} \u2014 scale ${r.scale}, judge${r.judges.length > 1 ? "s" : ""} ${r.judges.join(", ")}`,
    ...r.set ? [
      `  on the bundled "${r.set.preset}" calibration set (${r.set.file}): labelled by construction by the evalgate maintainers, not crowd-sourced human ratings; use your own labels for production calibration`
    ] : [],
    `  n = ${a.n} ${r.set ? "labelled" : "human-labelled"} case${a.n === 1 ? "" : "s"}${r.skipped.length ? ` (${r.skipped.length} could not be judged: ${r.skipped.slice(0, 3).map((s) => `${s.id}: ${s.reason}`).join("; ")})` : ""}`,
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
