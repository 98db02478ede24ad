import { RuleConfig } from './schema.js';
import { type RiskTier } from './risk-tiers.js';
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
type Bound = 'min' | 'max' | 'max_drop' | 'max_increase';
export declare const boundOf: (r: RuleConfig) => Bound;
export declare const describeRule: (r: RuleConfig) => string;
/** Applies a suite's risk tier to its rules; `undefined` risk leaves them as written. */
export declare function applyRiskPolicy(tier: RiskTier | undefined, rules: readonly RuleConfig[], hashes: readonly string[]): RiskPolicy | null;
/** The least permission that may override a suite of this tier (docs/governance.md "Risk tiers"). */
export declare const tierMinPermission: (tier: RiskTier | undefined) => "maintain" | "admin" | null;
export {};
