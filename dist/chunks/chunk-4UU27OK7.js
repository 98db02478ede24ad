import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  planSuites
} from "./chunk-YHULESQH.js";
import {
  ModelSession,
  baselineOutputs,
  executeSuite
} from "./chunk-4M6Q6S7T.js";
import {
  VERSION
} from "./chunk-3RM4HJMP.js";
import {
  InfrastructureError,
  InputError
} from "./chunk-TOJ4UG27.js";

// src/pipeline/describe-baseline.ts
function describeBaseline(baseline, source) {
  return {
    source,
    git_sha: baseline.manifest.git.sha,
    ref: baseline.manifest.git.ref,
    created_at: baseline.manifest.ended_at
  };
}

// src/pipeline/run-gate.ts
async function runGate(input) {
  const session = new ModelSession(input.loaded, input);
  const planned = await planSuites(input.loaded, { ...input, models: session });
  if (!planned.ok) throw new InputError(planned.issues);
  const opened = session.open(planned.value.map((s) => s.config));
  if (!opened.ok) throw new InputError(opened.issues);
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  const total = planned.value.reduce((n, s) => n + s.cases.length * (input.repeats ?? s.config.repeats), 0);
  let done = 0;
  const records = [];
  try {
    for (const suite of planned.value) {
      const execution = await executeSuite(
        {
          suite: suite.config.id,
          cases: suite.cases,
          repeats: input.repeats ?? suite.config.repeats,
          prompt: suite.prompt,
          caller: session.caller(suite.config.provider),
          scorers: suite.scorers,
          baselineOutputs: baselineOutputs(input.baseline, suite.config.id)
        },
        {
          control: session.control,
          onRecord: (r) => {
            session.finished(r);
            input.onProgress?.(++done, total, r);
          }
        }
      );
      records.push(...execution.records);
      if (execution.stopped !== null) break;
    }
  } finally {
    await session.close();
  }
  const manifest = {
    tool: { name: "evalgate", version: VERSION },
    config: { file: input.loaded.file, hash: input.loaded.hash },
    git: input.git ?? { sha: null, ref: null },
    event: input.event ?? null,
    pr: input.pr ?? null,
    tier: input.tier,
    shard: input.shard ? `${input.shard.index}/${input.shard.count}` : null,
    suites: planned.value.map((s) => ({ ...s.manifest, model: session.provider(s.config.provider).model })),
    started_at: startedAt,
    ended_at: (/* @__PURE__ */ new Date()).toISOString()
  };
  const { finalizeRun } = await import("./finalize-ERKRTSJS.js");
  const run = finalizeRun({
    loaded: input.loaded,
    manifest,
    records,
    baseline: input.baseline,
    baselineInfo: input.baselineInfo,
    datasetIds: new Map(planned.value.map((s) => [s.config.id, s.allIds])),
    override: input.override,
    baseBranch: input.baseBranch
  });
  if (session.control.stopped !== null) throw Object.assign(new InfrastructureError(session.control.stopped), { run });
  if (records.length > 0 && records.every((r) => r.error?.kind === "infrastructure")) {
    throw Object.assign(
      new InfrastructureError(`every model call failed; first error: ${records[0].error.message}`),
      { run }
    );
  }
  return run;
}

export {
  describeBaseline,
  runGate
};
