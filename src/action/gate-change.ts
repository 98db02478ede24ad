import type { GateConfig, RuleConfig, SuiteConfig } from '../config/schema.js';
import type { OverrideDecision } from '../gate/decide.js';
import { ROLES } from '../github/overrides.js';
import { riskRank } from '../config/risk-tiers.js';
import type { Run } from '../results/run-schema.js';

/** What a pull request changes in the gate, in plain sentences: what loosens it blocks, what tightens it is reported. */
export interface GateChange {
  loosened: string[];
  tightened: string[];
}

const OUTCOME_RANK = { pass: 0, warn: 1, fail: 2 } as const;
const CORRECTION_RANK = { none: 0, bh: 1, holm: 2 } as const;

type Bound = 'min' | 'max' | 'max_drop' | 'max_increase';
const boundOf = (r: RuleConfig): Bound =>
  r.min !== undefined ? 'min' : r.max !== undefined ? 'max' : r.max_drop !== undefined ? 'max_drop' : 'max_increase';
const ruleName = (r: RuleConfig) => `rule ${r.metric}${r.per_slice ? ' per slice' : ''}`;
const marginText = (m: RuleConfig['max_drop']) => m?.text ?? '';

/**
 * Compares the gate on the base branch with the one a pull request proposes. Anything that
 * makes a failing change easier to pass is a loosening: a suite removed or renamed (its
 * baseline no longer pairs), a rule removed or relaxed, a sample or repeats shrunk, a scorer
 * removed or redefined (evalgate cannot tell whether a new definition is stricter), the
 * override permission lowered or the baseline's source moved.
 */
export function diffGates(base: GateConfig, proposed: GateConfig): GateChange {
  const loosened: string[] = [];
  const tightened: string[] = [];
  for (const suite of base.suites) {
    const next = proposed.suites.find((s) => s.id === suite.id);
    if (!next) {
      loosened.push(
        `suite ${suite.id} of the base branch is gone from the pull request's gate (removed or renamed): its baseline no longer pairs and its rules no longer apply`,
      );
      continue;
    }
    diffSuite(suite, next, loosened, tightened);
  }
  for (const suite of proposed.suites)
    if (!base.suites.some((s) => s.id === suite.id)) tightened.push(`suite ${suite.id} is added`);
  if (ROLES.indexOf(proposed.overrides.min_permission) < ROLES.indexOf(base.overrides.min_permission))
    loosened.push(
      `overrides need ${proposed.overrides.min_permission} permission instead of ${base.overrides.min_permission}`,
    );
  for (const key of ['branch', 'artifact', 'workflow'] as const)
    if (base.baseline[key] !== proposed.baseline[key])
      loosened.push(
        `the baseline's ${key} changes from ${base.baseline[key] ?? '(default)'} to ${proposed.baseline[key] ?? '(default)'}`,
      );
  return { loosened, tightened };
}

