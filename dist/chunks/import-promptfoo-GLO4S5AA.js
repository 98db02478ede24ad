import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  mapAssertion,
  scorerName
} from "./chunk-TCPE52FL.js";
import {
  planSuites
} from "./chunk-PFVCEKAN.js";
import "./chunk-FMZSDQ53.js";
import {
  parseCsv
} from "./chunk-COK2ABR5.js";
import {
  loadConfig,
  parseYaml,
  yaml
} from "./chunk-NI63WJDQ.js";
import "./chunk-PBYLG6YC.js";
import {
  stripBom
} from "./chunk-RPGOX2AU.js";
import {
  InputError,
  formatIssue
} from "./chunk-TOJ4UG27.js";
import "./chunk-R6UKLIAN.js";
import "./chunk-U3WIKXHJ.js";
import "./chunk-XLT3OMSK.js";
import "./chunk-3Y7FXN34.js";
import "./chunk-PNW7NQUB.js";
import "./chunk-BX4ROB6G.js";

// src/cli/import-promptfoo.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

// src/import/promptfoo-config.ts
var isObject = (v) => !!v && typeof v === "object" && !Array.isArray(v);
var slug = (s, fallback) => s.toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || fallback;
function importPromptfoo(input) {
  const parsed = parseYaml(input.text, input.file);
  if (!parsed.ok) return parsed;
  const root = parsed.value.value;
  if (!isObject(root))
    return {
      ok: false,
      issues: [
        {
          file: input.file,
          line: 1,
          message: "expected a promptfoo config (a mapping with prompts, providers and tests)"
        }
      ]
    };
  const locate = (path) => parsed.value.locate(path).line;
  const unmapped = [];
  const notes = [];
  const at = (path, message, file = input.file, line = locate(path)) => ({
    file,
    line,
    message
  });
  const files = {};
  const providerList = root.providers === void 0 ? [] : Array.isArray(root.providers) ? root.providers : [root.providers];
  const providers = {};
  providerList.forEach((p, i) => {
    const mapped = mapProvider(p);
    if ("unmapped" in mapped) {
      unmapped.push(at(["providers", ...Array.isArray(root.providers) ? [i] : []], `provider: ${mapped.unmapped}`));
      return;
    }
    for (const n of mapped.notes) notes.push(at(["providers", i], n));
    const name = Object.keys(providers).length === 0 ? "default" : uniqueName(slug(mapped.label, `p${i + 1}`), providers);
    providers[name] = mapped.config;
  });
  if (!Object.keys(providers).length) {
    providers.default = { type: "openai", model: "gpt-4o-mini" };
    notes.push({
      file: input.file,
      message: 'no provider could be imported; the gate calls openai gpt-4o-mini as "default" \u2014 change it'
    });
  }
  const promptList = root.prompts === void 0 ? [] : Array.isArray(root.prompts) ? root.prompts : [root.prompts];
  const prompts = [];
  promptList.forEach((p, i) => {
    for (const prompt of readPrompts(p, input.read)) {
      if ("unmapped" in prompt) {
        unmapped.push(at(["prompts", ...Array.isArray(root.prompts) ? [i] : []], `prompt: ${prompt.unmapped}`));
        continue;
      }
      if (/\{%|\{\{[^}]*\|/.test(prompt.text))
        notes.push(
          at(
            ["prompts", i],
            "the prompt uses Nunjucks tags or filters, which evalgate templates do not run ({{var}} and {{var.field}} only)"
          )
        );
      const id = uniqueName(
        slug(prompt.label ?? `prompt-${prompts.length + 1}`, `prompt-${prompts.length + 1}`),
        Object.fromEntries(prompts.map((x) => [x.id, 1]))
      );
      const path = `prompts/${id}.md`;
      files[path] = prompt.text.endsWith("\n") ? prompt.text : `${prompt.text}
`;
      prompts.push({ id, path });
    }
  });
  if (!prompts.length)
    return { ok: false, issues: [at(["prompts"], "no prompt could be imported; evalgate needs at least one")] };
  const defaultTest = isObject(root.defaultTest) ? root.defaultTest : {};
  const options = isObject(defaultTest.options) ? defaultTest.options : {};
  const grader = options.provider !== void 0 ? mapProvider(options.provider) : void 0;
  const modelProviders = {
    judge: "judge",
    embeddings: providers.default.type === "openai" ? "default" : "embeddings"
  };
  let needsJudge = false;
  let needsEmbeddings = false;
  const scorers = [];
  const rules = [];
  const modules = {};
  const commented = [];
  const keep = (assertion, where) => {
    commented.push(
      `# ${where.file}:${where.line ?? "?"} ${where.message}`,
      ...yaml.dump(assertion, { flowLevel: 1, lineWidth: -1 }).trimEnd().split("\n").map((l) => `#   ${l}`)
    );
    unmapped.push(where);
  };
  const take = (assertion, ids, path, file, line, into) => {
    if (!isObject(assertion) || typeof assertion.type !== "string") {
      keep(assertion, at(path, "not an assertion (expected { type, value })", file, line));
      return;
    }
    if (assertion.type === "assert-set") {
      keep(
        assertion,
        at(
          path,
          "assert-set (a group with its own threshold) has no equivalent; list its assertions separately",
          file,
          line
        )
      );
      return;
    }
    const id = uniqueName(scorerName(assertion), Object.fromEntries([...ids].map((x) => [x, 1])));
    const mapped = mapAssertion(assertion, id, modelProviders);
    if (mapped.kind === "unmapped")
      return keep(assertion, at(path, `assertion ${assertion.type}: ${mapped.reason}`, file, line));
    for (const n of mapped.notes) notes.push(at(path, n, file, line));
    if (mapped.kind === "rule") {
      rules.push(mapped.rule);
      return;
    }
    ids.add(id);
    if (mapped.scorer.type === "llm-judge") needsJudge = true;
    if (mapped.scorer.type === "similarity") needsEmbeddings = true;
    if (mapped.module) {
      let path2 = `scorers/${mapped.module.name}`;
      for (let n = 2; modules[path2] !== void 0 && modules[path2] !== mapped.module.text; n++)
        path2 = `scorers/${id}-${n}.mjs`;
      modules[path2] = mapped.module.text;
      mapped.scorer.module = path2;
    }
    into.push(mapped.scorer);
  };
  const suiteIds = /* @__PURE__ */ new Set();
  (Array.isArray(defaultTest.assert) ? defaultTest.assert : []).forEach(
    (a, k) => take(a, suiteIds, ["defaultTest", "assert", k], input.file, locate(["defaultTest", "assert", k]), scorers)
  );
  if (isObject(defaultTest.metadata) || defaultTest.threshold !== void 0)
    notes.push(
      at(
        ["defaultTest"],
        "defaultTest metadata and threshold are applied per test (metadata) or not at all (threshold: evalgate gates each scorer on its own)"
      )
    );
  const tests = collectTests(root.tests, input, locate, unmapped);
  const caseScorerIds = /* @__PURE__ */ new Set();
  const slices = /* @__PURE__ */ new Set();
  const cases = [];
  const defaultVars = isObject(defaultTest.vars) ? defaultTest.vars : {};
  const defaultMeta = isObject(defaultTest.metadata) ? defaultTest.metadata : {};
  for (const test of tests) {
    const vars = resolveVars(
      { ...defaultVars, ...isObject(test.value.vars) ? test.value.vars : {} },
      input.read,
      (m) => unmapped.push({ file: test.file, line: test.line, message: m })
    );
    const tags = {};
    for (const [k, v] of Object.entries({
      ...defaultMeta,
      ...isObject(test.value.metadata) ? test.value.metadata : {}
    })) {
      if (["string", "number", "boolean"].includes(typeof v)) {
        tags[slug(k, "tag").replace(/-/g, "_")] = String(v);
        slices.add(slug(k, "tag").replace(/-/g, "_"));
      } else
        notes.push({
          file: test.file,
          line: test.line,
          message: `metadata "${k}" is not a plain value; not a case tag`
        });
    }
    if (test.value.threshold !== void 0)
      notes.push({
        file: test.file,
        line: test.line,
        message: "a test threshold (weighted score) has no equivalent: each scorer passes or fails on its own"
      });
    const own = [];
    const ids = new Set(suiteIds);
    (Array.isArray(test.value.assert) ? test.value.assert : []).forEach(
      (a, k) => take(a, ids, [...test.path, "assert", k], test.file, test.assertLines?.[k] ?? test.line, own)
    );
    for (const s of own) caseScorerIds.add(String(s.id));
    for (const combination of expandVars(vars)) {
      cases.push({
        id: uniqueCaseId(test.value.description, cases.length + 1, cases),
        vars: combination,
        ...Object.keys(tags).length ? { tags } : {},
        ...own.length ? { assert: own } : {}
      });
    }
  }
  if (!cases.length)
    return { ok: false, issues: [at(["tests"], "no test could be imported; evalgate needs at least one case")] };
  if (!scorers.length && !caseScorerIds.size)
    notes.push({
      file: input.file,
      message: "no assertion could be mapped; the suites have no scorer until you add one"
    });
  if (needsJudge)
    providers.judge = grader && !("unmapped" in grader) ? grader.config : { type: "openai", model: "gpt-4.1", temperature: 0 };
  if (needsEmbeddings && modelProviders.embeddings === "embeddings")
    providers.embeddings = { type: "openai", model: "gpt-4o-mini" };
  const allIds = [...scorers.map((s) => String(s.id)), ...caseScorerIds];
  const starter = allIds.flatMap((id) => [
    { metric: `${id}.pass_rate`, max_drop: "5pp" },
    ...slices.size ? [{ metric: `${id}.pass_rate`, max_drop: "5pp", per_slice: true }] : []
  ]);
  const providerNames = Object.keys(providers).filter((n) => n !== "judge" && n !== "embeddings");
  const suites = prompts.flatMap(
    (p) => providerNames.map((provider) => ({
      id: providerNames.length > 1 ? `${p.id}-${provider}` : p.id,
      prompt: p.path,
      dataset: "datasets/promptfoo.jsonl",
      provider,
      ...slices.size ? { slices: [...slices] } : {},
      scorers,
      ...caseScorerIds.size ? { case_scorers: [...caseScorerIds] } : {},
      rules: [...starter, ...rules, { metric: "critical_failures", max: 0 }]
    }))
  );
  const gate = { version: 1, providers, suites };
  const header = [
    `# Imported from ${input.file} by evalgate import promptfoo.`,
    "# Starter rules: no scorer\u2019s pass rate may drop by more than 5 pp against the baseline",
    "# (overall, and per slice where test metadata gives slices), and no critical failure.",
    ...commented.length ? ["#", "# Not imported (no evalgate equivalent); kept here as written:", ...commented] : []
  ];
  files["evalgate.yml"] = `${header.join("\n")}
${yaml.dump(gate, { lineWidth: 120, noRefs: true })}`;
  files["datasets/promptfoo.jsonl"] = `${cases.map((c) => JSON.stringify(c)).join("\n")}
`;
  Object.assign(files, modules);
  return { ok: true, value: { files, unmapped, notes, cases: cases.length, scorers: allIds.length } };
}
function uniqueName(base, taken) {
  if (!(base in taken)) return base;
  for (let i = 2; ; i++) if (!(`${base}-${i}` in taken)) return `${base}-${i}`;
}
function uniqueCaseId(description, n, cases) {
  const base = typeof description === "string" && description.trim() ? slug(description, `t${n}`) : `t${n}`;
  const taken = new Set(cases.map((c) => c.id));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
function expandVars(vars) {
  let out = [{}];
  for (const [k, v] of Object.entries(vars)) {
    const values = Array.isArray(v) ? v : [v];
    out = out.flatMap((o) => values.map((x) => ({ ...o, [k]: x })));
  }
  return out;
}
function resolveVars(vars, read, problem) {
  const out = {};
  for (const [k, v] of Object.entries(vars)) {
    if (typeof v !== "string" || !v.startsWith("file://")) {
      out[k] = v;
      continue;
    }
    const path = v.slice("file://".length);
    if (/\.(js|cjs|mjs|ts|py)$/.test(path)) {
      problem(
        `var "${k}" comes from a script (${v}); evalgate datasets hold values \u2014 run it once and store what it returns`
      );
      out[k] = v;
      continue;
    }
    const text = read(path);
    if (text === void 0) {
      problem(`var "${k}": cannot read ${path}`);
      out[k] = v;
      continue;
    }
    out[k] = /\.json$/.test(path) ? safeJson(text) : /\.ya?ml$/.test(path) ? yaml.load(text) : text;
  }
  return out;
}
var safeJson = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};
function collectTests(tests, input, locate, unmapped) {
  const list = tests === void 0 ? [] : Array.isArray(tests) ? tests : [tests];
  const out = [];
  list.forEach((t, i) => {
    const path = Array.isArray(tests) ? ["tests", i] : ["tests"];
    if (typeof t === "string" && t.startsWith("file://")) {
      const file = t.slice("file://".length);
      const text = input.read(file);
      if (text === void 0) {
        unmapped.push({ file: input.file, line: locate(path), message: `tests: cannot read ${file}` });
        return;
      }
      if (/\.csv$/.test(file)) out.push(...csvTests(text, file, unmapped));
      else if (/\.(ya?ml|json)$/.test(file)) {
        const doc = parseYaml(text, file);
        if (!doc.ok) unmapped.push(...doc.issues);
        else if (Array.isArray(doc.value.value))
          doc.value.value.forEach(
            (v, k) => out.push({
              value: isObject(v) ? v : {},
              file,
              line: doc.value.locate([k]).line,
              path: [k],
              assertLines: isObject(v) && Array.isArray(v.assert) ? v.assert.map((_, a) => doc.value.locate([k, "assert", a]).line) : []
            })
          );
      } else unmapped.push({ file: input.file, line: locate(path), message: `tests: ${t} is not CSV, YAML or JSON` });
      return;
    }
    if (!isObject(t)) {
      unmapped.push({
        file: input.file,
        line: locate(path),
        message: "tests: expected a test mapping or a file:// reference"
      });
      return;
    }
    out.push({
      value: t,
      file: input.file,
      line: locate(path),
      path,
      assertLines: Array.isArray(t.assert) ? t.assert.map((_, a) => locate([...path, "assert", a])) : []
    });
  });
  return out;
}
function csvTests(text, file, problems) {
  const parsed = parseCsv(stripBom(text));
  if (!parsed.ok) problems.push({ file, line: parsed.line, message: `tests: ${parsed.message}` });
  const rows = parsed.ok ? parsed.rows.map((r) => ({ line: r.line, cells: r.cells.map((c) => c.trim()) })) : [];
  const [header, ...body] = rows;
  if (!header) return [];
  return body.filter((r) => r.cells.some((c) => c !== "")).map((row) => {
    const vars = {};
    const metadata = {};
    const assert = [];
    let description;
    header.cells.forEach((column, i) => {
      const value = row.cells[i] ?? "";
      if (/^__expected\d*$/.test(column)) {
        if (value !== "") assert.push(csvAssertion(value));
      } else if (column === "__description") description = value;
      else if (column.startsWith("__metadata:")) metadata[column.slice("__metadata:".length)] = value;
      else if (!column.startsWith("__")) vars[column] = value;
    });
    return {
      value: {
        vars,
        assert,
        ...description ? { description } : {},
        ...Object.keys(metadata).length ? { metadata } : {}
      },
      file,
      line: row.line,
      path: [],
      assertLines: assert.map(() => row.line)
    };
  });
}
function csvAssertion(text) {
  const match = /^(not-)?([a-z-]+)(?:\((\d+(?:\.\d+)?)\))?:\s?([\s\S]*)$/.exec(text);
  if (!match) return text === "is-json" || text === "contains-json" ? { type: text } : { type: "equals", value: text };
  const [, not = "", name = "", threshold, value = ""] = match;
  const type = name === "fn" || name === "eval" ? "javascript" : name === "grader" ? "llm-rubric" : name;
  return { type: `${not}${type}`, value, ...threshold !== void 0 ? { threshold: Number(threshold) } : {} };
}
function readPrompts(entry, read) {
  let raw;
  let label;
  if (typeof entry === "string") raw = entry;
  else if (isObject(entry)) {
    raw = typeof entry.raw === "string" ? entry.raw : typeof entry.id === "string" ? entry.id : void 0;
    label = typeof entry.label === "string" ? entry.label : void 0;
  }
  if (raw === void 0) return [{ unmapped: "expected a prompt string, file:// path or { raw | id, label }" }];
  if (raw.startsWith("file://")) {
    const [path = "", fn] = raw.slice("file://".length).split(":");
    if (fn || /\.(js|cjs|mjs|ts|py)$/.test(path))
      return [{ unmapped: `${raw} is a prompt function; evalgate prompts are templates` }];
    const text = read(path);
    if (text === void 0) return [{ unmapped: `cannot read ${path}` }];
    label ??= path.replace(/^.*\//, "").replace(/\.[^.]+$/, "");
    if (/\.json$/.test(path)) return [chatPrompt(text, label)];
    const parts = text.split(/^---$/m).map((p) => p.trim()).filter(Boolean);
    return parts.map((p, i) => ({ label: parts.length > 1 ? `${label}-${i + 1}` : label, text: p }));
  }
  if (/^\s*\[/.test(raw)) return [chatPrompt(raw, label)];
  return [{ label, text: raw }];
}
function chatPrompt(text, label) {
  const messages = safeJson(text);
  if (!Array.isArray(messages) || !messages.every((m) => isObject(m) && typeof m.role === "string" && typeof m.content === "string"))
    return { unmapped: "a JSON prompt must be a list of { role, content } messages with text content" };
  const bad = messages.find((m) => !["system", "user", "assistant"].includes(String(m.role)));
  if (bad) return { unmapped: `message role "${String(bad.role)}" has no evalgate equivalent` };
  return {
    label,
    text: messages.map((m) => `[${String(m.role)}]
${String(m.content)}`).join("\n\n")
  };
}
function mapProvider(entry) {
  const spec = typeof entry === "string" ? { id: entry } : isObject(entry) ? entry : void 0;
  if (!spec || typeof spec.id !== "string") return { unmapped: "expected a provider id string or { id, config }" };
  const id = spec.id;
  const config = isObject(spec.config) ? spec.config : {};
  const label = typeof spec.label === "string" ? spec.label : id.replace(/^[^:]+:(chat:|messages:)?/, "");
  const notes = [];
  const common = (out) => {
    if (typeof config.temperature === "number") out.temperature = config.temperature;
    if (typeof config.max_tokens === "number") out.max_tokens = config.max_tokens;
    if (typeof config.top_p === "number") out.top_p = config.top_p;
    if (typeof config.apiKeyEnvar === "string") out.api_key_env = config.apiKeyEnvar;
    const base = config.apiBaseUrl ?? config.apiHost ?? config.baseUrl;
    if (typeof base === "string") out.base_url = /^https?:\/\//.test(base) ? base : `https://${base}`;
    if (config.apiKey !== void 0)
      notes.push("apiKey is not copied: evalgate reads keys only from the environment (api_key_env)");
    return out;
  };
  const [kind = "", ...rest] = id.split(":");
  switch (kind) {
    case "openai": {
      const model = rest.filter((r) => r !== "chat" && r !== "completion").join(":") || "gpt-4o-mini";
      const out = common({ type: "openai", model });
      if (typeof config.seed === "number") out.seed = config.seed;
      return { label, config: out, notes };
    }
    case "anthropic": {
      const model = rest.filter((r) => r !== "messages").join(":");
      if (!model) return { unmapped: `${id} names no model` };
      return { label, config: common({ type: "anthropic", model }), notes };
    }
    case "google":
    case "vertex": {
      const model = rest.join(":");
      if (!model) return { unmapped: `${id} names no model` };
      if (kind === "vertex")
        notes.push(
          "vertex: evalgate calls the Gemini API; reach Vertex AI through a gateway (docs/providers.md, Bedrock and Vertex AI)"
        );
      return { label, config: common({ type: "gemini", model }), notes };
    }
    case "exec": {
      const command = id.slice("exec:".length).trim();
      notes.push(
        "exec: promptfoo passes the prompt as the first argument; evalgate sends the case as one JSON line on stdin (docs/providers.md, command) \u2014 adapt the script"
      );
      return { label: label || "app", config: { type: "command", command, stdout: "text" }, notes };
    }
    case "http":
    case "https": {
      const url = typeof config.url === "string" ? config.url : id.startsWith("http") && id.includes("://") ? id : void 0;
      if (!url) return { unmapped: `${id} has no url` };
      const out = { type: "http", url, method: config.method === "PUT" ? "PUT" : "POST" };
      if (isObject(config.headers)) out.headers = config.headers;
      if (config.body !== void 0) out.body = config.body;
      const transform = config.transformResponse;
      if (typeof transform === "string" && /^json(\.[\w$]+|\[\d+\])+$/.test(transform))
        out.output = transform.slice("json.".length);
      else if (transform !== void 0)
        notes.push("transformResponse is code; set output: to the JSON path of the answer");
      return { label: label || "api", config: out, notes };
    }
    default:
      return {
        unmapped: `provider "${id}" has no evalgate equivalent (openai, anthropic, google, vertex, http(s), exec are imported)`
      };
  }
}

// src/cli/import-promptfoo.ts
async function importCommand(cmd, io) {
  let text;
  try {
    text = readFileSync(cmd.file, "utf8");
  } catch (error) {
    throw new InputError([
      {
        file: cmd.file,
        message: `cannot read the promptfoo config: ${error.code ?? error.message}`
      }
    ]);
  }
  const base = dirname(resolve(cmd.file));
  const result = importPromptfoo({
    text,
    file: cmd.file,
    read: (path) => {
      try {
        return readFileSync(resolve(base, path), "utf8");
      } catch {
        return void 0;
      }
    }
  });
  if (!result.ok) throw new InputError(result.issues);
  const out = resolve(cmd.out);
  const gate = join(out, "evalgate.yml");
  if (existsSync(gate) && !cmd.force)
    throw new InputError([
      {
        file: relative(process.cwd(), gate) || gate,
        message: "exists; pass --force to overwrite it, or --out another folder"
      }
    ]);
  for (const [path, content] of Object.entries(result.value.files)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), content);
  }
  const { cases, scorers, unmapped, notes } = result.value;
  const lines = [
    `evalgate import: ${cases} case${cases === 1 ? "" : "s"}, ${scorers} scorer${scorers === 1 ? "" : "s"} from ${cmd.file} \u2192 ${relative(process.cwd(), gate) || gate}`
  ];
  if (unmapped.length)
    lines.push(
      "",
      `Not imported (${unmapped.length}; kept as comments in the gate):`,
      ...unmapped.map((i) => `  ${formatIssue(i)}`)
    );
  if (notes.length) lines.push("", "Check these mappings:", ...notes.map((i) => `  ${formatIssue(i)}`));
  const loaded = loadConfig(gate);
  const planned = loaded.ok ? await planSuites(loaded.value, { tier: null }) : loaded;
  if (!planned.ok) {
    lines.push("", "The imported gate does not validate yet:", ...planned.issues.map((i) => `  ${formatIssue(i)}`));
    io.out(`${lines.join("\n")}
`);
    return 2;
  }
  lines.push(
    "",
    "The gate validates. Next: evalgate run --config " + (relative(process.cwd(), gate) || gate) + " --baseline none",
    "The starter rules gate every scorer\u2019s pass rate (max_drop 5pp, per slice where tests have metadata) and critical failures; docs/migrating.md explains them."
  );
  io.out(`${lines.join("\n")}
`);
  return 0;
}
export {
  importCommand
};
