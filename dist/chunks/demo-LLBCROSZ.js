import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  installedPath
} from "./chunk-3ZWSNAMA.js";
import {
  finish
} from "./chunk-TZSMMJS3.js";
import {
  loadOrThrow
} from "./chunk-UN7V3IU2.js";
import {
  describeBaseline,
  runGate
} from "./chunk-TUH2UQ5U.js";
import "./chunk-25HKQ36Z.js";
import "./chunk-K3B46ITN.js";
import {
  readRunFile
} from "./chunk-X5YCOIP5.js";
import "./chunk-K3UH2AYM.js";
import "./chunk-Q2KPTR6F.js";
import "./chunk-5AZZGWPN.js";
import "./chunk-RPGOX2AU.js";
import "./chunk-3RM4HJMP.js";
import {
  InputError
} from "./chunk-TOJ4UG27.js";
import "./chunk-MGBZGUNG.js";
import "./chunk-J7IK6PGK.js";
import "./chunk-K2TGH57N.js";
import "./chunk-YRNTQCBJ.js";
import "./chunk-RJG6HTZ6.js";
import "./chunk-QKGZ24MW.js";
import "./chunk-LIOXYYB6.js";
import "./chunk-RA6RAVDJ.js";
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
    finish(run, resolve(out, candidate.name), false, io, void 0, baseline.value);
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
