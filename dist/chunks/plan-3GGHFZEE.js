import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  tierWarnings
} from "./chunk-X4XMATXI.js";
import {
  loadOrThrow,
  unwrap
} from "./chunk-RTXB7CCY.js";
import {
  budgetFor,
  estimateRun
} from "./chunk-2SHT4IPR.js";
import "./chunk-RZIIYWFY.js";
import {
  readRunFile
} from "./chunk-V6OGYPMV.js";
import {
  composition,
  describeComposition,
  planSuites,
  tierCases
} from "./chunk-PFVCEKAN.js";
import "./chunk-FMZSDQ53.js";
import "./chunk-COK2ABR5.js";
import "./chunk-NI63WJDQ.js";
import "./chunk-PBYLG6YC.js";
import "./chunk-RPGOX2AU.js";
import {
  formatIssue
} from "./chunk-TOJ4UG27.js";
import "./chunk-GJ43RANW.js";
import {
  formatUsd
} from "./chunk-DDNPVRFT.js";
import {
  expectedCases
} from "./chunk-K2TGH57N.js";
import "./chunk-R6UKLIAN.js";
import {
  suiteStatistic
} from "./chunk-U3WIKXHJ.js";
import "./chunk-XLT3OMSK.js";
import "./chunk-3Y7FXN34.js";
import {
  bootstrapStandardError,
  meanDetectableShift,
  meanSampleSize,
  nonInferiorityDetectableDrop,
  nonInferioritySampleSize
} from "./chunk-UX52SBGX.js";
import "./chunk-SI22RAST.js";
import "./chunk-PNW7NQUB.js";
import "./chunk-RA6RAVDJ.js";
import "./chunk-BX4ROB6G.js";

