import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish
} from "./chunk-X6DCKZQ6.js";
import {
  loadOrThrow,
  unwrap
} from "./chunk-DH63KMZZ.js";
import {
  describeBaseline
} from "./chunk-45NZQ7QZ.js";
import "./chunk-J6ZBNVMU.js";
import "./chunk-YNK7BMBK.js";
import "./chunk-3F2JS47G.js";
import "./chunk-USVONP6G.js";
import "./chunk-3RM4HJMP.js";
import {
  readRunFile
} from "./chunk-NIS6GRIE.js";
import "./chunk-RPGOX2AU.js";
import {
  InputError
} from "./chunk-TOJ4UG27.js";
import {
  finalizeRun
} from "./chunk-2TXUA4CC.js";
import "./chunk-7KSJS7QC.js";
import "./chunk-2OCV5CLA.js";
import "./chunk-Y777CDUE.js";
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
