import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  installedPath
} from "./chunk-NI63WJDQ.js";
import {
  stripBom
} from "./chunk-RPGOX2AU.js";
import {
  canUseBundledSet,
  judgeScale,
  ratedLabel
} from "./chunk-R6UKLIAN.js";
import {
  ProviderError
} from "./chunk-U3WIKXHJ.js";
import {
  external_exports
} from "./chunk-XLT3OMSK.js";

// src/dataset/calibration-set.ts
import { readFileSync } from "node:fs";
var CalibrationCase = external_exports.strictObject({
  id: external_exports.string().min(1),
  input: external_exports.string().min(1),
  vars: external_exports.record(external_exports.string(), external_exports.string()).default({}),
  expected: external_exports.string().optional(),
  output: external_exports.string(),
  label: external_exports.enum(["pass", "fail"]),
  why: external_exports.string().min(1)
});
function loadCalibrationSet(preset, scorerId) {
  const { file, rows } = bundledRows(preset);
  const cases = rows.map(({ row, line }) => {
    const c = {
      id: row.id,
      line,
      vars: { input: row.input, ...row.vars },
      ...row.expected !== void 0 ? { expected: row.expected } : {},
      tags: {},
      severity: "normal",
      human: { [scorerId]: row.label, output: row.output },
      fingerprint: ""
    };
    return { c, human: row.label === "pass" ? 1 : 0, input: row.input, why: row.why };
  });
  return { file, cases };
}
var bundled = /* @__PURE__ */ new Map();
function bundledRows(preset) {
  let set = bundled.get(preset);
  if (!set) {
    const file = installedPath(`fixtures/calibration/${preset}.jsonl`, "the bundled calibration sets");
    const rows = stripBom(readFileSync(file, "utf8")).split(/\r?\n/).flatMap((raw, i) => raw.trim() ? [{ row: CalibrationCase.parse(JSON.parse(raw)), line: i + 1 }] : []);
    bundled.set(preset, set = { file, rows });
  }
  return set;
}

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

// src/pipeline/judge-calibration.ts
async function judgeLabelled(input) {
  const scale = judgeScale(input.config.scale);
  const judged = [];
  const skipped = [];
  await mapPool(input.items, input.concurrency, async (item) => {
    const output = input.output(item.c);
    if (output === void 0 || input.control.stopped !== null) return;
    try {
      const score = await input.judge.grade({
        case: { ...item.c, human: void 0 },
        output,
        suite: input.suite,
        repeat: 0,
        messages: input.messages(item),
        signal: input.control.signal
      });
      if (!score) return;
      const rating = scale.low + score.value * (scale.high - scale.low);
      const judge = input.bundled && !scale.passFail ? Number(rating >= input.config.threshold) : rating;
      judged.push({ ...item, judge, reason: score.detail });
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      skipped.push({ id: item.c.id, reason: error.message });
    }
  });
  return { judged, skipped };
}
function needsBundledSet(config, rules, cases) {
  if (!canUseBundledSet(config) || !rules.some((r) => r.metric === `judge.${config.id}.agreement`)) return false;
  const scale = judgeScale(config.scale);
  return !cases.some((c) => ratedLabel(c.human, config.id, scale));
}
async function bundledCalibration(input) {
  const out = {};
  for (const config of input.configs) {
    const judge = input.scorers.find((s) => s.id === config.id);
    if (!judge?.grade || !needsBundledSet(config, input.rules, input.cases)) continue;
    const set = loadCalibrationSet(config.preset, config.id);
    const { judged, skipped } = await judgeLabelled({
      judge,
      config,
      items: set.cases,
      output: (c) => c.human?.output,
      messages: (item) => [{ role: "user", content: item.input }],
      suite: input.suite,
      bundled: true,
      control: input.control,
      concurrency: input.concurrency
    });
    const order = new Map(set.cases.map((item, i) => [item.c.id, i]));
    judged.sort((a, b) => order.get(a.c.id) - order.get(b.c.id));
    out[config.id] = {
      set: config.preset,
      pairs: judged.map((j) => ({ human: j.human, judge: j.judge })),
      skipped: skipped.length
    };
  }
  return Object.keys(out).length ? out : void 0;
}

export {
  loadCalibrationSet,
  judgeLabelled,
  needsBundledSet,
  bundledCalibration
};
