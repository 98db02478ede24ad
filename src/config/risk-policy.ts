import { contentHash } from '../core/hash.js';
import { RuleConfig } from './schema.js';
import { riskRank, type RiskTier } from './risk-tiers.js';

/**
 * The default policy of each risk tier (docs/governance.md "Risk tiers", where the reasoning
 * is): rules a team can tighten but not loosen. A team rule stricter than the tier's stays; a
 * looser one is replaced by the tier's, and the replacement is said in `validate` and the report.
 */
export interface RiskPolicy {
  tier: RiskTier;
  /** The suite's rules as they apply: the team's, tightened where the tier asks, then the tier's own. */
  rules: RuleConfig[];
  /** Hashes parallel to `rules`: a team rule keeps its own, a tier rule hashes with its tier. */
  ruleHashes: string[];
  /** Indices into `rules` of the rules the tier's policy set. */
  fromPolicy: number[];
  /** What the policy changed in the team's rules, in sentences. */
  replaced: string[];
  /** The least permission an override needs on a suite of this tier. */
  minPermission: 'maintain' | 'admin' | null;
}

const rule = (raw: Record<string, unknown>) => RuleConfig.parse(raw);

/** The tier's own rules; each tier keeps the rules of the tiers below it unless it sets the same one tighter. */
function tierRules(tier: RiskTier): RuleConfig[] {
  const errorsMax = { low: null, medium: 0.05, high: 0.02, critical: 0.01 }[tier];
  return [
    ...(errorsMax !== null ? [rule({ metric: 'errors.rate', max: errorsMax })] : []),
    ...(tier === 'critical'
      ? [
          rule({ metric: 'critical.pass_rate', min: 0.95 }),
          rule({ metric: 'critical.failure_rate', max: 0.005, on_inconclusive: 'warn' }),
          rule({ metric: 'latency.p50', max_increase: '10%', on_inconclusive: 'warn', on_no_baseline: 'warn' }),
        ]
      : []),
  ];
}

type Bound = 'min' | 'max' | 'max_drop' | 'max_increase';
export const boundOf = (r: RuleConfig): Bound =>
  r.min !== undefined ? 'min' : r.max !== undefined ? 'max' : r.max_drop !== undefined ? 'max_drop' : 'max_increase';
export const describeRule = (r: RuleConfig): string => {
  const b = boundOf(r);
  const v = b === 'min' ? r.min : b === 'max' ? r.max : r[b]!.text;
  return `${r.metric}${r.per_slice ? ' per slice' : ''} ${b} ${v}`;
};

/** At least as strict as the tier's: a higher floor, a lower ceiling, a margin no wider in the same units. */
function atLeastAsStrict(team: RuleConfig, tier: RuleConfig): boolean {
  if (tier.min !== undefined) return team.min! >= tier.min;
  if (tier.max !== undefined) return team.max! <= tier.max;
  const key = tier.max_drop !== undefined ? 'max_drop' : 'max_increase';
  const [a, b] = [team[key]!, tier[key]!];
  return a.relative === b.relative && a.value <= b.value && team.confidence >= tier.confidence;
}

const OUTCOME_RANK = { pass: 0, warn: 1, fail: 2 } as const;

/** Applies a suite's risk tier to its rules; `undefined` risk leaves them as written. */
export function applyRiskPolicy(
  tier: RiskTier | undefined,
  rules: readonly RuleConfig[],
  hashes: readonly string[],
): RiskPolicy | null {
  if (tier === undefined) return null;
  const out = rules.map((r) => ({ ...r }));
  const outHashes = [...hashes];
  const fromPolicy: number[] = [];
  const replaced: string[] = [];
  const name = `the ${tier} tier`;
  // high and critical: a regression the data cannot rule out fails, per slice too, instead of warning
  const floor: 'warn' | 'fail' | null = riskRank(tier) >= riskRank('high') ? 'fail' : tier === 'medium' ? 'warn' : null;
  out.forEach((r, i) => {
    const regression = r.max_drop !== undefined || r.max_increase !== undefined;
    if (!regression || floor === null) return;
    if (OUTCOME_RANK[r.on_inconclusive] < OUTCOME_RANK[floor]) {
      replaced.push(
        `rule ${describeRule(r)}: on_inconclusive ${r.on_inconclusive} is looser than ${name}'s ${floor}, so ${floor} applies`,
      );
      out[i] = { ...r, on_inconclusive: floor };
      if (!fromPolicy.includes(i)) fromPolicy.push(i);
    }
    if (OUTCOME_RANK[r.on_no_baseline] < OUTCOME_RANK.warn) {
      replaced.push(`rule ${describeRule(r)}: on_no_baseline pass is looser than ${name}'s warn, so warn applies`);
      out[i] = { ...out[i]!, on_no_baseline: 'warn' };
      if (!fromPolicy.includes(i)) fromPolicy.push(i);
    }
  });
  for (const own of tierRules(tier)) {
    const i = out.findIndex((r) => r.metric === own.metric && boundOf(r) === boundOf(own) && !r.per_slice);
    const hash = contentHash({ risk: tier, rule: describeRule(own) });
    if (i < 0) {
      fromPolicy.push(out.length);
      out.push(own);
      outHashes.push(hash);
    } else if (!atLeastAsStrict(out[i]!, own)) {
      replaced.push(
        `rule ${describeRule(out[i]!)} is looser than ${name}'s ${describeRule(own)}, so the tier's applies`,
      );
      out[i] = own;
      outHashes[i] = hash;
      if (!fromPolicy.includes(i)) fromPolicy.push(i);
    }
  }
  return {
    tier,
    rules: out,
    ruleHashes: outHashes,
    fromPolicy: fromPolicy.sort((a, b) => a - b),
    replaced,
    minPermission: tierMinPermission(tier),
  };
}

/** The least permission that may override a suite of this tier (docs/governance.md "Risk tiers"). */
export const tierMinPermission = (tier: RiskTier | undefined) =>
  tier === 'critical' ? 'admin' : tier === 'high' ? 'maintain' : null;