// src/cli/plan.ts
var pp = (x) => `${(x * 100).toFixed(1)} pp`;
async function planCommand(cmd, io) {
  const loaded = loadOrThrow(cmd.config);
  const baseline = cmd.baseline ? unwrap(readRunFile(cmd.baseline)) : null;
  const planned = unwrap(await planSuites(loaded, { tier: null }));
  const lines = [];
  for (const suite of planned) {
    lines.push(`${suite.config.id} (${suite.cases.length} cases in the dataset)`);
    for (const [tier, settings] of Object.entries(suite.config.tiers)) {
      const cases = tierCases(suite.config, suite.cases, settings);
      const n = cases.length;
      lines.push(
        `  tier ${tier}: ${n} cases \xD7 ${suite.config.repeats} repeat${suite.config.repeats === 1 ? "" : "s"}${settings.sample ? ` (${describeComposition(composition(cases, suite.config.slices))})` : ""}`
      );
      lines.push(`    ${await costLine(loaded, suite, tier, cases, settings.adaptive)}`);
      for (const rule of suite.config.rules) {
        const sizes = sliceSizes(cases, suite.config.slices);
        const line = ruleLine(rule, n, sizes, baseline, suite.config.id) ?? valueRuleLine(rule, n, sizes, baseline, suite.config.id, suite.config.scorers);
        if (line) lines.push(`    ${line}`);
        const adaptive = settings.adaptive ? adaptiveLine(
          rule,
          settings.adaptive,
          n,
          suite.cases.length,
          baseline,
          suite.config.id,
          sliceShape(baseline, suite.config.id, suite.config.slices, cases)
        ) : null;
        if (adaptive) lines.push(`      ${adaptive}`);
      }
    }
  }
  lines.push(
    "",
    baseline ? `Pass rates and the spread of means and suite metrics from ${cmd.baseline}.` : "No --baseline given: assumes a 90% pass rate and independent runs (2p(1\u2212p) discordant), which is conservative; pass --baseline run.json for your own figures."
  );
  io.out(`${lines.join("\n")}
`);
  for (const issue of tierWarnings(loaded, planned, baseline)) io.err(`warning: ${formatIssue(issue)}
`);
  return 0;
}
async function costLine(loaded, suite, tier, cases, adaptive) {
  const taken = new Set(cases.map((c) => c.id));
  const max = adaptive ? adaptive.max === "full" ? suite.cases.length : adaptive.max : cases.length;
  const extension = suite.cases.filter((c) => !taken.has(c.id)).slice(0, Math.max(0, max - cases.length));
  const estimate = await estimateRun(loaded, [
    { config: suite.config, prompt: suite.prompt, cases, extension, repeats: suite.config.repeats }
  ]);
  const limit = budgetFor(loaded.config.budget, tier);
  const budget = limit ? [limit.usd !== null ? formatUsd(limit.usd) : "", limit.calls !== null ? `${limit.calls} calls` : ""].filter(Boolean).join(", ") : "";
  return `cost: estimated ${estimate.usd === null ? "unknown (no price)" : formatUsd(estimate.usd)} for ${estimate.calls} model calls${adaptive ? ` (adaptive growth to ${max} cases counted)` : ""}, before cached answers${budget ? `; budget ${budget}` : ""}`;
}
var CORRECTION = {
  holm: "Holm",
  bh: "Benjamini\u2013Hochberg",
  none: "no correction"
};
function ruleLine(rule, n, slices, baseline, suite) {
  const { ref } = rule;
  if (ref.kind !== "scorer" || ref.stat !== "pass_rate" || !rule.max_drop) return null;
  const rate = baseline?.aggregates.find((a) => a.suite === suite)?.metrics.find((m) => m.metric === rule.metric)?.value ?? 0.9;
  const margin = rule.max_drop.relative ? rule.max_drop.value * rate : rule.max_drop.value;
  const alpha = 1 - rule.confidence;
  const head = `${rule.metric} max drop ${rule.max_drop.text}`;
  if (!rule.per_slice) {
    const detectable2 = nonInferiorityDetectableDrop({ n, baselineRate: rate, margin, alpha });
    const needed2 = nonInferioritySampleSize({ baselineRate: rate, margin, alpha, drop: 2 * margin });
    return `${head}: fails a true drop of ${pp(detectable2)} or more 80% of the time; failing a ${pp(2 * margin)} drop needs ${needed2 === void 0 ? "more than a million" : needed2} paired cases`;
  }
  const gated = slices.filter((size) => size >= rule.min_n);
  const range = slices.length ? `${Math.min(...slices)}\u2013${Math.max(...slices)}` : "0";
  const shape = `${slices.length} slice${slices.length === 1 ? "" : "s"} of ${range} cases`;
  if (!gated.length) return `${head} per slice (${shape}): no slice has min_n ${rule.min_n} cases, so none is gated`;
  const tests = rule.correction === "none" ? 1 : gated.length;
  const smallest = Math.min(...gated);
  const detectable = nonInferiorityDetectableDrop({ n: smallest, baselineRate: rate, margin, alpha, tests });
  const needed = nonInferioritySampleSize({ baselineRate: rate, margin, alpha, tests, drop: 2 * margin });
  const ungated = slices.length - gated.length;
  return `${head} per slice (${shape}; ${CORRECTION[rule.correction]} over ${gated.length} gated${ungated ? `, ${ungated} below min_n ${rule.min_n} reported only` : ""}): in the smallest gated slice (${smallest} cases) fails a true drop of ${pp(detectable)} or more 80% of the time; failing a ${pp(2 * margin)} drop needs ${needed === void 0 ? "more than a million" : needed} paired cases per slice`;
}
var num = (x) => String(Number(x.toPrecision(3)));
function valueRuleLine(rule, n, slices, baseline, suite, scorers) {
  const { ref } = rule;
  const bound = rule.max_drop ?? rule.max_increase;
  if (!bound) return null;
  if (!(ref.kind === "scorer" && ref.stat === "mean") && ref.kind !== "suite") return null;
  const worse = rule.max_drop ? "drop" : "increase";
  const aWorse = rule.max_drop ? "a drop" : "an increase";
  const head = `${rule.metric} max ${worse} ${bound.text}${rule.per_slice ? " per slice" : ""}`;
  if (!baseline) return `${head}: pass --baseline run.json to plan it (the spread of its values comes from a run)`;
  const byCase = /* @__PURE__ */ new Map();
  for (const r of baseline.cases) {
    const score = r.suite === suite && !r.error ? r.scores[ref.scorer] : void 0;
    if (score) byCase.set(r.id, [...byCase.get(r.id) ?? [], score]);
  }
  const units = [...byCase.values()];
  let value;
  let sd;
  let how;
  if (ref.kind === "scorer") {
    const means = units.map((u) => u.reduce((a, s) => a + s.value, 0) / u.length);
    value = means.length ? means.reduce((a, b) => a + b, 0) / means.length : null;
    sd = means.length > 1 && value !== null ? Math.sqrt(means.reduce((a, m) => a + (m - value) ** 2, 0) / (means.length - 1)) : void 0;
    how = `paired t; per-case SD ${num(sd ?? 0)} in the baseline`;
  } else {
    const config = scorers.find((c) => c.id === ref.scorer);
    const statistic = config ? suiteStatistic(config, ref.stat, ref.class) : void 0;
    if (!statistic) return null;
    const flat = (sample) => statistic(sample.flat());
    value = flat(units);
    const se = bootstrapStandardError(units, flat);
    sd = se === void 0 ? void 0 : se * Math.sqrt(units.length);
    how = `paired bootstrap; SE ${num(se ?? 0)} from resampling the baseline's ${units.length} cases`;
  }
  if (value === null || sd === void 0)
    return `${head}: the baseline has too few scored cases of ${ref.scorer} to plan it`;
  const margin = bound.relative ? bound.value * Math.abs(value) : bound.value;
  const options = { sdDifference: Math.SQRT2 * sd, margin, alpha: 1 - rule.confidence };
  const twice = `${num(2 * margin)}`;
  let where = "";
  let at = n;
  let tests = 1;
  if (rule.per_slice) {
    const gated = slices.filter((size) => size >= rule.min_n);
    if (!gated.length) return `${head}: no slice has min_n ${rule.min_n} cases, so none is gated`;
    at = Math.min(...gated);
    tests = rule.correction === "none" ? 1 : gated.length;
    where = `in the smallest gated slice (${at} cases; ${CORRECTION[rule.correction]} over ${gated.length}) `;
  }
  const detectable = meanDetectableShift({ ...options, n: at, tests });
  const needed = meanSampleSize({ ...options, tests, shift: 2 * margin });
  return `${head}: ${where}fails a true ${worse} of ${num(detectable)} or more 80% of the time (${how}, \u221A2\xD7 for two runs); failing ${aWorse} of ${twice} needs ${needed === void 0 ? "more than a million" : needed} paired cases${rule.per_slice ? " per slice" : ""}`;
}
function adaptiveLine(rule, settings, start, datasetSize, baseline, suite, shape) {
  const { ref } = rule;
  if (ref.kind !== "scorer" || ref.stat !== "pass_rate" || !rule.max_drop) return null;
  const rate = baseline?.aggregates.find((a) => a.suite === suite)?.metrics.find((m) => m.metric === rule.metric)?.value ?? 0.9;
  const margin = rule.max_drop.relative ? rule.max_drop.value * rate : rule.max_drop.value;
  const max = settings.max === "full" ? datasetSize : Math.max(start, Math.min(settings.max, datasetSize));
  if (max <= start) return null;
  const parts = rule.per_slice ? shape.parts : 1;
  const batch = settings.batch ?? Math.max(50, Math.round(max / 20));
  const common = {
    start: Math.max(1, Math.floor(start / parts)),
    batch: Math.max(1, Math.floor(batch / parts)),
    max: Math.max(1, Math.floor(max / parts)),
    psi: 2 * rate * (1 - rate),
    margin,
    alpha: 1 - rule.confidence,
    tests: rule.per_slice && rule.correction !== "none" ? shape.tests : 1
  };
  const scale = (n) => Math.round(Math.min(max, n * parts));
  const same = scale(expectedCases({ ...common, drop: 0 }));
  const dropped = scale(expectedCases({ ...common, drop: 2 * margin }));
  return `adaptive up to ${max} cases: about ${same} cases expected with no change, ${dropped} with a true drop of ${pp(2 * margin)}${rule.per_slice ? " in every slice" : ""}`;
}
function sliceShape(baseline, suite, slices, cases) {
  if (!slices.length) return { tests: 1, parts: 1 };
  const known = baseline?.aggregates.find((a) => a.suite === suite)?.slices ?? [];
  const inTier = composition(cases, slices).slices;
  const valuesOf = (name) => known.filter((s) => s.slice === name).length || Object.keys(inTier[name] ?? {}).length || 4;
  return { tests: slices.reduce((total, name) => total + valuesOf(name), 0), parts: valuesOf(slices[0]) };
}
function sliceSizes(cases, slices) {
  return slices.flatMap((name) => {
    const sizes = /* @__PURE__ */ new Map();
    for (const c of cases) sizes.set(c.tags[name] ?? "(none)", (sizes.get(c.tags[name] ?? "(none)") ?? 0) + 1);
    return [...sizes.values()];
  });
}
export {
  planCommand
};
