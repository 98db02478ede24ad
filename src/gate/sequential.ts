import type { EvalCase } from '../dataset/case.js';
import type { AdaptiveSummary, RuleOutcome, SequentialLook } from '../results/run-schema.js';
import {
  crossingProbabilities,
  obrienFlemingSpending,
  powerSpending,
  spendingBoundaries,
} from '../stats/alpha-spending.js';
import { normalIsf } from '../stats/distributions.js';
import type { RegressionEvidence } from './regression-test.js';

/** How an adaptive tier keeps its error rates under repeated looks (README "Adaptive tiers"). */
export const SEQUENTIAL_METHOD =
  "group-sequential test, Lan–DeMets α-spending: Kim–DeMets power (ρ = 2) to show the margin holds, O'Brien–Fleming-type to show it is exceeded";

/** The spending of the "within the margin" test: an unchanged pull request should stop early. */
const PASS_SPENDING = powerSpending(2);

/** One gated regression test: a rule, over the whole suite or one slice. */
export interface Target {
  suite: string;
  rule: number;
  slice: RuleOutcome['slice'];
}

/** What decide() asks of an adaptive tier for one gated regression test. */
export interface SequentialQuery extends Target {
  evidence: RegressionEvidence;
  /** One-sided α of the rule. */
  alpha: number;
  /** Slices the rule is corrected over (the fail test spends α/tests: Holm's first step, i.e. Bonferroni). */
  tests: number;
}

export type SequentialAnswer =
  | { frozen: RuleOutcome }
  | { status: 'pass' | 'fail' | 'inconclusive'; sequential: SequentialLook; explanation: string | null };

/** Null leaves the test to the fixed-sample rule (a suite whose tier is not adaptive). */
export type SequentialJudge = (query: SequentialQuery) => SequentialAnswer | null;

export const targetKey = (t: Target) =>
  `${t.suite}\u0000${t.rule}\u0000${t.slice ? `${t.slice.name}\u0000${t.slice.value}` : ''}`;

/**
 * The z statistics of a regression test against its margin: positive `fail` means worse
 * than the margin. The standard error is the test's own, or read off its interval.
 */
export function marginZ(e: RegressionEvidence, alpha: number): { fail: number; pass: number } {
  let se = e.standardError;
  if (se === null || !Number.isFinite(se)) {
    const [lo, hi] = e.interval;
    se = hi > lo && Number.isFinite(hi - lo) ? (hi - lo) / (2 * normalIsf(alpha)) : 0;
  }
  const gap = e.worsening - e.threshold;
  if (!(se > 0)) {
    const z = gap > 0 ? Infinity : gap < 0 ? -Infinity : 0;
    return { fail: z, pass: -z };
  }
  return { fail: gap / se, pass: -gap / se };
}

interface History {
  /** Cases at each look of this test (increasing). */
  cases: number[];
  final: boolean;
  last: { cases: number; final: boolean; answer: SequentialAnswer } | null;
}

/**
 * The state of an adaptive tier's group-sequential tests across looks. Each gated regression
 * test runs two one-sided tests against its margin — "worse than the margin" (fail) and
 * "within the margin" (pass) — each with its own α-spending boundary over the looks it has
 * had, at information fraction t = cases / the most cases it could get. A test that crosses
 * a boundary is decided and frozen; the rest go on while cases remain. Stopping one test for
 * the other's reason only lowers its error, so each keeps its α.
 */
export class SequentialGate {
  private readonly tests = new Map<string, History>();
  private readonly frozen = new Map<string, RuleOutcome>();
  private readonly boundaries = new Map<string, number[]>();
  private look = 0;
  readonly looks: { cases: number; open: number }[] = [];

  constructor(
    /** The most cases a test could use (its share of `max`). */
    private readonly capacity: (target: Target) => number,
    /** Whether the test can get more cases after this look. */
    private canGrow: (target: Target) => boolean,
  ) {}

  /** Starts a look: which tests may still grow. */
  beginLook(canGrow: (target: Target) => boolean): void {
    this.canGrow = canGrow;
    this.look++;
  }

  readonly judge = (q: SequentialQuery): SequentialAnswer => {
    const key = targetKey(q);
    const frozen = this.frozen.get(key);
    if (frozen) return { frozen };
    const history = this.tests.get(key) ?? { cases: [], final: false, last: null };
    this.tests.set(key, history);
    const n = q.evidence.n;
    const final = !this.canGrow(q);
    if (history.last && history.last.cases === n && history.last.final === final) return history.last.answer;
    if (history.cases.at(-1) === n) history.cases.pop();
    history.cases.push(n);
    history.final = final;
    const cap = Math.max(this.capacity(q), n);
    const fractions = history.cases.map((c) => Math.min(1, c / cap));
    // fractions must rise; a test that gained no information keeps its previous look
    for (let i = 1; i < fractions.length; i++) fractions[i] = Math.max(fractions[i]!, fractions[i - 1]! + 1e-6);
    const passBound = this.boundary(fractions, q.alpha, final, 'pass');
    const failBound = this.boundary(fractions, q.alpha / q.tests, final, 'fail');
    const z = marginZ(q.evidence, q.alpha);
    const status = z.fail >= failBound ? 'fail' : z.pass >= passBound ? 'pass' : 'inconclusive';
    const look: SequentialLook = {
      look: history.cases.length,
      cases: n,
      capacity: cap,
      z_pass: finite(z.pass),
      z_fail: finite(z.fail),
      pass_boundary: passBound,
      fail_boundary: failBound,
      stop: status !== 'inconclusive' ? 'conclusive' : final ? 'max' : 'open',
    };
    const answer: SequentialAnswer = {
      status,
      sequential: look,
      explanation: status === 'inconclusive' ? inconclusiveText(look) : null,
    };
    history.last = { cases: n, final, answer };
    return answer;
  };

