import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish
} from "./chunk-HYLSJZ4V.js";
import {
  loadOrThrow,
  unwrap
} from "./chunk-SBATRKSP.js";
import {
  describeBaseline
} from "./chunk-NFCHPRWR.js";
import "./chunk-TUNE2ZWJ.js";
import "./chunk-5YGV4SRQ.js";
import "./chunk-OSJ5Z7QG.js";
import "./chunk-QBD4MYDG.js";
import "./chunk-WQPCKKGG.js";
import "./chunk-3RM4HJMP.js";
import {
  readRunFile
} from "./chunk-4PGVYYUN.js";
import "./chunk-RPGOX2AU.js";
import {
  InputError
} from "./chunk-TOJ4UG27.js";
import {
  finalizeRun
} from "./chunk-6PD2HWKX.js";
import "./chunk-ET2JT4VK.js";
import "./chunk-RJZ7YKWJ.js";
import "./chunk-5NJAYBWN.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-2YLA5JPM.js";
import "./chunk-RXUAWXXA.js";
import "./chunk-YKMLPWKJ.js";
import "./chunk-4RXBHYG4.js";
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
