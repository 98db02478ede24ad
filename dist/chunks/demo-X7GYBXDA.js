import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish
} from "./chunk-XN4FGBHX.js";
import {
  loadOrThrow
} from "./chunk-RTXB7CCY.js";
import {
  describeBaseline,
  runGate
} from "./chunk-MTDTH3MM.js";
import "./chunk-EKNPWTRY.js";
import "./chunk-2SHT4IPR.js";
import "./chunk-PLDDLZMI.js";
import "./chunk-RZIIYWFY.js";
import {
  readRunFile
} from "./chunk-V6OGYPMV.js";
import "./chunk-PFVCEKAN.js";
import "./chunk-FMZSDQ53.js";
import "./chunk-COK2ABR5.js";
import {
  installedPath
} from "./chunk-NI63WJDQ.js";
import "./chunk-PBYLG6YC.js";
import "./chunk-RPGOX2AU.js";
import "./chunk-3RM4HJMP.js";
import {
  InputError
} from "./chunk-TOJ4UG27.js";
import "./chunk-GJ43RANW.js";
import "./chunk-DDNPVRFT.js";
import "./chunk-K2TGH57N.js";
import "./chunk-R6UKLIAN.js";
import "./chunk-U3WIKXHJ.js";
import "./chunk-XLT3OMSK.js";
import {
  didYouMean
} from "./chunk-3Y7FXN34.js";
import "./chunk-PNW7NQUB.js";
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
async function demoCommand(out, io, example) {
  if (example !== void 0 && example !== "support-bot") return exampleCommand(example, out, io);
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
var EXAMPLES = {
  "summaries-tickets": {
    title: 'PR "English few-shot examples": a summariser (ROUGE-L, METEOR, corpus BLEU, a replayed embedding stand-in) and a ticket classifier (per-class F1, ECE)',
    expect: "fail"
  }
};
async function exampleCommand(name, out, io) {
  const example = EXAMPLES[name];
  if (!example)
    throw new InputError([
      {
        file: "(arguments)",
        message: `--example ${name}: no such example${didYouMean(name, ["support-bot", ...Object.keys(EXAMPLES)])}; examples: support-bot, ${Object.keys(EXAMPLES).join(", ")}`
      }
    ]);
  const root = installedPath(`fixtures/examples/${name}`, "the bundled examples");
  const baseline = readRunFile(join(root, "baseline", "run.json"));
  if (!baseline.ok) throw new InputError(baseline.issues);
  io.out(`evalgate demo --example ${name}: ${example.title}, against main's baseline (recorded, no network)

`);
  const run = await runGate({
    loaded: loadOrThrow(join(root, "gates", "pr.yml")),
    tier: "full",
    baseline: baseline.value,
    baselineInfo: describeBaseline(
      baseline.value,
      `bundled baseline run of main (fixtures/examples/${name}/baseline/run.json)`
    )
  });
  finish(run, resolve(out, name), false, io);
  const asExpected = run.decision?.verdict === example.expect;
  io.out(
    `
${asExpected ? `The verdict is the expected one (${example.expect}).` : `Expected ${example.expect}, got ${run.decision?.verdict}.`} Open ${join(out, name, "report.md")} for the PR comment.
`
  );
  return asExpected ? 0 : 1;
}
export {
  demoCommand,
  demoRoot
};
