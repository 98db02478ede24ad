import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  loadSuiteDataset,
  replaceFile
} from "./chunk-P5SE2YIC.js";
import {
  unwrap
} from "./chunk-RTXB7CCY.js";
import {
  templateUses
} from "./chunk-PFVCEKAN.js";
import {
  parsePrompt
} from "./chunk-FMZSDQ53.js";
import {
  parseDatasetText
} from "./chunk-COK2ABR5.js";
import {
  displayPath
} from "./chunk-NI63WJDQ.js";
import "./chunk-PBYLG6YC.js";
import {
  stripBom
} from "./chunk-RPGOX2AU.js";
import {
  InputError,
  fail,
  ok
} from "./chunk-TOJ4UG27.js";
import "./chunk-R6UKLIAN.js";
import {
  canonicalJson,
  contentHash,
  lookupPath,
  templateContext
} from "./chunk-U3WIKXHJ.js";
import "./chunk-XLT3OMSK.js";
import "./chunk-3Y7FXN34.js";
import "./chunk-PNW7NQUB.js";
import "./chunk-BX4ROB6G.js";

// src/cli/add-case.ts
import { readFileSync } from "node:fs";

// src/dataset/append-case.ts
import { extname } from "node:path";
function appendedCase(path, existing, line) {
  const eol = existing.includes("\r\n") ? "\r\n" : "\n";
  const lead = existing.length && !/\r?\n$/.test(existing) ? eol : "";
  switch (extname(path).toLowerCase()) {
    case ".yaml":
    case ".yml": {
      const indent = /^( *)- /m.exec(existing.replace(/^\uFEFF/, ""))?.[1] ?? "";
      return { ok: true, text: `${lead}${indent}- ${JSON.stringify(line)}${eol}` };
    }
    case ".csv":
      return csvRow(existing, line, lead, eol);
    default:
      return { ok: true, text: `${lead}${JSON.stringify(line)}${eol}` };
  }
}
function csvRow(existing, line, lead, eol) {
  const header = existing.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0];
  const columns = header.split(",").map((c) => c.trim().replace(/^"(.*)"$/, "$1"));
  const cells = /* @__PURE__ */ new Map();
  const put = (column, value) => {
    cells.set(column, typeof value === "string" ? value : JSON.stringify(value));
  };
  for (const [k, v] of Object.entries(line)) {
    if (k === "vars" || k === "tags") {
      for (const [name, value] of Object.entries(v)) {
        const column = columns.includes(`${k}.${name}`) || k === "tags" ? `${k}.${name}` : name;
        put(column, value);
      }
    } else put(k, v);
  }
  const absent = [...cells.keys()].filter((c) => !columns.includes(c));
  if (absent.length)
    return {
      ok: false,
      message: `the CSV has no column for ${absent.map((c) => `"${c}"`).join(", ")}; add ${absent.length === 1 ? "that column" : "those columns"} to the header (every row needs them), or keep incidents in a JSONL dataset`
    };
  const quote = (s) => /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  return { ok: true, text: `${lead}${columns.map((c) => quote(cells.get(c) ?? "")).join(",")}${eol}` };
}