  /** Ends a look: decided tests are frozen with the outcome of the look that decided them. */
  endLook(outcomes: readonly RuleOutcome[], cases: number): void {
    let open = 0;
    for (const o of outcomes) {
      if (!o.sequential) continue;
      const key = targetKey(o);
      if (this.frozen.has(key)) continue;
      if (o.status === 'pass' || o.status === 'fail') this.frozen.set(key, o);
      else if (o.sequential.stop === 'open') open++;
    }
    this.looks.push({ cases, open });
  }

  /** The tests still open after the last look. */
  open(outcomes: readonly RuleOutcome[]): Target[] {
    return outcomes.filter((o) => o.sequential?.stop === 'open' && o.status === 'inconclusive');
  }

  summary(suite: string, max: number, cases: number, stop: AdaptiveSummary['stop']): AdaptiveSummary {
    return { suite, method: SEQUENTIAL_METHOD, max, cases, looks: this.looks, stop };
  }

  private boundary(fractions: readonly number[], alpha: number, final: boolean, test: 'pass' | 'fail'): number {
    const key = `${test}|${alpha}|${final}|${fractions.join(',')}`;
    let bounds = this.boundaries.get(key);
    if (!bounds) {
      bounds = spendingBoundaries(fractions, alpha, {
        final,
        spending: test === 'pass' ? PASS_SPENDING : obrienFlemingSpending,
      });
      this.boundaries.set(key, bounds);
    }
    return bounds.at(-1)!;
  }
}

const finite = (x: number) => (Number.isFinite(x) ? x : null);

function inconclusiveText(look: SequentialLook): string {
  const z =
    look.z_pass === null
      ? ''
      : ` (z = ${look.z_pass.toFixed(2)} towards the margin, ${look.pass_boundary.toFixed(2)} needed)`;
  return look.stop === 'max'
    ? `not shown within the margin after ${look.cases} cases, the most this adaptive tier could run${z}.`
    : `not decided yet at look ${look.look} (${look.cases} cases)${z}.`;
}

/**
 * The next cases an adaptive tier runs: the rest of the dataset in the tier's seeded order,
 * only cases the baseline has (so they pair), and only from slices with an open test — all
 * slices while a whole-suite test is open.
 */
export function nextCases(
  remaining: readonly EvalCase[],
  pairable: (c: EvalCase) => boolean,
  open: readonly Target[],
  size: number,
): EvalCase[] {
  const whole = open.some((t) => t.slice === null);
  const wanted = (c: EvalCase) => whole || open.some((t) => t.slice !== null && c.tags[t.slice.name] === t.slice.value);
  const out: EvalCase[] = [];
  for (const c of remaining) {
    if (out.length >= size) break;
    if (pairable(c) && wanted(c)) out.push(c);
  }
  return out;
}

/** "conclusive after 600 of 1000 cases". */
export function describeStop(a: AdaptiveSummary): string {
  switch (a.stop) {
    case 'conclusive':
      return `conclusive after ${a.cases} of ${a.max} cases`;
    case 'max':
      return `max reached (${a.cases} of ${a.max} cases)`;
    case 'dataset':
      return `no more cases the baseline has (${a.cases} of ${a.max} cases)`;
    case 'stopped':
      return `run stopped after ${a.cases} of ${a.max} cases`;
  }
}

/**
 * For planning: the expected cases an adaptive tier uses on one paired pass-rate test, under
 * a true worsening `drop`, by the normal approximation (the z of a test drifts as θ·√t). Looks
 * at `start`, `start + batch`, … up to `max`; ψ is the share of discordant cases.
 */
export function expectedCases(p: {
  start: number;
  batch: number;
  max: number;
  psi: number;
  margin: number;
  drop: number;
  alpha: number;
  tests: number;
}): number {
  const sizes: number[] = [];
  for (let n = p.start; n < p.max; n += p.batch) sizes.push(n);
  sizes.push(p.max);
  const fractions = sizes.map((n) => n / p.max);
  const psi = Math.max(p.psi, p.drop);
  const sd = Math.sqrt(Math.max(psi - p.drop * p.drop, 1e-12));
  // z at t = 1 of each one-sided test; the test with the positive drift decides
  const failing = p.drop > p.margin;
  const theta = (Math.abs(p.margin - p.drop) * Math.sqrt(p.max)) / sd;
  const bounds = spendingBoundaries(fractions, failing ? p.alpha / p.tests : p.alpha, {
    final: true,
    spending: failing ? obrienFlemingSpending : PASS_SPENDING,
  });
  const stops = crossingProbabilities(fractions, bounds, theta);
  let expected = 0;
  let stopped = 0;
  stops.forEach((q, k) => {
    expected += q * sizes[k]!;
    stopped += q;
  });
  return expected + Math.max(0, 1 - stopped) * p.max;
}
