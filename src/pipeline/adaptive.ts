import type { EvalCase } from '../dataset/case.js';
import { nextCases, SequentialGate, type SequentialJudge, type Target } from '../gate/sequential.js';
import type { AdaptiveSummary, CaseRecord, Decision } from '../results/run-schema.js';

export interface AdaptivePlan {
  suite: string;
  /** The tier's sample, already run. */
  initial: readonly EvalCase[];
  /** The rest of the dataset in the tier's seeded order. */
  remaining: readonly EvalCase[];
  /** Cases the baseline has with the same content (so they pair). */
  pairable: (c: EvalCase) => boolean;
  /** The most cases the tier runs. */
  max: number;
  /** Cases added per look. */
  batch: number;
}

export interface AdaptiveSteps {
  /** Runs cases and returns their records. */
  run(cases: EvalCase[]): Promise<CaseRecord[]>;
  /** The suite's decision on these records, its regression tests judged sequentially. */
  decide(records: readonly CaseRecord[], judge: SequentialJudge): Decision;
  /** The run was stopped (circuit breaker): no more cases. */
  stopped(): boolean;
}

/**
 * An adaptive tier (README "Adaptive tiers"): look at the tier's sample, and while a
 * regression test is open run the next batch — the rest of the dataset in the same seeded
 * order, from the slices still open, only cases the baseline has — and look again, until every
 * test is decided, `max` is reached or no pairable case is left.
 */
export async function runAdaptive(
  plan: AdaptivePlan,
  initialRecords: readonly CaseRecord[],
  steps: AdaptiveSteps,
): Promise<{ records: CaseRecord[]; gate: SequentialGate; summary: AdaptiveSummary }> {
  const records = [...initialRecords];
  const pool = plan.remaining.filter(plan.pairable);
  let remaining = pool;
  let ran = plan.initial.length;
  const inTarget = (t: Target) => (c: EvalCase) => t.slice === null || c.tags[t.slice.name] === t.slice.value;
  const initialPairable = plan.initial.filter(plan.pairable);
  const capacities = new Map<string, number>();
  const capacity = (t: Target) => {
    const key = t.slice ? `${t.slice.name}\u0000${t.slice.value}` : '';
    let cap = capacities.get(key);
    if (cap === undefined) {
      cap = Math.min(plan.max, initialPairable.filter(inTarget(t)).length + pool.filter(inTarget(t)).length);
      capacities.set(key, cap);
    }
    return cap;
  };
  const canGrow = (t: Target) => ran < plan.max && remaining.some(inTarget(t));
  const gate = new SequentialGate(capacity, canGrow);
  let stop: AdaptiveSummary['stop'] = 'conclusive';
  for (;;) {
    gate.beginLook(canGrow);
    const decision = steps.decide(records, gate.judge);
    gate.endLook(decision.rules, ran);
    const open = gate.open(decision.rules);
    if (!open.length) {
      const undecided = decision.rules.some((r) => r.sequential?.stop === 'max' && r.status === 'inconclusive');
      stop = undecided ? (ran >= plan.max ? 'max' : 'dataset') : 'conclusive';
      break;
    }
    if (steps.stopped()) {
      stop = 'stopped';
      break;
    }
    const batch = nextCases(remaining, () => true, open, Math.min(plan.batch, plan.max - ran));
    if (!batch.length) {
      stop = ran >= plan.max ? 'max' : 'dataset';
      break;
    }
    const taken = new Set(batch.map((c) => c.id));
    remaining = remaining.filter((c) => !taken.has(c.id));
    ran += batch.length;
    records.push(...(await steps.run(batch)));
  }
  return { records, gate, summary: gate.summary(plan.suite, plan.max, ran, stop) };
}
