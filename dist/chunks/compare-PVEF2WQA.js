import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  scorerName
} from "./chunk-TCPE52FL.js";
import {
  finish
} from "./chunk-XN4FGBHX.js";
import {
  loadOrThrow,
  unwrap
} from "./chunk-RTXB7CCY.js";
import {
  describeBaseline
} from "./chunk-MTDTH3MM.js";
import "./chunk-EKNPWTRY.js";
import "./chunk-2SHT4IPR.js";
import "./chunk-PLDDLZMI.js";
import "./chunk-RZIIYWFY.js";
import {
  readRunFile
} from "./chunk-V6OGYPMV.js";
import "./chunk-PFVCEKAN.js";
import "./chunk-FMZSDQ53.js";
import "./chunk-COK2ABR5.js";
import "./chunk-NI63WJDQ.js";
import "./chunk-PBYLG6YC.js";
import {
  stripBom
} from "./chunk-RPGOX2AU.js";
import {
  VERSION
} from "./chunk-3RM4HJMP.js";
import {
  InputError,
  fail,
  ok
} from "./chunk-TOJ4UG27.js";
import {
  finalizeRun
} from "./chunk-6AHXPCKY.js";
import "./chunk-SABWJ672.js";
import "./chunk-GJ43RANW.js";
import "./chunk-DDNPVRFT.js";
import "./chunk-K2TGH57N.js";
import "./chunk-R6UKLIAN.js";
import {
  contentHash
} from "./chunk-U3WIKXHJ.js";
import "./chunk-XLT3OMSK.js";
import "./chunk-3Y7FXN34.js";
import "./chunk-WRP7FQOV.js";
import "./chunk-UX52SBGX.js";
import "./chunk-SI22RAST.js";
import "./chunk-PNW7NQUB.js";
import "./chunk-RA6RAVDJ.js";
import "./chunk-BX4ROB6G.js";

// src/cli/compare.ts
import { readFileSync } from "node:fs";

