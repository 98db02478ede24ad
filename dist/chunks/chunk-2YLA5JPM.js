import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);

// src/config/metric-name.ts
var BUILT_IN = {
  critical_failures: { kind: "critical_failures" },
  "latency.p50": { kind: "latency", stat: "p50" },
  "latency.p90": { kind: "latency", stat: "p90" },
  "latency.p95": { kind: "latency", stat: "p95" },
  "latency.p99": { kind: "latency", stat: "p99" },
  "latency.mean": { kind: "latency", stat: "mean" },
  "cost.total": { kind: "cost", stat: "total" },
  "cost.mean": { kind: "cost", stat: "mean" },
  /** What model-graded scorers (llm-judge) cost, apart from the model under test. */
  "cost.judge": { kind: "cost", stat: "judge" },
  "tokens.total": { kind: "tokens", stat: "total" },
  "tokens.mean": { kind: "tokens", stat: "mean" },
  "errors.rate": { kind: "errors", stat: "rate" },
  "errors.count": { kind: "errors", stat: "count" }
};
var BUILT_IN_METRICS = Object.keys(BUILT_IN);
function parseMetricName(name) {
  const builtIn = BUILT_IN[name];
  if (builtIn) return builtIn;
  const judge = /^judge\.([A-Za-z0-9][A-Za-z0-9_-]*)\.agreement$/.exec(name);
  if (judge) return { kind: "judge_agreement", scorer: judge[1] };
  const match = /^([A-Za-z0-9][A-Za-z0-9_-]*)\.(pass_rate|mean)$/.exec(name);
  return match ? { kind: "scorer", scorer: match[1], stat: match[2] } : void 0;
}
function isRateMetric(ref) {
  return ref.kind === "scorer" && ref.stat === "pass_rate" || ref.kind === "errors" && ref.stat === "rate";
}
function higherIsBetter(ref) {
  return ref.kind === "scorer" || ref.kind === "judge_agreement";
}

export {
  BUILT_IN_METRICS,
  parseMetricName,
  isRateMetric,
  higherIsBetter
};
