import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  SequentialGate,
  nextCases
} from "./chunk-K2TGH57N.js";
import "./chunk-RA6RAVDJ.js";
import "./chunk-BX4ROB6G.js";

// src/pipeline/adaptive.ts
async function runAdaptive(plan, initialRecords, steps) {
  const records = [...initialRecords];
  const pool = plan.remaining.filter(plan.pairable);
  let remaining = pool;
  let ran = plan.initial.length;
  const inTarget = (t) => (c) => t.slice === null || c.tags[t.slice.name] === t.slice.value;
  const initialPairable = plan.initial.filter(plan.pairable);
  const capacities = /* @__PURE__ */ new Map();
  const capacity = (t) => {
    const key = t.slice ? `${t.slice.name}\0${t.slice.value}` : "";
    let cap = capacities.get(key);
    if (cap === void 0) {
      cap = Math.min(plan.max, initialPairable.filter(inTarget(t)).length + pool.filter(inTarget(t)).length);
      capacities.set(key, cap);
    }
    return cap;
  };
  const canGrow = (t) => ran < plan.max && remaining.some(inTarget(t));
  const gate = new SequentialGate(capacity, canGrow);
  let stop = "conclusive";
  for (; ; ) {
    gate.beginLook(canGrow);
    const decision = steps.decide(records, gate.judge);
    gate.endLook(decision.rules, ran);
    const open = gate.open(decision.rules);
    if (!open.length) {
      const undecided = decision.rules.some((r) => r.sequential?.stop === "max" && r.status === "inconclusive");
      stop = undecided ? ran >= plan.max ? "max" : "dataset" : "conclusive";
      break;
    }
    if (steps.stopped()) {
      stop = "stopped";
      break;
    }
    const batch = nextCases(remaining, () => true, open, Math.min(plan.batch, plan.max - ran));
    if (!batch.length) {
      stop = ran >= plan.max ? "max" : "dataset";
      break;
    }
    const taken = new Set(batch.map((c) => c.id));
    remaining = remaining.filter((c) => !taken.has(c.id));
    ran += batch.length;
    records.push(...await steps.run(batch));
  }
  return { records, gate, summary: gate.summary(plan.suite, plan.max, ran, stop) };
}
export {
  runAdaptive
};
