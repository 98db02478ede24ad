import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  parseYaml
} from "./chunk-NI63WJDQ.js";
import {
  createInterner
} from "./chunk-PBYLG6YC.js";
import {
  stripBom
} from "./chunk-RPGOX2AU.js";
import {
  fail,
  ok
} from "./chunk-TOJ4UG27.js";
import {
  ScorerConfig,
  contentHash
} from "./chunk-U3WIKXHJ.js";
import {
  external_exports
} from "./chunk-XLT3OMSK.js";
import {
  didYouMean
} from "./chunk-3Y7FXN34.js";

// src/dataset/case.ts
var DatasetLine = external_exports.strictObject({
  id: external_exports.union([external_exports.string().min(1), external_exports.number()]).transform(String).optional(),
  vars: external_exports.record(external_exports.string(), external_exports.unknown()).default({}),
  expected: external_exports.unknown().optional(),
  tags: external_exports.record(external_exports.string(), external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean()]).transform(String)).default({}),
  severity: external_exports.enum(["critical", "high", "normal", "low"]).default("normal"),
  /** Human labels per scorer id, for judge calibration. */
  human: external_exports.record(external_exports.string(), external_exports.unknown()).optional(),
  metadata: external_exports.record(external_exports.string(), external_exports.unknown()).optional(),
  /** The answer that failed in production, for a case `evalgate add-case` made from an incident (docs/governance.md); kept for the record, never scored. */
  incident_output: external_exports.string().optional(),
  /** Scorers for this case only (the gate YAML's scorer syntax); their ids are the suite's case_scorers. */
  assert: external_exports.array(ScorerConfig).min(1).optional()
});

// src/dataset/load-dataset.ts
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";

// src/dataset/case-builder.ts
var CaseBuilder = class {
  constructor(file, limits) {
    this.file = file;
    this.limits = limits;
  }
  file;
  limits;
  cases = [];
  issues = [];
  seen = /* @__PURE__ */ new Map();
  /** Tags and expected values repeat across a large dataset's cases: one copy each (README "Large runs"). */
  share = createInterner();
  /** More cases came than `limits.cases` allows: the rest are not parsed. */
  full = false;
  problem(line, message) {
    this.issues.push({ file: this.file, line, message });
  }
  add(raw, line) {
    const { file, limits } = this;
    if (limits && this.seen.size >= limits.cases) {
      this.full = true;
      this.problem(
        line,
        `the dataset has more than ${limits.cases} cases, the most limits.cases in the gate config allows; sample a tier instead, or raise the limit on the base branch`
      );
      return;
    }
    if (limits) {
      const bytes = Buffer.byteLength(JSON.stringify(raw) ?? "");
      if (bytes > limits.case_bytes) {
        this.problem(
          line,
          `this case is ${bytes} bytes as JSON, more than limits.case_bytes (${limits.case_bytes}) in the gate config allows`
        );
        return;
      }
    }
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
      this.problem(line, 'expected a case object, like {"id": "...", "vars": {...}, "expected": "..."}');
      return;
    }
    const parsed = DatasetLine.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.code === "unrecognized_keys" ? issue.keys[0] : void 0;
        const message = key ? `unknown key "${key}"${didYouMean(key, Object.keys(DatasetLine.shape))}; allowed: ${Object.keys(DatasetLine.shape).join(", ")}` : issue.message;
        this.issues.push({ file, line, path: [...issue.path, ...key ? [key] : []].join(".") || void 0, message });
      }
      return;
    }
    const { id, ...rest } = parsed.data;
    const caseId = id ?? `h-${contentHash({ vars: rest.vars, expected: rest.expected }, 12)}`;
    const first = this.seen.get(caseId);
    if (first !== void 0) {
      this.problem(
        line,
        `duplicate case id "${caseId}" (first on line ${first})${id === void 0 ? "; cases without an id get one from their content, so these cases are identical" : ""}`
      );
      return;
    }
    this.seen.set(caseId, line);
    const c = {};
    for (const key of Object.keys(rest)) c[key] = rest[key];
    c.tags = this.share(rest.tags);
    if (rest.expected !== void 0) c.expected = this.share(rest.expected);
    c.id = caseId;
    c.line = line;
    c.fingerprint = contentHash({
      vars: rest.vars,
      expected: rest.expected ?? null,
      tags: rest.tags,
      ...rest.human !== void 0 ? { human: rest.human } : {},
      ...rest.assert ? { assert: rest.assert } : {}
    });
    this.cases.push(c);
  }
  result() {
    if (this.issues.length) return fail(...this.issues);
    if (this.cases.length === 0) return fail({ file: this.file, message: "the dataset has no cases" });
    return ok(this.cases);
  }
};

