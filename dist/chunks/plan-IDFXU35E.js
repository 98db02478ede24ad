import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  tierWarnings
} from "./chunk-SSCI4YAK.js";
import {
  loadOrThrow,
  unwrap
} from "./chunk-OVA25PBJ.js";
import {
  readRunFile
} from "./chunk-NRY74ZRE.js";
import {
  composition,
  describeComposition,
  planSuites,
  tierCases
} from "./chunk-EPDJN3NT.js";
import "./chunk-M2X4NZRS.js";
import "./chunk-HDRRNNP6.js";
import "./chunk-RPGOX2AU.js";
import {
  formatIssue
} from "./chunk-TOJ4UG27.js";
import "./chunk-BCM3YFZQ.js";
import {
  expectedCases
} from "./chunk-K2TGH57N.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-X2PA4T2E.js";
import "./chunk-ZNK74DLD.js";
import "./chunk-MAXFAU5S.js";
import {
  nonInferiorityDetectableDrop,
  nonInferioritySampleSize
} from "./chunk-ORWIBNRE.js";
import "./chunk-TSQXNMN6.js";
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
      for (const rule of suite.config.rules) {
        const line = ruleLine(rule, n, sliceSizes(cases, suite.config.slices), baseline, suite.config.id);
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
    baseline ? `Pass rates from ${cmd.baseline}.` : "No --baseline given: assumes a 90% pass rate and independent runs (2p(1\u2212p) discordant), which is conservative; pass --baseline run.json for your own figures."
  );
  io.out(`${lines.join("\n")}
`);
  for (const issue of tierWarnings(loaded, planned, baseline)) io.err(`warning: ${formatIssue(issue)}
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
