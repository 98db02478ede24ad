import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  plannedDetectableDrop,
  plannedSampleSize
} from "./chunk-ET2JT4VK.js";
import "./chunk-YKMLPWKJ.js";
import {
  loadOrThrow,
  unwrap
} from "./chunk-NWFE3ARW.js";
import {
  planSuites,
  sampleCases
} from "./chunk-5PD437XC.js";
import {
  readRunFile
} from "./chunk-6XXZF4OJ.js";
import "./chunk-HVFCNBSN.js";
import "./chunk-S6ONSDY5.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-YN4GDNJL.js";
import "./chunk-YRNTQCBJ.js";
import {
  parseMetricName
} from "./chunk-NDZKKG2X.js";
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
      const n = sampleCases(suite.cases, sample, `${seed}\0${suite.config.id}`).length;
      lines.push(`  tier ${tier}: ${n} cases \xD7 ${suite.config.repeats} repeat${suite.config.repeats === 1 ? "" : "s"}`);
      for (const rule of suite.config.rules) {
        const line = ruleLine(
          rule,
          n,
          sliceShape(baseline, suite.config.id, suite.config.slices),
          baseline,
          suite.config.id
        );
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
function ruleLine(rule, n, shape, baseline, suite) {
  const ref = parseMetricName(rule.metric);
  if (!ref || ref.kind !== "scorer" || ref.stat !== "pass_rate" || !rule.max_drop) return null;
  const rate = baseline?.aggregates.find((a) => a.suite === suite)?.metrics.find((m) => m.metric === rule.metric)?.value ?? 0.9;
  const margin = rule.max_drop.relative ? rule.max_drop.value * rate : rule.max_drop.value;
  const alpha = 1 - rule.confidence;
  const tests = rule.per_slice ? shape.tests : 1;
  const perTest = rule.per_slice ? Math.floor(n / shape.parts) : n;
  const detectable = plannedDetectableDrop({ n: perTest, baselineRate: rate, margin, alpha, tests });
  const needed = plannedSampleSize({ baselineRate: rate, margin, alpha, tests, drop: 2 * margin });
  const where = rule.per_slice ? ` per slice (~${perTest} cases a slice, Holm over ${shape.tests} slices)` : "";
  const warnSmall = rule.per_slice && perTest < rule.min_n ? " \u2014 slices this small are not gated" : "";
  return `${rule.metric} max drop ${rule.max_drop.text}${where}: fails a true drop of ${pp(detectable)} or more 80% of the time; failing a ${pp(2 * margin)} drop needs ${needed === null ? "more than a million" : needed} paired cases${rule.per_slice ? " per slice" : ""}${warnSmall}`;
}
function sliceShape(baseline, suite, slices) {
  if (!slices.length) return { tests: 1, parts: 1 };
  const known = baseline?.aggregates.find((a) => a.suite === suite)?.slices ?? [];
  const valuesOf = (name) => known.filter((s) => s.slice === name).length || 4;
  return { tests: slices.reduce((total, name) => total + valuesOf(name), 0), parts: valuesOf(slices[0]) };
}
export {
  planCommand
};
