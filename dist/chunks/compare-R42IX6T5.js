import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish
} from "./chunk-OU2QUI55.js";
import {
  loadOrThrow,
  unwrap
} from "./chunk-ITTLYNKW.js";
import {
  describeBaseline
} from "./chunk-4UU27OK7.js";
import "./chunk-KCAN4FA6.js";
import "./chunk-YHULESQH.js";
import "./chunk-4M6Q6S7T.js";
import "./chunk-QIDP5AFC.js";
import "./chunk-MOR6CRO6.js";
import "./chunk-3RM4HJMP.js";
import {
  readRunFile
} from "./chunk-DLPHOMSS.js";
import "./chunk-RPGOX2AU.js";
import {
  InputError
} from "./chunk-TOJ4UG27.js";
import {
  finalizeRun
} from "./chunk-EDYGSLGN.js";
import "./chunk-ET2JT4VK.js";
import "./chunk-RJZ7YKWJ.js";
import "./chunk-BVZOMFXN.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-2YLA5JPM.js";
import "./chunk-RXUAWXXA.js";
import "./chunk-YKMLPWKJ.js";
import "./chunk-SWLMONDR.js";
import "./chunk-2JNTXUES.js";
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
    baselineInfo: describeBaseline(baseline, `file ${cmd.baseline}`)
  });
  return finish(run, cmd.out, cmd.quiet, io);
}
export {
  compareCommand
};