// src/dataset/load-csv.ts
function parseCsvDataset(text, file, limits) {
  const builder = new CaseBuilder(file, limits);
  const rows = parseCsv(stripBom(text));
  if (!rows.ok) {
    builder.problem(rows.line, rows.message);
    return builder.result();
  }
  const [header, ...body] = rows.rows;
  if (!header) return builder.result();
  const columns = header.cells.map((c) => c.trim());
  const dup = columns.find((c, i) => columns.indexOf(c) !== i);
  if (dup) builder.problem(header.line, `duplicate column "${dup}"`);
  for (const row of body) {
    if (builder.full) break;
    if (row.cells.length === 1 && row.cells[0] === "") continue;
    if (row.cells.length !== columns.length) {
      builder.problem(row.line, `expected ${columns.length} fields like the header, got ${row.cells.length}`);
      continue;
    }
    const raw = { vars: {}, tags: {} };
    columns.forEach((column, i) => {
      const value = row.cells[i];
      if (column === "id" || column === "expected" || column === "severity" || column === "incident_output") {
        if (value !== "") raw[column] = value;
      } else if (column.startsWith("tags.")) raw.tags[column.slice(5)] = value;
      else raw.vars[column.startsWith("vars.") ? column.slice(5) : column] = value;
    });
    builder.add(raw, row.line);
  }
  return builder.result();
}
function parseCsv(text) {
  const rows = [];
  let line = 1;
  let cells = [];
  let cell = "";
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell === "") {
      quoted = true;
      quoteLine = line;
    } else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = "";
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (quoted) return { ok: false, line: quoteLine, message: "a quoted field is not closed" };
  if (cell !== "" || cells.length) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return { ok: true, rows };
}

// src/core/lines.ts
function eachLine(text, each) {
  let start = 0;
  for (let number = 1; ; number++) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    const line = text.slice(start, end !== -1 && end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : stop);
    if (each(line, number) === false || end === -1) return;
    start = end + 1;
  }
}
function eachByteLine(bytes, each) {
  let start = 0;
  for (let number = 1; ; number++) {
    const end = bytes.indexOf(10, start);
    const stop = end === -1 ? bytes.length : end;
    each(start, end !== -1 && end > start && bytes[end - 1] === 13 ? end - 1 : stop, number);
    if (end === -1) return;
    start = end + 1;
  }
}

// src/dataset/load-jsonl.ts
function parseJsonl(text, file, limits) {
  const builder = new CaseBuilder(file, limits);
  eachLine(stripBom(text), (raw, line) => {
    if (builder.full) return false;
    if (raw.trim() === "") return;
    let json;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      builder.problem(line, `invalid JSON: ${error.message.replace(/ in JSON at position.*$/, "")}`);
      return;
    }
    builder.add(json, line);
  });
  return builder.result();
}

// src/dataset/load-yaml.ts
function parseYamlDataset(text, file, limits) {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const { value, locate } = parsed.value;
  const wrapped = value && typeof value === "object" && !Array.isArray(value) && "cases" in value;
  const list = wrapped ? value.cases : value;
  const builder = new CaseBuilder(file, limits);
  if (!Array.isArray(list)) {
    builder.problem(1, "expected a list of cases (or a mapping with a `cases:` list)");
    return builder.result();
  }
  for (const [i, raw] of list.entries()) {
    if (builder.full) break;
    builder.add(raw, locate(wrapped ? ["cases", i] : [i]).line);
  }
  return builder.result();
}

// src/dataset/load-dataset.ts
function loadDatasetFile(path, display, limits) {
  const text = readDatasetText(path, display, limits);
  return text.ok ? parseDatasetText(text.value, path, display, limits) : text;
}
function readDatasetText(path, display, limits) {
  try {
    const most = limits ? limits.cases * limits.case_bytes : Infinity;
    const size = statSync(path).size;
    if (size > most)
      return fail({
        file: display,
        message: `the dataset is ${size} bytes, more than limits.cases \xD7 limits.case_bytes (${most}) in the gate config allow`
      });
    return ok(readFileSync(path, "utf8"));
  } catch (error) {
    return fail({
      file: display,
      message: `cannot read the dataset: ${error.code ?? error.message}`
    });
  }
}
function parseDatasetText(text, path, display, limits) {
  switch (extname(path).toLowerCase()) {
    case ".yaml":
    case ".yml":
      return parseYamlDataset(text, display, limits);
    case ".csv":
      return parseCsvDataset(text, display, limits);
    default:
      return parseJsonl(text, display, limits);
  }
}

export {
  parseCsv,
  eachByteLine,
  loadDatasetFile,
  readDatasetText,
  parseDatasetText
};