// src/import/foreign-run.ts
var isObject = (v) => !!v && typeof v === "object" && !Array.isArray(v);
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : null;
var slug = (s) => s.toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
function foreignFormat(json) {
  if (!isObject(json)) return void 0;
  if (Array.isArray(json.samples) && isObject(json.eval)) return "inspect";
  const results = json.results;
  if (Array.isArray(results) || isObject(results) && Array.isArray(results.results)) return "promptfoo";
  return void 0;
}
function convertForeignRun(json, file, suites) {
  const tool = foreignFormat(json);
  if (!tool) return fail({ file, message: "not a promptfoo results JSON nor an Inspect eval log" });
  return tool === "promptfoo" ? fromPromptfoo(json, file, suites) : fromInspect(json, file, suites);
}
function suiteFor(suites, candidates) {
  if (suites.length === 1) return suites[0];
  return suites.find((s) => candidates.includes(s.id));
}
function build(tool, file, rows, started) {
  const repeats = /* @__PURE__ */ new Map();
  const records = rows.map((r) => {
    const key = `${r.suite.id}\0${r.id}`;
    const repeat = repeats.get(key) ?? 0;
    repeats.set(key, repeat + 1);
    return {
      suite: r.suite.id,
      id: r.id,
      repeat,
      tags: r.tags,
      severity: "normal",
      fingerprint: contentHash({ vars: r.vars, expected: r.expected ?? null, tags: r.tags }),
      ...r.expected !== void 0 ? { expected: r.expected } : {},
      output: r.error ? null : r.output,
      scores: r.error ? {} : r.scores,
      latency_ms: r.latency,
      tokens: r.tokens,
      cost_usd: r.cost,
      error: r.error ? { kind: "infrastructure", message: r.error } : null
    };
  });
  const bySuite = [...new Set(rows.map((r) => r.suite))];
  const when = started ?? (/* @__PURE__ */ new Date(0)).toISOString();
  return {
    tool,
    records,
    manifest: {
      tool: { name: "evalgate", version: VERSION },
      config: { file, hash: contentHash(file) },
      git: { sha: null, ref: null },
      event: null,
      pr: null,
      tier: "full",
      shard: null,
      suites: bySuite.map((s) => {
        const mine = records.filter((r) => r.suite === s.id);
        return {
          id: s.id,
          dataset: file,
          dataset_hash: contentHash(mine.map((r) => [r.id, r.fingerprint])),
          prompt: `(${tool})`,
          prompt_hash: contentHash(tool),
          provider: s.provider,
          model: rows.find((r) => r.suite === s)?.model ?? tool,
          tier: "full",
          cases: new Set(mine.map((r) => r.id)).size,
          repeats: Math.max(
            1,
            ...[...repeats.entries()].filter(([k]) => k.startsWith(`${s.id}\0`)).map(([, n]) => n)
          ),
          scorer_hashes: s.hashes.scorers,
          rule_hashes: s.hashes.rules
        };
      }),
      started_at: when,
      ended_at: when
    }
  };
}
function caseId(metadata, vars) {
  const id = isObject(metadata) ? metadata.id : void 0;
  return typeof id === "string" || typeof id === "number" ? String(id) : `h-${contentHash({ vars }, 12)}`;
}
function tagsOf(metadata) {
  const tags = {};
  if (isObject(metadata)) {
    for (const [k, v] of Object.entries(metadata))
      if (k !== "id" && ["string", "number", "boolean"].includes(typeof v))
        tags[slug(k).replace(/-/g, "_")] = String(v);
  }
  return tags;
}
function fromPromptfoo(json, file, suites) {
  const container = isObject(json.results) ? json.results : json;
  const list = Array.isArray(container.results) ? container.results : [];
  const issues = [];
  const rows = [];
  list.forEach((item, i) => {
    if (!isObject(item)) return;
    const test = isObject(item.testCase) ? item.testCase : {};
    const vars = isObject(item.vars) ? item.vars : isObject(test.vars) ? test.vars : {};
    const prompt = isObject(item.prompt) ? item.prompt : {};
    const provider = isObject(item.provider) ? item.provider : {};
    const providerName = String(provider.label || provider.id || "");
    const promptName = slug(String(prompt.label ?? `prompt-${(num(item.promptIdx) ?? 0) + 1}`));
    const suite = suiteFor(suites, [
      promptName,
      `${promptName}-${slug(providerName.replace(/^[^:]+:(chat:|messages:)?/, ""))}`
    ]);
    if (!suite) {
      issues.push({
        file,
        path: `results[${i}]`,
        message: `no suite for prompt "${promptName}" and provider "${providerName}"; suites: ${suites.map((s) => s.id).join(", ")}`
      });
      return;
    }
    const response = isObject(item.response) ? item.response : {};
    const usage = isObject(response.tokenUsage) ? response.tokenUsage : void 0;
    const grading = isObject(item.gradingResult) ? item.gradingResult : void 0;
    const scores = {};
    const taken = {};
    for (const component of Array.isArray(grading?.componentResults) ? grading.componentResults : []) {
      if (!isObject(component)) continue;
      const assertion = isObject(component.assertion) ? component.assertion : { type: "assertion" };
      let id = scorerName(assertion);
      for (let n = 2; taken[id]; n++) id = `${scorerName(assertion)}-${n}`;
      taken[id] = 1;
      const pass = typeof component.pass === "boolean" ? component.pass : null;
      scores[id] = {
        value: num(component.score) ?? (pass ? 1 : 0),
        pass,
        ...typeof component.reason === "string" && component.reason ? { detail: component.reason } : {}
      };
    }
    const output = response.output;
    const error = typeof item.error === "string" && item.error ? item.error : typeof response.error === "string" && response.error ? response.error : null;
    rows.push({
      suite,
      id: caseId(test.metadata, vars),
      vars,
      tags: tagsOf(test.metadata ?? item.metadata),
      output: typeof output === "string" ? output : output === void 0 || output === null ? "" : JSON.stringify(output),
      scores,
      latency: num(item.latencyMs),
      tokens: usage && num(usage.total) !== null ? { prompt: num(usage.prompt) ?? 0, completion: num(usage.completion) ?? 0, total: num(usage.total) } : null,
      cost: num(item.cost) ?? num(response.cost),
      error,
      model: String(provider.id ?? "promptfoo")
    });
  });
  if (issues.length) return fail(...issues);
  if (!rows.length) return fail({ file, message: "the promptfoo results hold no result rows (results.results)" });
  const timestamp = typeof container.timestamp === "string" ? container.timestamp : null;
  return ok(build("promptfoo", file, rows, timestamp));
}
function inspectScore(score) {
  const v = score.value;
  const detail = typeof score.explanation === "string" && score.explanation ? { detail: score.explanation } : {};
  if (typeof v === "boolean") return { value: v ? 1 : 0, pass: v, ...detail };
  if (typeof v === "string") {
    const letter = { C: 1, I: 0, P: 0.5, N: 0 }[v.toUpperCase()];
    if (letter !== void 0) return { value: letter, pass: v.toUpperCase() === "C", ...detail };
    if (/^(yes|true|correct)$/i.test(v)) return { value: 1, pass: true, ...detail };
    if (/^(no|false|incorrect)$/i.test(v)) return { value: 0, pass: false, ...detail };
    return void 0;
  }
  const n = num(v);
  return n === null ? void 0 : { value: n, pass: null, ...detail };
}
function fromInspect(json, file, suites) {
  const evalInfo = json.eval;
  const task = slug(String(evalInfo.task ?? "task").replace(/^.*\//, ""));
  const suite = suiteFor(suites, [task]);
  if (!suite)
    return fail({
      file,
      path: "eval.task",
      message: `no suite "${task}" in the config; suites: ${suites.map((s) => s.id).join(", ")}`
    });
  const rows = json.samples.filter(isObject).map((sample) => {
    const output = isObject(sample.output) ? sample.output : {};
    const choice = Array.isArray(output.choices) && isObject(output.choices[0]) ? output.choices[0] : {};
    const message = isObject(choice.message) ? choice.message : {};
    const content = message.content;
    const text = typeof content === "string" ? content : Array.isArray(content) ? content.filter((c) => isObject(c) && c.type === "text").map((c) => String(c.text ?? "")).join("") : typeof output.completion === "string" ? output.completion : "";
    const usage = isObject(output.usage) ? output.usage : void 0;
    const scores = {};
    for (const [name, score] of Object.entries(isObject(sample.scores) ? sample.scores : {})) {
      const mapped = isObject(score) ? inspectScore(score) : void 0;
      if (mapped) scores[slug(name)] = mapped;
    }
    const input = sample.input;
    const vars = { input: typeof input === "string" ? input : JSON.stringify(input) };
    const error = isObject(sample.error) ? String(sample.error.message ?? "error") : typeof sample.error === "string" ? sample.error : null;
    return {
      suite,
      id: sample.id !== void 0 ? String(sample.id) : `h-${contentHash({ vars }, 12)}`,
      vars,
      tags: tagsOf(sample.metadata),
      ...sample.target !== void 0 ? { expected: sample.target } : {},
      output: text,
      scores,
      latency: num(output.time) !== null ? num(output.time) * 1e3 : num(sample.total_time) !== null ? num(sample.total_time) * 1e3 : null,
      tokens: usage ? {
        prompt: num(usage.input_tokens) ?? 0,
        completion: num(usage.output_tokens) ?? 0,
        total: num(usage.total_tokens) ?? (num(usage.input_tokens) ?? 0) + (num(usage.output_tokens) ?? 0)
      } : null,
      cost: null,
      error,
      model: String(evalInfo.model ?? output.model ?? "inspect")
    };
  });
  const epochs = json.samples.filter(isObject).map((s) => num(s.epoch) ?? 1);
  const order = rows.map((r, i) => ({ r, e: epochs[i] })).sort((a, b) => a.e - b.e).map((x) => x.r);
  if (!order.length) return fail({ file, message: "the Inspect log holds no samples" });
  const created = typeof evalInfo.created === "string" ? evalInfo.created : null;
  return ok(build("inspect", file, order, created));
}

// src/import/unzip.ts
import { inflateRawSync } from "node:zlib";
function unzip(bytes, wanted = () => true) {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes.readUInt32LE(i) === 101010256) {
      end = i;
      break;
    }
  }
  if (end < 0) return void 0;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (count === 65535 || at === 4294967295) return void 0;
  const files = /* @__PURE__ */ new Map();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 33639248) return void 0;
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (!wanted(name) || name.endsWith("/")) continue;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 67324752) return void 0;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    if (method === 0) files.set(name, data);
    else if (method === 8) files.set(name, inflateRawSync(data));
    else return void 0;
  }
  return files;
}
function inspectEvalArchive(bytes) {
  const files = unzip(bytes, (name) => name === "header.json" || /^samples\/[^/]+\.json$/.test(name));
  const header = files?.get("header.json");
  if (!files || !header) return void 0;
  const samples = [...files.entries()].filter(([name]) => name.startsWith("samples/")).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, data]) => JSON.parse(data.toString("utf8")));
  return { ...JSON.parse(header.toString("utf8")), samples };
}

