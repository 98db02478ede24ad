import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  stripBom
} from "./chunk-NZP5ZTA2.js";
import {
  fail,
  ok
} from "./chunk-TOJ4UG27.js";
import {
  RUN_SCHEMA,
  Run
} from "./chunk-FTIEFIKX.js";

// src/results/run-file.ts
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
function readRunFile(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return fail({
      file: path,
      message: `cannot read the run file: ${error.code ?? error.message}`
    });
  }
  let json;
  try {
    json = JSON.parse(stripBom(text));
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

export {
  readRunFile,
  writeResults
};