// src/dataset/incident-case.ts
function incidentCase(trace, flags, prompt, uses, suiteVars = {}) {
  const recovered = trace.messages ? varsFromMessages(prompt, trace.messages) : void 0;
  const vars = { ...recovered ?? {}, ...trace.vars, ...flags.vars };
  const expected = flags.expected ?? trace.expected;
  const ref = flags.ref;
  const tags = {
    ...trace.tags,
    ...flags.tags,
    source: "incident",
    ...ref !== void 0 ? { incident: ref } : {}
  };
  const missingNow = () => {
    const context = templateContext({ id: "", vars: { ...suiteVars, ...vars }, expected, tags });
    const seen = /* @__PURE__ */ new Set();
    return uses.filter((u) => {
      if (seen.has(u.name) || lookupPath(context, u.name) !== void 0) return false;
      seen.add(u.name);
      return true;
    });
  };
  let missing = missingNow();
  const missingVars = [...new Set(missing.flatMap((u) => varName(u.name) ?? []))];
  const sole = missingVars.length === 1 ? missingVars[0] : void 0;
  if (trace.input !== void 0 && sole !== void 0) {
    vars[sole] = trace.input;
    missing = missingNow();
  }
  if (missing.length) return { ok: false, missing, promptMismatch: trace.messages !== void 0 && !recovered };
  const hash = contentHash({ ref: ref ?? null, vars, expected: expected ?? null, output: trace.output }, 10);
  const slug = ref?.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
  return {
    ok: true,
    line: {
      id: `incident-${slug ? `${slug}-` : ""}${hash}`,
      vars,
      ...expected !== void 0 ? { expected } : {},
      tags,
      severity: flags.severity,
      incident_output: trace.output
    }
  };
}
function varName(placeholder) {
  const [head, second, ...rest] = placeholder.split(".");
  if (head === "vars") return second !== void 0 && !rest.length ? second : void 0;
  if (head === "expected" || head === "id" || head === "tags") return void 0;
  return second === void 0 ? head : void 0;
}
function varsFromMessages(prompt, messages) {
  if (prompt.parts.length !== messages.length) return void 0;
  const vars = {};
  for (const [i, part] of prompt.parts.entries()) {
    const message = messages[i];
    if (message.role !== part.role) return void 0;
    const names = [];
    const pattern = part.text.split(/(\{\{\s*[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*\s*\}\})/).map((piece, k) => {
      if (k % 2 === 0) return piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(varName(piece.slice(2, -2).trim()));
      return "([\\s\\S]*?)";
    }).join("");
    const match = new RegExp(`^${pattern}$`).exec(message.content.replace(/\r\n?/g, "\n").trim());
    if (!match) return void 0;
    for (const [k, name] of names.entries()) {
      if (name === void 0) continue;
      const value = match[k + 1];
      if (vars[name] !== void 0 && vars[name] !== value) return void 0;
      vars[name] = value;
    }
  }
  return vars;
}

// src/dataset/incident-trace.ts
var TRACE_KEYS = ["request", "response", "input", "output", "expected", "vars", "tags"];
function parseIncidentTrace(text, file) {
  const body = stripBom(text);
  const lines = body.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (!lines.length) return fail({ file, message: "the trace file is empty" });
  const json = parseJson(body, file);
  if (!json.ok) {
    if (lines.length > 1 && lines.every((l) => parseJson(l, file).ok))
      return fail({ file, line: 2, message: `the file holds ${lines.length} JSON lines; add-case takes one trace` });
    return json;
  }
  const value = json.value;
  if (!value || typeof value !== "object" || Array.isArray(value))
    return fail({
      file,
      line: 1,
      message: 'expected a JSON object: {"request": \u2026, "response": \u2026} or {"input": \u2026, "output": \u2026}'
    });
  const raw = value;
  const at = (key, message) => ({ file, line: keyLine(body, key), path: key, message });
  const unknown = Object.keys(raw).find((k) => !TRACE_KEYS.includes(k));
  if (unknown) return fail(at(unknown, `unknown key "${unknown}"; a trace has: ${TRACE_KEYS.join(", ")}`));
  const vars = raw.vars ?? {};
  if (!vars || typeof vars !== "object" || Array.isArray(vars))
    return fail(at("vars", "expected an object of variable names and values"));
  const tags = {};
  if (raw.tags !== void 0) {
    if (!raw.tags || typeof raw.tags !== "object" || Array.isArray(raw.tags))
      return fail(at("tags", "expected an object of tag names and values"));
    for (const [k, v] of Object.entries(raw.tags)) {
      if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean")
        return fail(at("tags", `tag "${k}" must be a string, number or boolean`));
      tags[k] = String(v);
    }
  }
  const common = {
    vars,
    tags,
    ...raw.expected !== void 0 ? { expected: raw.expected } : {}
  };
  if ("request" in raw || "response" in raw) {
    const messages = requestMessages(raw.request);
    if (!messages.ok) return fail(at("request", messages.message));
    const output = responseText(raw.response);
    if (!output.ok) return fail(at("response", output.message));
    return ok({ ...common, messages: messages.value, output: output.value });
  }
  if (typeof raw.output !== "string")
    return fail(at("output", 'a trace needs "output": the answer that was wrong, as a string'));
  if (raw.input !== void 0 && typeof raw.input !== "string")
    return fail(at("input", 'expected the input as a string; give variables in "vars"'));
  return ok({ ...common, output: raw.output, ...raw.input !== void 0 ? { input: raw.input } : {} });
}
function contentText(content) {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return void 0;
  const texts = content.map(
    (p) => p && typeof p === "object" && p.type === "text" ? p.text : void 0
  );
  return texts.every((t) => typeof t === "string") ? texts.join("") : void 0;
}
function requestMessages(request) {
  const messages = request && typeof request === "object" ? request.messages : void 0;
  if (!Array.isArray(messages) || !messages.length)
    return { ok: false, message: 'expected an OpenAI chat completions request with a "messages" list' };
  const out = [];
  for (const [i, m] of messages.entries()) {
    const role = m && typeof m === "object" ? m.role : void 0;
    const content = contentText(m && typeof m === "object" ? m.content : void 0);
    const mapped = role === "developer" ? "system" : role;
    if ((mapped === "system" || mapped === "user" || mapped === "assistant") && content !== void 0)
      out.push({ role: mapped, content });
    else if (mapped !== "tool")
      return { ok: false, message: `messages[${i}] is not a system, user or assistant message with text content` };
  }
  return { ok: true, value: out };
}
function responseText(response) {
  const choices = response && typeof response === "object" ? response.choices : void 0;
  const message = Array.isArray(choices) ? choices[0]?.message : void 0;
  const text = contentText(message?.content);
  return text === void 0 ? { ok: false, message: "expected an OpenAI chat completion with choices[0].message.content" } : { ok: true, value: text };
}
function parseJson(text, file) {
  try {
    return ok(JSON.parse(text));
  } catch (error) {
    const message = error.message;
    const position = /at position (\d+)/.exec(message);
    const where = position ? lineColumn(text, Number(position[1])) : {};
    return fail({ file, ...where, message: `invalid JSON: ${message.replace(/ in JSON at position.*$/, "")}` });
  }
}
function lineColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
function keyLine(text, key) {
  const at = text.indexOf(`"${key}"`);
  return at < 0 ? 1 : lineColumn(text, at).line;
}

// src/cli/add-case.ts
function addCaseCommand(cmd, io) {
  const { loaded, suite, display, cases } = loadSuiteDataset(cmd.config, cmd.suite);
  const from = displayPath(cmd.from);
  let traceText;
  try {
    traceText = readFileSync(cmd.from, "utf8");
  } catch (error) {
    throw new InputError([
      {
        file: from,
        message: `cannot read the trace: ${error.code ?? error.message}`
      }
    ]);
  }
  const trace = unwrap(parseIncidentTrace(traceText, from));
  const promptDisplay = displayPath(suite.promptPath);
  const prompt = parsePrompt(readFileSync(suite.promptPath, "utf8"));
  const uses = templateUses(loaded, loaded.suites.indexOf(suite), prompt);
  const built = incidentCase(trace, cmd, prompt, uses, suite.vars);
  if (!built.ok) {
    const hint = built.promptMismatch ? `; the request's messages do not match ${promptDisplay} (it may have changed since the incident), so no variable could be read from them` : "";
    throw new InputError(
      built.missing.map((u) => ({
        file: from,
        message: `the case has no value for {{${u.name}}}, which ${u.where} uses; give it with ${u.name === "expected" ? "--expected TEXT" : `--var ${u.name.replace(/^vars\./, "")}=VALUE`} or in the trace's ${u.name === "expected" ? '"expected"' : '"vars"'}${hint}`
      }))
    );
  }
  const line = built.line;
  const existing = cases.find((c) => c.id === line.id);
  if (existing)
    throw new InputError([
      {
        file: display,
        line: existing.line,
        message: `case id "${line.id}" is already in the dataset: this trace${cmd.ref ? ` with --ref ${cmd.ref}` : ""} was added before; the dataset is unchanged`
      }
    ]);
  const before = readFileSync(suite.datasetPath);
  const text = before.toString("utf8");
  const appended = appendedCase(suite.datasetPath, text, line);
  if (!appended.ok) throw new InputError([{ file: display, message: `${appended.message}; the dataset is unchanged` }]);
  const reread = parseDatasetText(text + appended.text, suite.datasetPath, display, loaded.config.limits);
  if (!reread.ok)
    throw new InputError(
      reread.issues.map((i) => ({ ...i, message: `${i.message} (after the append; the dataset is unchanged)` }))
    );
  const added = reread.value.find((c) => c.id === line.id);
  const same = (a, b) => canonicalJson(a) === canonicalJson(b);
  if (!added || reread.value.length !== cases.length + 1 || !reread.value.filter((c) => c !== added).every((c, i) => c.fingerprint === cases[i].fingerprint) || !Object.entries(line.vars).every(([k, v]) => same(added.vars[k], v)) || !Object.entries(line.tags).every(([k, v]) => added.tags[k] === v) || !same(added.expected, line.expected) || added.severity !== line.severity || added.incident_output !== line.incident_output)
    throw new InputError([
      {
        file: display,
        message: `the case would not read back as written in this file's layout (values a CSV cannot hold, or a YAML layout evalgate cannot extend); the dataset is unchanged. Add it by hand: ${JSON.stringify(line)}`
      }
    ]);
  replaceFile(suite.datasetPath, Buffer.concat([before, Buffer.from(appended.text, "utf8")]), before);
  io.out(
    `${display}:${added.line}: added case ${line.id} (severity ${line.severity}; tags ${Object.entries(line.tags).map(([k, v]) => `${k}=${v}`).join(", ")}); run evalgate validate --config ${cmd.config} to check the suite
`
  );
  return 0;
}
export {
  addCaseCommand
};
