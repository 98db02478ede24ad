import { RuleConfig, type ScorerConfig } from '../config/schema.js';
import { type CaseRecord, type Comparison, type Decision, type Incomplete, type SuiteAggregate } from '../results/run-schema.js';
import type { SuitePairing } from './pairing.js';
import { type SequentialJudge } from './sequential.js';
export interface SuiteRules {
    suite: string;
    rules: readonly RuleConfig[];
    /** Definition hash of each rule, parallel to `rules`. */
    ruleHashes: readonly string[];
    /** The suite's scorers; with their config (`type` and options), suite metrics such as `<id>.corpus` can be gated. */
    scorers: readonly ({
        id: string;
        critical: boolean;
    } | ScorerConfig)[];
}
export interface OverrideDecision {
    /** Present when a valid override label was applied. */
    applied: {
        label: string;
        actor: string;
        permission: string;
        applied_at: string;
    } | null;
    /** Why labels that were present did not count. */
    ignored: string[];
}
export interface DecideInput {
    suites: readonly SuiteRules[];
    records: readonly CaseRecord[];
    aggregates: readonly SuiteAggregate[];
    /** The baseline's aggregates, shown beside absolute rules for context. */
    baselineAggregates?: readonly SuiteAggregate[];
    pairings: readonly SuitePairing[];
    baselineInfo: Comparison['baseline'];
    override?: OverrideDecision;
    /** A run of the base branch itself: a missing baseline is its normal first state, so it never makes the verdict worse than warn. */
    baseBranch?: boolean;
    /** Seed for bootstrap draws, so a decision is reproducible. */
    seed?: number;
    resamples?: number;
    /** The run did not finish, or no call in it succeeded: the verdict is `error` whatever the rules say. */
    incomplete?: Incomplete;
    /** An adaptive tier decides its regression tests by group-sequential boundaries instead (gate/sequential.ts). */
    sequential?: SequentialJudge;
}
/** A pure function of (current, baseline, rules, overrides) → verdict with reasons. */
export declare function decide(input: DecideInput): Decision;
export declare function boundText(rule: RuleConfig): string;
