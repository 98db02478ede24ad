// The gate's honesty, simulated (issue 4's bar). Prints one table, reproducible from SEED.
//
// A simulated pull request runs the same N cases on the baseline and the candidate. Each case
// has its own pass probability p_i ~ Beta(mean p, concentration 2) — real suites mix easy and
// hard cases, which is what makes pairing pay — and every run (and repeat) draws its outcome
// from it. A/A: the candidate has the same p_i. A drop of d: p_i' = max(0, p_i − d·s_i) with
// s_i chosen so the mean falls by d (in every case, or only in slice 1 of 4).
import { aggregateSuite } from '../src/aggregate/aggregate.js';
import { RuleConfig } from '../src/config/schema.js';
import { decide } from '../src/gate/decide.js';
import { pairSuite } from '../src/gate/pairing.js';
import { RUN_SCHEMA, type CaseRecord, type Decision, type Run, type SuiteManifest } from '../src/results/run-schema.js';
import { createRandom, type Random } from '../src/stats/random.js';
import type { EvalCase } from '../src/dataset/case.js';
import { sampleCases, seededOrder } from '../src/dataset/sample.js';
import { runAdaptive } from '../src/pipeline/adaptive.js';
import { SequentialGate, SEQUENTIAL_METHOD } from '../src/gate/sequential.js';

const SEED = Number(process.argv[2] ?? 20261123);
const MARGIN = 0.05;
const ALPHA = 0.05;
const SLICES = ['s1', 's2', 's3', 's4'];
const RULES = [
  { metric: 'ok.pass_rate', max_drop: MARGIN },
  { metric: 'ok.pass_rate', max_drop: MARGIN, per_slice: true },
].map((r) => RuleConfig.parse(r));
const SCORERS = [{ id: 'ok', critical: true }];

function betaSample(random: Random, mean: number, concentration: number): number {
  // Beta(a, b) from two gammas (Marsaglia–Tsang); a, b ≥ 1 keeps it simple
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * random() ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        const u1 = random() || 1e-12;
        const u2 = random();
        x = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        v = 1 + c * x;
      } while (v <= 0);
      v = v ** 3;
      const u = random();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  const a = gamma(mean * concentration);
  const b = gamma((1 - mean) * concentration);
  return a / (a + b);
}

interface Scenario {
  n: number;
  p: number;
  repeats: number;
  /** True drop in the mean pass rate. */
  drop: number;
  /** Where the drop happens: every case, or slice s1 only. */
  where: 'all' | 's1';
}

function manifest(): SuiteManifest {
  return {
    id: 's',
    dataset: 'd',
    dataset_hash: 'd',
    prompt: 'p',
    prompt_hash: 'p',
    provider: 'x',
    model: 'm',
    tier: 'full',
    cases: 0,
    repeats: 1,
    scorer_hashes: { ok: 'h' },
    rule_hashes: RULES.map((_, i) => `r${i}`),
  };
}

function simulate(s: Scenario, random: Random, seed: number): Decision {
  const probs = Array.from({ length: s.n }, () => betaSample(random, s.p, 2));
  const inDrop = (i: number) => s.where === 'all' || i % 4 === 0;
  // scale per-case drops so the mean of the affected cases falls by `drop` (capped at 0)
  const affected = probs.filter((_, i) => inDrop(i));
  const meanAffected = affected.reduce((a, b) => a + b, 0) / Math.max(1, affected.length);
  const factor = meanAffected > 0 ? Math.min(1, s.drop / meanAffected) : 0;
  const candidate = probs.map((p, i) => (inDrop(i) ? p * (1 - factor) : p));
  const records = (ps: number[]): CaseRecord[] =>
    ps.flatMap((p, i) =>
      Array.from({ length: s.repeats }, (_, repeat) => {
        const pass = random() < p;
        return {
          suite: 's',
          id: `c${i}`,
          repeat,
          tags: { slice: SLICES[i % 4]! },
          severity: 'normal' as const,
          fingerprint: `f${i}`,
          output: null,
          scores: { ok: { value: pass ? 1 : 0, pass } },
          latency_ms: 100,
          tokens: null,
          cost_usd: null,
          error: null,
        };
      }),
    );
  const base = records(probs);
  const cur = records(candidate);
  const run = (cases: CaseRecord[]): Run => ({
    schema: RUN_SCHEMA,
    manifest: {
      tool: { name: 'evalgate', version: 'bench' },
      config: { file: 'g', hash: 'c' },
      git: { sha: null, ref: null },
      event: null,
      pr: null,
      tier: 'full',
      shard: null,
      suites: [manifest()],
      started_at: '',
      ended_at: '',
    },
    cases,
    aggregates: [],
    decision: null,
  });
  const spec = { suite: 's', scorers: SCORERS, slices: ['slice'] };
  return decide({
    suites: [{ suite: 's', rules: RULES, ruleHashes: RULES.map((_, i) => `r${i}`), scorers: SCORERS }],
    records: cur,
    aggregates: [aggregateSuite(spec, cur)],
    pairings: [pairSuite(manifest(), cur, run(base))],
    baselineInfo: null,
    seed,
  });
}

