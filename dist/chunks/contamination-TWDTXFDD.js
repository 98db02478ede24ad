import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  loadOrThrow,
  unwrap
} from "./chunk-RTXB7CCY.js";
import {
  checkSuite,
  configuredCorpus
} from "./chunk-EKNPWTRY.js";
import {
  loadDatasetFile
} from "./chunk-COK2ABR5.js";
import {
  displayPath
} from "./chunk-NI63WJDQ.js";
import "./chunk-PBYLG6YC.js";
import "./chunk-RPGOX2AU.js";
import {
  InputError
} from "./chunk-TOJ4UG27.js";
import {
  CONTAMINATION_DEFAULTS
} from "./chunk-U3WIKXHJ.js";
import "./chunk-XLT3OMSK.js";
import {
  didYouMean
} from "./chunk-3Y7FXN34.js";
import "./chunk-PNW7NQUB.js";
import "./chunk-BX4ROB6G.js";

// src/cli/contamination.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

// src/report/contamination.ts
var CONTAMINATION_SCHEMA = "evalgate/contamination@1";
var percent = (x) => `${(x * 100).toFixed(x > 0 && x < 1e-3 ? 2 : 1)}%`;
function contaminationJson(suites) {
  return `${JSON.stringify(
    {
      schema: CONTAMINATION_SCHEMA,
      suites: suites.map((s) => ({
        suite: s.suite,
        dataset: s.dataset,
        ...s.check,
        rate: s.check.cases ? s.check.flagged / s.check.cases : 0,
        results: s.results
      }))
    },
    null,
    2
  )}
`;
}
function contaminationTable(suites) {
  return suites.map(suiteTable).join("\n");
}
function suiteTable(s) {
  const { check } = s;
  const flagged = s.results.filter((r) => r.flagged);
  const head = `suite ${s.suite} (${s.dataset}): ${flagged.length ? `${flagged.length} of ${check.cases} cases flagged (${percent(flagged.length / check.cases)})` : `no case of ${check.cases} flagged`}; ${check.n}-grams, flagged at \u2265 ${percent(check.threshold)} overlap or with the answer in the prompt`;
  const read = `  read: ${check.corpus.map((f) => `${f.file} (${f.lines} line${f.lines === 1 ? "" : "s"})`).join(", ")}`;
  if (!flagged.length) return `${head}
${read}
`;
  const rows = flagged.map((r) => [
    r.id,
    r.line === void 0 ? "" : String(r.line),
    r.expected_in_prompt && r.overlap < check.threshold ? "answer in prompt" : `${percent(r.overlap)} (${r.matched}/${r.grams})${r.expected_in_prompt ? ", answer in prompt" : ""}`,
    r.first ? `${r.first.source}:${r.first.line}` : ""
  ]);
  const header = ["case", "line", "overlap", "first match"];
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((row) => row[k].length)));
  const line = (cells) => `  ${cells.map((c, k) => k === 1 ? c.padStart(widths[k]) : c.padEnd(widths[k])).join("  ")}`.trimEnd();
  return `${head}
${read}
${[header, ...rows].map(line).join("\n")}
`;
}

// src/cli/contamination.ts
async function contaminationCommand(cmd, io) {
  const loaded = loadOrThrow(cmd.config);
  const ids = loaded.suites.map((s) => s.id);
  const unknown = cmd.suites.find((id) => !ids.includes(id));
  if (unknown)
    throw new InputError([
      {
        file: "(arguments)",
        message: `--suite ${unknown}: no such suite${didYouMean(unknown, ids)}; suites: ${ids.join(", ")}`
      }
    ]);
  const suites = cmd.suites.length ? loaded.suites.filter((s) => cmd.suites.includes(s.id)) : loaded.suites;
  const out = [];
  for (const suite of suites) {
    const dataset = displayPath(suite.datasetPath);
    const cases = unwrap(loadDatasetFile(suite.datasetPath, dataset, loaded.config.limits));
    const configured = suite.contamination;
    const corpus = cmd.corpus.length ? cmd.corpus.map((path) => ({ path: resolve(path), display: path })) : configuredCorpus(loaded.dir, configured?.corpus ?? []);
    const checked = unwrap(
      await checkSuite({
        cases,
        prompt: { display: displayPath(suite.promptPath), text: readFileSync(suite.promptPath, "utf8") },
        corpus,
        settings: {
          n: cmd.n ?? configured?.n ?? CONTAMINATION_DEFAULTS.n,
          threshold: cmd.threshold ?? configured?.threshold ?? CONTAMINATION_DEFAULTS.threshold
        }
      })
    );
    out.push({ suite: suite.id, dataset, check: checked.manifest, results: checked.results });
  }
  io.out(cmd.json ? contaminationJson(out) : contaminationTable(out));
  return out.some((s) => s.check.flagged > 0) ? 1 : 0;
}
export {
  contaminationCommand
};
