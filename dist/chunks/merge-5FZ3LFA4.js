import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  finish
} from "./chunk-XN4FGBHX.js";
import {
  loadOrThrow,
  unwrap
} from "./chunk-RTXB7CCY.js";
import {
  describeBaseline
} from "./chunk-MTDTH3MM.js";
import "./chunk-EKNPWTRY.js";
import "./chunk-2SHT4IPR.js";
import "./chunk-PLDDLZMI.js";
import "./chunk-RZIIYWFY.js";
import {
  readRunFile,
  writeResults
} from "./chunk-V6OGYPMV.js";
import "./chunk-PFVCEKAN.js";
import "./chunk-FMZSDQ53.js";
import "./chunk-COK2ABR5.js";
import "./chunk-NI63WJDQ.js";
import "./chunk-PBYLG6YC.js";
import "./chunk-RPGOX2AU.js";
import "./chunk-3RM4HJMP.js";
import {
  fail,
  ok
} from "./chunk-TOJ4UG27.js";
import {
  aggregateSuite,
  finalizeRun
} from "./chunk-6AHXPCKY.js";
import "./chunk-SABWJ672.js";
import "./chunk-GJ43RANW.js";
import {
  RUN_SCHEMA
} from "./chunk-DDNPVRFT.js";
import "./chunk-K2TGH57N.js";
import "./chunk-R6UKLIAN.js";
import "./chunk-U3WIKXHJ.js";
import "./chunk-XLT3OMSK.js";
import "./chunk-3Y7FXN34.js";
import "./chunk-WRP7FQOV.js";
import "./chunk-UX52SBGX.js";
import "./chunk-SI22RAST.js";
import "./chunk-PNW7NQUB.js";
import "./chunk-RA6RAVDJ.js";
import "./chunk-BX4ROB6G.js";

// src/cli/merge.ts
import { resolve } from "node:path";

// src/pipeline/merge-runs.ts
function mergeRuns(shards) {
  const [first, ...rest] = shards;
  if (!first) return fail({ file: "(arguments)", message: "evalgate merge needs at least one run.json" });
  const issues = [];
  const suites = new Map(first.run.manifest.suites.map((s) => [s.id, { ...s }]));
  for (const { file, run } of rest) {
    const m = run.manifest;
    if (m.config.hash !== first.run.manifest.config.hash)
      issues.push({
        file,
        path: "manifest.config.hash",
        message: `ran another config than ${first.file} (${m.config.hash} vs ${first.run.manifest.config.hash})`
      });
    if (m.tier !== first.run.manifest.tier)
      issues.push({
        file,
        path: "manifest.tier",
        message: `ran tier "${m.tier}", ${first.file} ran "${first.run.manifest.tier}"`
      });
    for (const s of m.suites) {
      const known = suites.get(s.id);
      if (!known) {
        suites.set(s.id, { ...s });
        continue;
      }
      for (const key of ["dataset_hash", "prompt_hash", "model"]) {
        if (known[key] !== s[key])
          issues.push({
            file,
            path: `manifest.suites.${s.id}.${key}`,
            message: `differs from ${first.file} (${s[key]} vs ${known[key]})`
          });
      }
      known.cases += s.cases;
      if (known.contamination && s.contamination)
        known.contamination = {
          ...known.contamination,
          cases: known.contamination.cases + s.contamination.cases,
          flagged: known.contamination.flagged + s.contamination.flagged
        };
    }
  }
  const seen = /* @__PURE__ */ new Map();
  const records = [];
  for (const { file, run } of shards) {
    for (const r of run.cases) {
      const key = `${r.suite}\0${r.id}\0${r.repeat}`;
      const other = seen.get(key);
      if (other !== void 0) {
        issues.push({
          file,
          message: `case "${r.id}" repeat ${r.repeat} of suite "${r.suite}" is also in ${other}; shards must not overlap`
        });
        continue;
      }
      seen.set(key, file);
      records.push(r);
    }
  }
  if (issues.length) return fail(...issues.slice(0, 20));
  const times = shards.map((s) => s.run.manifest);
  return ok({
    manifest: {
      ...first.run.manifest,
      shard: null,
      suites: [...suites.values()],
      started_at: times.map((m) => m.started_at).sort()[0],
      ended_at: times.map((m) => m.ended_at).sort().at(-1)
    },
    records,
    ...mergedIncompleteness(shards)
  });
}
function mergedIncompleteness(shards) {
  const stopped = shards.filter((s) => s.run.incomplete);
  if (!stopped.length) return {};
  const count = (s, key) => s.run.incomplete?.[key] ?? s.run.cases.length;
  return {
    incomplete: {
      kind: stopped[0].run.incomplete.kind,
      message: stopped.map((s) => `${s.file}: ${s.run.incomplete.message}`).join("; "),
      done: shards.reduce((n, s) => n + count(s, "done"), 0),
      total: shards.reduce((n, s) => n + count(s, "total"), 0)
    }
  };
}