/** Outcome of rule `index` for one PR: the worst over its slices. */
function ruleOutcome(d: Decision, index: number): 'fail' | 'warn' | 'pass' {
  const outcomes = d.rules.filter((r) => r.rule === index).map((r) => r.outcome);
  return outcomes.includes('fail') ? 'fail' : outcomes.includes('warn') ? 'warn' : 'pass';
}

const random = createRandom(SEED);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const rows: string[] = [];
let aaRuns = 0;
const aaFails = [0, 0];

// A/A: 2,016 simulated PRs over 18 settings (112 each)
for (const n of [50, 200, 1000]) {
  for (const p of [0.7, 0.9, 0.98]) {
    for (const repeats of [1, 3]) {
      const trials = 112;
      const counts = [0, 1].map(() => ({ fail: 0, warn: 0, pass: 0 }));
      for (let t = 0; t < trials; t++) {
        const d = simulate({ n, p, repeats, drop: 0, where: 'all' }, random, t);
        for (const r of [0, 1]) counts[r]![ruleOutcome(d, r)]++;
      }
      aaRuns += trials;
      for (const r of [0, 1]) {
        aaFails[r]! += counts[r]!.fail;
        rows.push(
          `| A/A (no change) | ${n} | ${p} | ${repeats} | ${r === 0 ? 'overall' : 'per slice'} | ${pct(counts[r]!.fail / trials)} | ${pct(counts[r]!.warn / trials)} | ${pct(counts[r]!.pass / trials)} |`,
        );
      }
    }
  }
}

// True drops of 1×, 2×, 4× the margin: overall (rule 0) and in one slice of four (rule 1)
const drops: string[] = [];
for (const n of [200, 1000]) {
  for (const multiple of [1, 2, 4]) {
    for (const where of ['all', 's1'] as const) {
      const trials = 100;
      const counts = { fail: 0, warn: 0, pass: 0 };
      const rule = where === 'all' ? 0 : 1;
      for (let t = 0; t < trials; t++)
        counts[ruleOutcome(simulate({ n, p: 0.9, repeats: 1, drop: multiple * MARGIN, where }, random, t), rule)]++;
      drops.push(
        `| ${multiple}× margin ${where === 'all' ? 'everywhere' : 'in 1 of 4 slices'} | ${n} | 0.9 | 1 | ${rule === 0 ? 'overall' : 'per slice'} | ${pct(counts.fail / trials)} | ${pct(counts.warn / trials)} | ${pct(counts.pass / trials)} |`,
      );
    }
  }
}

// Identical outputs: the candidate replays the baseline's records exactly
let identicalPass = 0;
for (let t = 0; t < 50; t++) {
  const n = [50, 200, 1000][t % 3]!;
  const recs: CaseRecord[] = Array.from({ length: n }, (_, i) => {
    const pass = random() < 0.9;
    return {
      suite: 's',
      id: `c${i}`,
      repeat: 0,
      tags: { slice: SLICES[i % 4]! },
      severity: 'normal',
      fingerprint: `f${i}`,
      output: null,
      scores: { ok: { value: pass ? 1 : 0, pass } },
      latency_ms: 100,
      tokens: null,
      cost_usd: null,
      error: null,
    };
  });
  const spec = { suite: 's', scorers: SCORERS, slices: ['slice'] };
  const base: Run = {
    schema: RUN_SCHEMA,
    manifest: {
      tool: { name: 'evalgate', version: 'b' },
      config: { file: 'g', hash: 'c' },
      git: { sha: null, ref: null },
      event: null,
      pr: null,
      tier: 'full',
      shard: null,
      suites: [manifest()],
      started_at: '',
      ended_at: '',
    },
    cases: recs,
    aggregates: [],
    decision: null,
  };
  const d = decide({
    suites: [{ suite: 's', rules: [RULES[0]!], ruleHashes: ['r0'], scorers: SCORERS }],
    records: recs,
    aggregates: [aggregateSuite(spec, recs)],
    pairings: [pairSuite(manifest(), recs, base)],
    baselineInfo: null,
  });
  if (n >= 200 && d.verdict === 'pass') identicalPass++;
  else if (n < 200) identicalPass += d.verdict === 'fail' ? 0 : 1;
}