function diffSuite(base: SuiteConfig, next: SuiteConfig, loosened: string[], tightened: string[]): void {
  const at = (text: string) => `${base.id}: ${text}`;
  for (const [name, tier] of Object.entries(base.tiers)) {
    const other = next.tiers[name];
    if (!other) {
      loosened.push(at(`tier ${name} is removed`));
      continue;
    }
    const size = (t: typeof tier) =>
      t.sample === undefined
        ? 'every case'
        : t.sample.count !== undefined
          ? `${t.sample.count} cases`
          : `${(t.sample.fraction ?? 1) * 100}%`;
    if (size(tier) === size(other)) continue;
    const a = tier.sample;
    const b = other.sample;
    const smaller =
      a === undefined ||
      (b !== undefined &&
        (a.count !== undefined && b.count !== undefined
          ? b.count < a.count
          : a.fraction !== undefined && b.fraction !== undefined
            ? b.fraction < a.fraction
            : true));
    (smaller ? loosened : tightened).push(at(`tier ${name} samples ${size(other)} instead of ${size(tier)}`));
  }
  // docs/governance.md "Risk tiers": lowering a tier drops its policy's rules, and a pack is the suite's cases
  if (riskRank(next.risk) < riskRank(base.risk))
    loosened.push(
      at(`risk ${base.risk} → ${next.risk ?? 'none'}: the ${base.risk} tier's default rules no longer apply`),
    );
  else if (riskRank(next.risk) > riskRank(base.risk)) tightened.push(at(`risk ${base.risk ?? 'none'} → ${next.risk}`));
  if (base.pack !== undefined && next.pack !== base.pack)
    loosened.push(at(`pack ${base.pack} → ${next.pack ?? 'none'}: the pack's cases no longer pair with the baseline`));
  if (next.repeats !== base.repeats)
    (next.repeats < base.repeats ? loosened : tightened).push(at(`repeats ${base.repeats} → ${next.repeats}`));
  for (const slice of base.slices) if (!next.slices.includes(slice)) loosened.push(at(`slice ${slice} is removed`));
  for (const scorer of base.scorers) {
    const other = next.scorers.find((s) => s.id === scorer.id);
    if (!other) loosened.push(at(`scorer ${scorer.id} is removed`));
    else if (JSON.stringify(other) !== JSON.stringify(scorer)) loosened.push(at(`scorer ${scorer.id} is redefined`));
  }
  const unmatched = [...next.rules];
  for (const rule of base.rules) {
    const i = unmatched.findIndex(
      (r) => r.metric === rule.metric && boundOf(r) === boundOf(rule) && r.per_slice === rule.per_slice,
    );
    if (i < 0) {
      loosened.push(at(`${ruleName(rule)} ${boundOf(rule)} is removed or changed into another kind of rule`));
      continue;
    }
    const [other] = unmatched.splice(i, 1) as [RuleConfig];
    diffRule(rule, other, (text, looser) => (looser ? loosened : tightened).push(at(`${ruleName(rule)} ${text}`)));
  }
  for (const rule of unmatched) tightened.push(at(`${ruleName(rule)} ${boundOf(rule)} is added`));
}

function diffRule(a: RuleConfig, b: RuleConfig, report: (text: string, looser: boolean) => void): void {
  const moved = (what: string, from: number, to: number, looser: boolean) =>
    report(`${what} ${from} → ${to} (${to < from ? 'lowered' : 'raised'})`, looser);
  if (a.min !== undefined && b.min !== undefined && a.min !== b.min) moved('min', a.min, b.min, b.min < a.min);
  if (a.max !== undefined && b.max !== undefined && a.max !== b.max) moved('max', a.max, b.max, b.max > a.max);
  for (const key of ['max_drop', 'max_increase'] as const) {
    const [x, y] = [a[key], b[key]];
    if (!x || !y || marginText(x) === marginText(y)) continue;
    const looser = x.relative !== y.relative || y.value > x.value;
    report(`margin ${marginText(x)} → ${marginText(y)}`, looser);
  }
  for (const key of ['on_no_baseline', 'on_inconclusive'] as const)
    if (a[key] !== b[key]) report(`${key} ${a[key]} → ${b[key]}`, OUTCOME_RANK[b[key]] < OUTCOME_RANK[a[key]]);
  if (a.confidence !== b.confidence) moved('confidence', a.confidence, b.confidence, b.confidence < a.confidence);
  if (a.min_n !== b.min_n) moved('min_n', a.min_n, b.min_n, b.min_n > a.min_n);
  if (a.correction !== b.correction)
    report(
      `correction ${a.correction} → ${b.correction}`,
      CORRECTION_RANK[b.correction] < CORRECTION_RANK[a.correction],
    );
  if (a.aggregate !== b.aggregate) report(`aggregate ${a.aggregate} → ${b.aggregate}`, true);
}

/**
 * The verdict once the gate change counts: a loosening fails a run that would pass (or warn)
 * until a maintainer's override applies; a failing or erroring run keeps its verdict.
 */
export function withGateChange(run: Run, change: GateChange, override: OverrideDecision): Run {
  const d = run.decision;
  if (!d || !change.loosened.length || !['pass', 'warn', 'skipped'].includes(d.verdict)) return run;
  const what = `The pull request loosens the gate (${change.loosened.length} change${change.loosened.length === 1 ? '' : 's'})`;
  const applied = override.applied;
  return {
    ...run,
    decision: {
      ...d,
      verdict: applied ? 'overridden' : 'fail',
      summary: applied
        ? `${what}, overridden by @${applied.actor} (${applied.permission}) with the "${applied.label}" label.`
        : `${what}; a maintainer's override is needed to merge it. ${d.summary}`,
      override: applied ?? null,
    },
  };
}