// src/cli/merge.ts
function mergeCommand(cmd, io) {
  const shards = cmd.shards.map((file) => ({ file, run: unwrap(readRunFile(file)) }));
  const merged = unwrap(mergeRuns(shards));
  if (cmd.config) {
    const loaded = loadOrThrow(cmd.config);
    const baseline = cmd.baseline ? unwrap(readRunFile(cmd.baseline)) : null;
    const run2 = finalizeRun({
      loaded,
      manifest: merged.manifest,
      records: merged.records,
      baseline,
      baselineInfo: baseline && cmd.baseline ? describeBaseline(baseline, `file ${cmd.baseline}`) : null,
      incomplete: merged.incomplete
    });
    return finish(run2, cmd.out, cmd.quiet, io);
  }
  const run = {
    schema: RUN_SCHEMA,
    manifest: merged.manifest,
    cases: merged.records,
    aggregates: merged.manifest.suites.map((s) => {
      const fromShard = shards.flatMap((x) => x.run.aggregates).find((a) => a.suite === s.id);
      const scorers = Object.keys(merged.records.find((r) => r.suite === s.id && !r.error)?.scores ?? {}).map((id) => ({
        id,
        critical: true
      }));
      const slices = [...new Set(fromShard?.slices.map((x) => x.slice) ?? [])];
      return aggregateSuite(
        { suite: s.id, scorers, slices },
        merged.records.filter((r) => r.suite === s.id)
      );
    }),
    decision: null,
    ...merged.incomplete ? { incomplete: merged.incomplete } : {}
  };
  const files = writeResults(
    resolve(cmd.out),
    run,
    `# evalgate: ${shards.length} shards merged

${merged.records.length} records. Decide with \`evalgate compare ${resolve(cmd.out, "run.json")} BASELINE.json --config FILE\`.
`
  );
  const unrecomputed = suiteMetricsOfShards(shards.map((s) => s.run));
  if (!cmd.quiet)
    io.out(
      `evalgate: merged ${shards.length} shards (${merged.records.length} records) without a config; no verdict.
` + (unrecomputed ? `  suite metrics (${unrecomputed}) need --config to be recomputed over the merged cases; not reported.
` : "") + `  results: ${files.runPath}
`
    );
  return 0;
}
function suiteMetricsOfShards(runs) {
  const bySuite = /* @__PURE__ */ new Map();
  for (const a of runs.flatMap((r) => r.aggregates))
    for (const m of a.metrics)
      if (m.kind === "suite") bySuite.set(a.suite, (bySuite.get(a.suite) ?? /* @__PURE__ */ new Set()).add(m.metric));
  return [...bySuite].map(([suite, metrics]) => `${suite}: ${[...metrics].join(", ")}`).join("; ");
}
export {
  mergeCommand
};