// Power: per n, the smallest overall drop the gate fails 80% of the time (scan in 0.5 pp steps),
// next to the report's own power line (median over the A/A-like runs at that drop)
const power: string[] = [];
for (const n of [50, 200, 1000]) {
  let found: number | null = null;
  let reported: number | null = null;
  for (let drop = MARGIN; drop <= 0.6 && found === null; drop += 0.005) {
    let fails = 0;
    const mdes: number[] = [];
    for (let t = 0; t < 60; t++) {
      const d = simulate({ n, p: 0.9, repeats: 1, drop, where: 'all' }, random, t);
      if (ruleOutcome(d, 0) === 'fail') fails++;
      const mde = d.rules.find((r) => r.rule === 0)?.mde;
      if (mde !== null && mde !== undefined) mdes.push(mde);
    }
    if (fails / 60 >= 0.8) {
      found = drop;
      reported = mdes.sort((a, b) => a - b)[Math.floor(mdes.length / 2)] ?? null;
    }
  }
  const fmt = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)} pp`);
  power.push(
    `| smallest drop failed 80% of the time: simulated ${found === null ? '> 60 pp' : fmt(found)}, report's power line ${fmt(reported)} | ${n} | 0.9 | 1 | overall | 80% | | |`,
  );
}

/** 10,000 paired cases in 4 slices under 6 rules: what the decision-time figures decide on. */
function decisionFixture() {
  const n = 10_000;
  const rules = [
    { metric: 'ok.pass_rate', min: 0.8 },
    { metric: 'ok.pass_rate', max_drop: '2pp' },
    { metric: 'ok.pass_rate', max_drop: '5pp', per_slice: true },
    { metric: 'ok.mean', max_drop: '5%', per_slice: true },
    { metric: 'latency.p95', max_increase: '10%' },
    { metric: 'latency.p50', max_increase: '10%', per_slice: true },
  ].map((r) => RuleConfig.parse(r));
  const make = (shift: number): CaseRecord[] =>
    Array.from({ length: n }, (_, i) => {
      const pass = random() < 0.9 - shift;
      return {
        suite: 's',
        id: `c${i}`,
        repeat: 0,
        tags: { slice: SLICES[i % 4]! },
        severity: 'normal',
        fingerprint: `f${i}`,
        output: null,
        scores: { ok: { value: pass ? 1 : 0, pass } },
        latency_ms: 500 + 400 * random(),
        tokens: null,
        cost_usd: null,
        error: null,
      };
    });
  const base = make(0);
  const cur = make(0.01);
  const spec = { suite: 's', scorers: SCORERS, slices: ['slice'] };
  const m = { ...manifest(), rule_hashes: rules.map((_, i) => `r${i}`) };
  const baseRun: Run = {
    schema: RUN_SCHEMA,
    manifest: {
      tool: { name: 'evalgate', version: 'b' },
      config: { file: 'g', hash: 'c' },
      git: { sha: null, ref: null },
      event: null,
      pr: null,
      tier: 'full',
      shard: null,
      suites: [m],
      started_at: '',
      ended_at: '',
    },
    cases: base,
    aggregates: [],
    decision: null,
  };
  return { rules, cur, spec, m, baseRun };
}

