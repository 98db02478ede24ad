import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish
} from "./chunk-BPJQ473O.js";
import {
  loadOrThrow,
  unwrap
} from "./chunk-5A2AG6U6.js";
import {
  describeBaseline
} from "./chunk-NL5PBID4.js";
import "./chunk-NZ32LZPM.js";
import "./chunk-TAVH3P7I.js";
import "./chunk-Q3VZGQEF.js";
import "./chunk-5PNZQLKL.js";
import "./chunk-3RM4HJMP.js";
import {
  readRunFile
} from "./chunk-TEHKK4DV.js";
import {
  InputError
} from "./chunk-TOJ4UG27.js";
import {
  finalizeRun
} from "./chunk-GLVDBIXQ.js";
import "./chunk-7KSJS7QC.js";
import "./chunk-2OCV5CLA.js";
import "./chunk-BKDEN73L.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-2YLA5JPM.js";
import "./chunk-CRBR5EG7.js";
import "./chunk-YKMLPWKJ.js";
import "./chunk-ZQ5H7MXY.js";
import "./chunk-2JNTXUES.js";
import "./chunk-BX4ROB6G.js";

// src/cli/compare.ts
function compareCommand(cmd, io) {
  const loaded = loadOrThrow(cmd.config);
  const current = unwrap(readRunFile(cmd.current));
  const baseline = unwrap(readRunFile(cmd.baseline));
  const missing = current.manifest.suites.filter((s) => !loaded.suites.some((c) => c.id === s.id));
  if (missing.length) throw new InputError([{ file: cmd.current, message: `suites not in ${cmd.config}: ${missing.map((s) => s.id).join(", ")}` }]);
  const run = finalizeRun({ loaded, manifest: current.manifest, records: current.cases, baseline, baselineInfo: describeBaseline(baseline, `file ${cmd.baseline}`) });
  return finish(run, cmd.out, cmd.quiet, io);
}
export {
  compareCommand
};
