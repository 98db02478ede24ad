import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finalizeRun
} from "./chunk-6YUFUC2R.js";
import "./chunk-Y4OKSF6G.js";
import "./chunk-EQND6P5K.js";
import "./chunk-AM2RDML7.js";
import {
  finish
} from "./chunk-3BJLOG2T.js";
import {
  loadOrThrow,
  unwrap
} from "./chunk-MCMIYJOF.js";
import {
  describeBaseline
} from "./chunk-AKAWV5EQ.js";
import "./chunk-Z4V3UUME.js";
import "./chunk-IVODAIMR.js";
import {
  readRunFile
} from "./chunk-2PD5BNLU.js";
import "./chunk-ZDONHAAK.js";
import "./chunk-NZP5ZTA2.js";
import "./chunk-3RM4HJMP.js";
import {
  InputError
} from "./chunk-TOJ4UG27.js";
import "./chunk-BVZOMFXN.js";
import "./chunk-FTIEFIKX.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-CX3ZTRIY.js";
import "./chunk-LIOXYYB6.js";
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