// Speed: 10,000 paired cases × 4 slices × 6 rules, 2,000 bootstrap resamples
const speed = (() => {
  const { rules, cur, spec, m, baseRun } = decisionFixture();
  const once = () => {
    const started = performance.now();
    decide({
      suites: [{ suite: 's', rules, ruleHashes: m.rule_hashes, scorers: SCORERS }],
      records: cur,
      aggregates: [aggregateSuite(spec, cur)],
      pairings: [pairSuite(m, cur, baseRun)],
      baselineInfo: null,
      resamples: 2000,
    });
    return performance.now() - started;
  };
  once();
  return Math.min(once(), once(), once());
})();

console.log(
  `evalgate gate simulation — seed ${SEED}, margin ${MARGIN * 100} pp, α = ${ALPHA} one-sided, per-case p_i ~ Beta(mean p, 2)`,
);
console.log('');
console.log('| scenario | n | p | repeats | rule | fail | warn | pass |');
console.log('|---|---:|---:|---:|---|---:|---:|---:|');
for (const r of rows) console.log(r);
for (const d of drops) console.log(d);
for (const p of power) console.log(p);
console.log('');
console.log(
  `A/A false-fail rate over ${aaRuns} simulated PRs: overall rule ${pct(aaFails[0]! / aaRuns)}, per-slice rule ${pct(aaFails[1]! / aaRuns)} (bound: α = ${pct(ALPHA)} per rule)`,
);
console.log(`Identical outputs passed (n ≥ 200) or did not fail (n = 50): ${identicalPass}/50`);
console.log('');
console.log(
  `Deciding 10,000 paired cases × 4 slices × 6 rules with 2,000 resamples: ${speed.toFixed(0)} ms (best of 3, one core)`,
);

// ---------------------------------------------------------------------------------------------
// Adaptive tiers (issue 12's bar): dataset 1,000 cases in 4 slices, smoke sample 200,
// `adaptive: { max: 1000 }` (batches of 100), the same per-case generator. Gate (a): 5 pp overall;
// gate (b): 5 pp overall plus 10 pp per slice. Each simulated PR draws a fresh seed for its sample.
const ADAPTIVE_N = 1000;
const SMOKE = 200;
const GATES = {
  a: [{ metric: 'ok.pass_rate', max_drop: 0.05 }].map((r) => RuleConfig.parse(r)),
  b: [
    { metric: 'ok.pass_rate', max_drop: 0.05 },
    { metric: 'ok.pass_rate', max_drop: 0.1, per_slice: true },
  ].map((r) => RuleConfig.parse(r)),
};
const adaptiveManifest = (rules: number): SuiteManifest => ({
  ...manifest(),
  rule_hashes: Array.from({ length: rules }, (_, i) => `r${i}`),
});

interface AdaptiveTrial {
  /** Verdict of the 200-case smoke sample alone, of all 1,000 cases, and of the adaptive tier. */
  smoke: Decision['verdict'];
  full: Decision['verdict'];
  adaptive: Decision['verdict'];
  cases: number;
}