// src/cli/compare.ts
function compareCommand(cmd, io) {
  const loaded = loadOrThrow(cmd.config);
  const current = readAnyRun(cmd.current, loaded);
  const baseline = readAnyRun(cmd.baseline, loaded);
  const missing = current.manifest.suites.filter((s) => !loaded.suites.some((c) => c.id === s.id));
  if (missing.length)
    throw new InputError([
      { file: cmd.current, message: `suites not in ${cmd.config}: ${missing.map((s) => s.id).join(", ")}` }
    ]);
  const run = finalizeRun({
    loaded,
    manifest: current.manifest,
    records: current.cases,
    baseline,
    baselineInfo: describeBaseline(baseline, `file ${cmd.baseline}`),
    incomplete: current.incomplete
  });
  return finish(run, cmd.out, cmd.quiet, io, cmd.junit, baseline);
}
function readAnyRun(file, loaded) {
  let json;
  try {
    const bytes = readFileSync(file);
    json = bytes.readUInt16LE(0) === 19280 ? inspectEvalArchive(bytes) : JSON.parse(stripBom(bytes.toString("utf8")));
  } catch {
    return unwrap(readRunFile(file));
  }
  if (!foreignFormat(json)) return unwrap(readRunFile(file));
  const foreign = unwrap(convertForeignRun(json, file, loaded.suites));
  return finalizeRun({
    loaded,
    manifest: foreign.manifest,
    records: foreign.records,
    baseline: null,
    baselineInfo: null
  });
}
export {
  compareCommand
};
