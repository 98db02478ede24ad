import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  installedPath
} from "./chunk-3ZWSNAMA.js";
import {
  finish
} from "./chunk-AFTWK6MN.js";
import {
  loadOrThrow
} from "./chunk-ILPPHYUI.js";
import {
  describeBaseline,
  runGate
} from "./chunk-SAJYYA5F.js";
import "./chunk-BTZ34ULP.js";
import {
  readRunFile
} from "./chunk-ORHTCVAP.js";
import "./chunk-27DBT4B5.js";
import "./chunk-IE4WWETO.js";
import "./chunk-Q7ZUI25R.js";
import "./chunk-3RM4HJMP.js";
import {
  InputError
} from "./chunk-TOJ4UG27.js";
import "./chunk-BVZOMFXN.js";
import "./chunk-MGBZGUNG.js";
import "./chunk-WNVPVHZJ.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-7G2BCF5V.js";
import "./chunk-LIOXYYB6.js";
import "./chunk-BX4ROB6G.js";

// src/cli/demo.ts
import { join, resolve } from "node:path";
var CANDIDATES = [
  { name: "pr-pass", title: 'PR #1 "concise answers" (prompts/answer-concise.md)', expect: "pass" },
  { name: "pr-fail", title: 'PR #2 "terse answers" (prompts/answer-terse.md)', expect: "fail" }
];
function demoRoot() {
  return installedPath("fixtures/demo", "the bundled demo fixtures");
}
async function demoCommand(out, io) {
  const root = demoRoot();
  const baselinePath = join(root, "baseline", "run.json");
  const baseline = readRunFile(baselinePath);
  if (!baseline.ok) throw new InputError(baseline.issues);
  io.out(
    `evalgate demo: two pull requests against main's baseline (${baseline.value.cases.length} recorded cases, no API key, no network)
`
  );
  let asExpected = true;
  for (const candidate of CANDIDATES) {
    io.out(`
\u2500\u2500 ${candidate.title}
`);
    const loaded = loadOrThrow(join(root, "gates", `${candidate.name}.yml`));
    const run = await runGate({
      loaded,
      tier: "full",
      baseline: baseline.value,
      baselineInfo: describeBaseline(baseline.value, "bundled baseline run of main (fixtures/demo/baseline/run.json)")
    });
    finish(run, resolve(out, candidate.name), false, io);
    const verdict = run.decision?.verdict;
    if (verdict !== candidate.expect) {
      asExpected = false;
      io.err(`evalgate demo: expected ${candidate.name} to ${candidate.expect}, got ${verdict}
`);
    }
  }
  io.out(
    `
${asExpected ? "Both verdicts are the expected ones (pass, fail)." : "The demo did not produce the expected verdicts."} Open ${join(out, "*", "report.md")} for the PR comments.
`
  );
  return asExpected ? 0 : 1;
}
export {
  demoCommand,
  demoRoot
};
