import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finalizeRun
} from "./chunk-EMMF2WNR.js";
import "./chunk-ET2JT4VK.js";
import "./chunk-QFLDR6VO.js";
import "./chunk-RXUAWXXA.js";
import "./chunk-YKMLPWKJ.js";
import {
  finish
} from "./chunk-NNI3KSKX.js";
import {
  loadOrThrow,
  unwrap
} from "./chunk-NWFE3ARW.js";
import {
  describeBaseline
} from "./chunk-I6K7NCDV.js";
import "./chunk-5PD437XC.js";
import "./chunk-KNAGVBYE.js";
import {
  readRunFile
} from "./chunk-6XXZF4OJ.js";
import "./chunk-HVFCNBSN.js";
import "./chunk-S6ONSDY5.js";
import "./chunk-3RM4HJMP.js";
import {
  InputError
} from "./chunk-TOJ4UG27.js";
import "./chunk-BVZOMFXN.js";
import "./chunk-YN4GDNJL.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-NDZKKG2X.js";
import "./chunk-BX4ROB6G.js";

// src/cli/compare.ts
function compareCommand(cmd, io) {
  const loaded = loadOrThrow(cmd.config);
  const current = unwrap(readRunFile(cmd.current));
  const baseline = unwrap(readRunFile(cmd.baseline));
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
  return finish(run, cmd.out, cmd.quiet, io);
}
export {
  compareCommand
};