async function adaptiveTrial(
  gate: keyof typeof GATES,
  p: number,
  drop: number,
  where: 'all' | 's1',
  random: Random,
  trial: number,
): Promise<AdaptiveTrial> {
  const rules = GATES[gate];
  const m = adaptiveManifest(rules.length);
  const probs = Array.from({ length: ADAPTIVE_N }, () => betaSample(random, p, 2));
  const inDrop = (i: number) => where === 'all' || i % 4 === 0;
  const affected = probs.filter((_, i) => inDrop(i));
  const meanAffected = affected.reduce((a, b) => a + b, 0) / Math.max(1, affected.length);
  const factor = meanAffected > 0 ? Math.min(1, drop / meanAffected) : 0;
  const candidateP = probs.map((q, i) => (inDrop(i) ? q * (1 - factor) : q));
  const record = (i: number, q: number): CaseRecord => {
    const pass = random() < q;
    return {
      suite: 's',
      id: `c${i}`,
      repeat: 0,
      tags: { slice: SLICES[i % 4]! },
      severity: 'normal',
      fingerprint: `f${i}`,
      output: null,
      scores: { ok: { value: pass ? 1 : 0, pass } },
      latency_ms: 100,
      tokens: null,
      cost_usd: null,
      error: null,
    };
  };
  const baseRun: Run = {
    schema: RUN_SCHEMA,
    manifest: {
      tool: { name: 'evalgate', version: 'bench' },
      config: { file: 'g', hash: 'c' },
      git: { sha: null, ref: null },
      event: null,
      pr: null,
      tier: 'full',
      shard: null,
      suites: [m],
      started_at: '',
      ended_at: '',
    },
    cases: probs.map((q, i) => record(i, q)),
    aggregates: [],
    decision: null,
  };
  // the candidate's outcome of every case, drawn once so the smoke, full and adaptive runs agree
  const current = candidateP.map((q, i) => record(i, q));
  const cases: EvalCase[] = current.map((r, i) => ({
    id: r.id,
    line: i + 1,
    vars: {},
    tags: r.tags,
    severity: 'normal',
    fingerprint: r.fingerprint,
  }));
  const seed = `pr${trial}`;
  const smokeCases = sampleCases(cases, { count: SMOKE }, seed, { slices: ['slice'], minN: 20 });
  const byId = new Map(current.map((r) => [r.id, r]));
  const spec = { suite: 's', scorers: SCORERS, slices: ['slice'] };
  const decideOn = (records: readonly CaseRecord[], sequential?: Parameters<typeof decide>[0]['sequential']) =>
    decide({
      suites: [{ suite: 's', rules, ruleHashes: m.rule_hashes, scorers: SCORERS }],
      records,
      aggregates: [aggregateSuite(spec, records)],
      pairings: [pairSuite(m, records, baseRun)],
      baselineInfo: null,
      seed: trial,
      sequential,
    });
  const smokeRecords = smokeCases.map((c) => byId.get(c.id)!);
  const smoke = decideOn(smokeRecords).verdict;
  const full = decideOn(current).verdict;
  const inSmoke = new Set(smokeCases.map((c) => c.id));
  const result = await runAdaptive(
    {
      suite: 's',
      initial: smokeCases,
      remaining: seededOrder(cases, seed).filter((c) => !inSmoke.has(c.id)),
      pairable: () => true,
      max: ADAPTIVE_N,
      batch: 50,
    },
    smokeRecords,
    {
      run: async (batch) => batch.map((c) => byId.get(c.id)!),
      decide: (records, judge) => decideOn(records, judge),
      stopped: () => false,
    },
  );
  const adaptive = decideOn(result.records, result.gate.judge).verdict;
  return { smoke, full, adaptive, cases: result.summary.cases };
}

