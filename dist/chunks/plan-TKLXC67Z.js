import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  loadOrThrow,
  unwrap
} from "./chunk-ILPPHYUI.js";
import {
  readRunFile
} from "./chunk-ORHTCVAP.js";
import {
  planSuites,
  sampleCases
} from "./chunk-27DBT4B5.js";
import "./chunk-IE4WWETO.js";
import "./chunk-Q7ZUI25R.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-WNVPVHZJ.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-7G2BCF5V.js";
import "./chunk-LIOXYYB6.js";
import {
  nonInferiorityDetectableDrop,
  nonInferioritySampleSize
} from "./chunk-AM2RDML7.js";
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
    for (const [tier, { sample, seed }] of Object.entries(suite.config.tiers)) {
      const cases = sampleCases(suite.cases, sample, `${seed}\0${suite.config.id}`);
      lines.push(
        `  tier ${tier}: ${cases.length} cases \xD7 ${suite.config.repeats} repeat${suite.config.repeats === 1 ? "" : "s"}`
      );
      for (const rule of suite.config.rules) {
        const line = ruleLine(rule, cases.length, sliceSizes(cases, suite.config.slices), baseline, suite.config.id);
        if (line) lines.push(`    ${line}`);
      }
    }
  }
  lines.push(
    "",
    baseline ? `Pass rates from ${cmd.baseline}.` : "No --baseline given: assumes a 90% pass rate and independent runs (2p(1\u2212p) discordant), which is conservative; pass --baseline run.json for your own figures."
  );
  io.out(`${lines.join("\n")}
`);
  return 0;
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
