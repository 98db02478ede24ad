import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  stripBom
} from "./chunk-Q7ZUI25R.js";
import {
  fail,
  ok
} from "./chunk-TOJ4UG27.js";
import {
  RUN_SCHEMA,
  Run
} from "./chunk-WNVPVHZJ.js";

// src/results/run-file.ts
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

// src/report/junit.ts
var MAX_TEXT = 4e3;
function renderJunit(run) {
  const suites = run.manifest.suites.map(
    (s) => suiteXml(
      s.id,
      run.cases.filter((c) => c.suite === s.id)
    )
  );
  const gate = gateXml(run);
  const all = [...suites, gate];
  const total = (k) => all.reduce((n, s) => n + s.counts[k], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="evalgate" tests="${total("tests")}" failures="${total("failures")}" errors="${total("errors")}">`,
    ...all.map((s) => s.xml),
    "</testsuites>",
    ""
  ].join("\n");
}
function suiteXml(suite, records) {
  const scorerIds = [...new Set(records.flatMap((r) => Object.keys(r.scores)))];
  const counts = { tests: 0, failures: 0, errors: 0 };
  let time = 0;
  const cases = [];
  for (const r of records) {
    const name = `${r.id}${r.repeat ? ` (repeat ${r.repeat})` : ""}`;
    const seconds = r.latency_ms === null ? 0 : r.latency_ms / 1e3;
    time += seconds;
    const ids = r.error ? scorerIds.length ? scorerIds : ["output"] : Object.keys(r.scores);
    for (const scorer of ids) {
      counts.tests++;
      const open = `    <testcase classname="${attr(`${suite}.${scorer}`)}" name="${attr(name)}" time="${seconds.toFixed(3)}"`;
      if (r.error) {
        counts.errors++;
        cases.push(
          `${open}>
      <error message="${attr(clip(r.error.message, 500))}" type="${attr(r.error.kind)}">${text(r.error.message)}</error>
    </testcase>`
        );
        continue;
      }
      const score = r.scores[scorer];
      if (score.pass === false) {
        counts.failures++;
        const body = [
          `scorer: ${scorer} (score ${score.value})`,
          ...r.expected !== void 0 ? [`expected: ${stringify(r.expected)}`] : [],
          `actual: ${r.output ?? ""}`,
          ...score.detail ? [`detail: ${score.detail}`] : []
        ].join("\n");
        cases.push(
          `${open}>
      <failure message="${attr(`${scorer} failed${score.detail ? `: ${clip(score.detail, 200)}` : ""}`)}" type="${attr(r.severity === "critical" ? "critical" : "scorer")}">${text(body)}</failure>
    </testcase>`
        );
      } else cases.push(`${open}/>`);
    }
  }
  return {
    counts,
    xml: [
      `  <testsuite name="${attr(suite)}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" time="${time.toFixed(3)}">`,
      ...cases,
      "  </testsuite>"
    ].join("\n")
  };
}
function gateXml(run) {
  const rules = run.decision?.rules ?? [];
  const counts = { tests: rules.length, failures: 0, errors: 0 };
  const cases = rules.map((o) => {
    const name = `${o.metric}${o.slice ? ` [${o.slice.name}=${o.slice.value}]` : ""} ${o.bound}`;
    const open = `    <testcase classname="${attr(`gate.${o.suite}`)}" name="${attr(name)}"`;
    if (o.outcome !== "fail")
      return `${open}>
      <system-out>${text(`${o.status}: ${o.explanation}`)}</system-out>
    </testcase>`;
    counts.failures++;
    return `${open}>
      <failure message="${attr(clip(o.explanation, 500))}" type="rule">${text(`${o.status}: ${o.explanation}`)}</failure>
    </testcase>`;
  });
  return {
    counts,
    xml: [
      `  <testsuite name="gate" tests="${counts.tests}" failures="${counts.failures}" errors="0">`,
      ...cases,
      "  </testsuite>"
    ].join("\n")
  };
}
var stringify = (v) => typeof v === "string" ? v : JSON.stringify(v);
var clip = (s, n) => s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
var NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function text(s) {
  return clip(s, MAX_TEXT).replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function attr(s) {
  return text(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

// src/results/run-file.ts
function readRunFile(path) {
  let text2;
  try {
    text2 = readFileSync(path, "utf8");
  } catch (error) {
    return fail({
      file: path,
      message: `cannot read the run file: ${error.code ?? error.message}`
    });
  }
  let json;
  try {
    json = JSON.parse(stripBom(text2));
  } catch (error) {
    return fail({ file: path, message: `invalid JSON: ${error.message}` });
  }
  const schema = json && typeof json === "object" ? json.schema : void 0;
  if (schema !== RUN_SCHEMA) {
    return fail({
      file: path,
      path: "schema",
      message: `expected an evalgate run file with "schema": "${RUN_SCHEMA}"; got ${schema === void 0 ? "no schema" : JSON.stringify(schema)}`
    });
  }
  const parsed = Run.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return fail({
      file: path,
      path: first.path.map(String).join("."),
      message: `${first.message} (and ${parsed.error.issues.length - 1} more problems)`.replace(
        " (and 0 more problems)",
        ""
      )
    });
  }
  return ok(parsed.data);
}
function writeResults(dir, run, report) {
  mkdirSync(dir, { recursive: true });
  const runPath = resolve(join(dir, "run.json"));
  const reportPath = resolve(join(dir, "report.md"));
  writeFileSync(`${runPath}.tmp`, `${JSON.stringify(run, null, 2)}
`);
  renameSync(`${runPath}.tmp`, runPath);
  writeFileSync(`${reportPath}.tmp`, report);
  renameSync(`${reportPath}.tmp`, reportPath);
  return { runPath, reportPath };
}
function writeJunit(path, run) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, renderJunit(run));
  renameSync(`${path}.tmp`, path);
}

export {
  readRunFile,
  writeResults,
  writeJunit
};