const adaptiveRows: string[] = [];
const adaptiveChecks: string[] = [];
const TRIALS = Number(process.env.EVALGATE_BENCH_TRIALS ?? 200);
for (const gate of ['a', 'b'] as const) {
  for (const p of [0.7, 0.9, 0.98]) {
    const t = { smokePass: 0, fullPass: 0, pass: 0, fail: 0, cases: 0 };
    for (let trial = 0; trial < TRIALS; trial++) {
      const r = await adaptiveTrial(gate, p, 0, 'all', random, trial);
      if (r.smoke === 'pass') t.smokePass++;
      if (r.full === 'pass') t.fullPass++;
      if (r.adaptive === 'pass') t.pass++;
      if (r.adaptive === 'fail') t.fail++;
      t.cases += r.cases;
    }
    const fullRate = t.fullPass / TRIALS;
    const meanCases = t.cases / TRIALS;
    adaptiveRows.push(
      `| (${gate}) A/A | ${p} | ${pct(t.smokePass / TRIALS)} | ${pct(fullRate)} | ${pct(t.pass / TRIALS)} | ${pct(t.fail / TRIALS)} | ${meanCases.toFixed(0)} (${pct(meanCases / ADAPTIVE_N)}) |`,
    );
    adaptiveChecks.push(
      `(${gate}) p=${p}: A/A false-fail ${pct(t.fail / TRIALS)} ${t.fail / TRIALS <= ALPHA ? '≤' : '>'} 5%` +
        (fullRate >= 0.9
          ? `; fixed 1,000 passes ${pct(fullRate)} ≥ 90%, so adaptive must pass ≥ 80% (${pct(t.pass / TRIALS)}: ${t.pass / TRIALS >= 0.8 ? 'met' : 'NOT met'}) using ≤ 60% of cases (${pct(meanCases / ADAPTIVE_N)}: ${meanCases <= 600 ? 'met' : 'NOT met'})`
          : `; fixed 1,000 passes only ${pct(fullRate)} (< 90%), no usage bar`),
    );
  }
}
const dropTrialsSlice = Math.max(50, Math.round(TRIALS / 2));
// "Never passed" is a claim about a tail: a few hundred PRs cannot show it, so those rows run
// more. (At 100 PRs one seed once drew a PR whose first 350 cases showed no drop at all; the
// 200-case smoke sample alone passed it too. Over 1,500 PRs the adaptive gate passed none.)
const neverTrials = Number(process.env.EVALGATE_BENCH_NEVER_TRIALS ?? 1000);
for (const [gate, drop, where, label] of [
  ['b', 0.2, 's1', '2× the 10 pp slice margin in 1 of 4 slices'],
  ['a', 0.1, 'all', '2× the 5 pp margin everywhere'],
  ['b', 0.1, 'all', '2× the 5 pp margin everywhere'],
] as const) {
  const dropTrials = where === 'all' ? neverTrials : dropTrialsSlice;
  const t = { smokePass: 0, fullPass: 0, pass: 0, fail: 0, cases: 0, fullFail: 0 };
  for (let trial = 0; trial < dropTrials; trial++) {
    const r = await adaptiveTrial(gate, 0.9, drop, where, random, trial);
    if (r.smoke === 'pass') t.smokePass++;
    if (r.full === 'pass') t.fullPass++;
    if (r.full === 'fail') t.fullFail++;
    if (r.adaptive === 'pass') t.pass++;
    if (r.adaptive === 'fail') t.fail++;
    t.cases += r.cases;
  }
  adaptiveRows.push(
    `| (${gate}) ${label} | 0.9 | ${pct(t.smokePass / dropTrials)} | ${pct(t.fullPass / dropTrials)} | ${pct(t.pass / dropTrials)} | ${pct(t.fail / dropTrials)} | ${(t.cases / dropTrials).toFixed(0)} (${pct(t.cases / dropTrials / ADAPTIVE_N)}) |`,
  );
  adaptiveChecks.push(
    where === 's1'
      ? `(${gate}) ${label}: adaptive fails ${pct(t.fail / dropTrials)} (bar ≥ 80%; a fixed run of all 1,000 fails ${pct(t.fullFail / dropTrials)})`
      : `(${gate}) ${label}: adaptive passed ${t.pass} of ${dropTrials} (bar: never; the 200-case smoke sample alone passed ${t.smokePass})`,
  );
}

// Decision time of one look: 10,000 paired cases × 4 slices × 6 rules, third look (boundaries not cached)
const lookTime = (() => {
  const { rules, cur, spec, m, baseRun } = decisionFixture();
  const times: number[] = [];
  for (const size of [4000, 7000, 10_000]) {
    const gate = new SequentialGate(
      (t) => (t.slice ? 20_000 / 4 : 20_000),
      () => true,
    );
    for (const k of [size - 6000, size - 3000, size].filter((x) => x > 0)) {
      const records = cur.slice(0, k);
      const started = performance.now();
      gate.beginLook(() => true);
      const d = decide({
        suites: [{ suite: 's', rules, ruleHashes: m.rule_hashes, scorers: SCORERS }],
        records,
        aggregates: [aggregateSuite(spec, records)],
        pairings: [pairSuite(m, records, baseRun)],
        baselineInfo: null,
        resamples: 2000,
        sequential: gate.judge,
      });
      gate.endLook(d.rules, k);
      if (k === size) times.push(performance.now() - started);
    }
  }
  return Math.min(...times);
})();

console.log('');
console.log(
  `Adaptive tiers — ${SEQUENTIAL_METHOD}; dataset ${ADAPTIVE_N} cases in 4 slices, smoke sample ${SMOKE} (stratified), adaptive: { max: ${ADAPTIVE_N} }, batches of 50; ${TRIALS} simulated PRs per A/A row, ${dropTrialsSlice} per slice-drop row, ${neverTrials} per global-drop row`,
);
console.log('');
console.log(
  '| gate, scenario | p | smoke 200 alone: pass | all 1,000 fixed: pass | adaptive: pass | adaptive: fail | adaptive: mean cases |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of adaptiveRows) console.log(r);
console.log('');
for (const c of adaptiveChecks) console.log(`- ${c}`);
console.log(
  `- decision time of one look (10,000 paired cases × 4 slices × 6 rules, 2,000 resamples, sequential boundaries): ${lookTime.toFixed(0)} ms`,
);
