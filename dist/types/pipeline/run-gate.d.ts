import type { LoadedConfig } from '../config/load.js';
import { type SessionOptions } from '../runner/session.js';
import type { CaseRecord, Comparison, Manifest, Run } from '../results/run-schema.js';
import type { OverrideDecision } from '../gate/decide.js';
import { type PlanOptions } from './plan-suites.js';
export interface RunGateInput extends Omit<PlanOptions, 'tier' | 'models'>, SessionOptions {
    tier: string;
    loaded: LoadedConfig;
    /**
     * The baseline run, or how to read it: a reader is called only once something needs the
     * records (a pairwise judge or an adaptive tier during the calls, else the statistics after
     * them), so a large baseline is not held beside the dataset (README "Large runs").
     */
    baseline: Run | null | (() => Run);
    baselineInfo: Comparison['baseline'];
    git?: Manifest['git'];
    event?: string | null;
    pr?: number | null;
    override?: OverrideDecision;
    /** A run of the base branch itself: no baseline never makes it worse than warn. */
    baseBranch?: boolean;
    /** Called once before the first model call: how many case × repeat calls the run makes, and a way to count those in flight. */
    onStart?: (total: number, inFlight: () => number) => void;
    onProgress?: (done: number, total: number, record: CaseRecord) => void;
    /** `--budget-usd`: replaces the config's USD budget. */
    budgetUsd?: number;
    /** `--force`: start although the estimate is over the budget (the run still stops at it). */
    force?: boolean;
    /** Progress lines that are not per case (the Batch API's status). */
    log?: (line: string) => void;
}
/**
 * plan → execute → score → aggregate → compare → decide. Input problems throw InputError
 * before any model call. A run that stopped early (circuit breaker, interrupt, budget) or in
 * which every call failed is returned with `incomplete` set and verdict `error`, its
 * finished cases kept, so the CLI and the action write and report it the same way.
 */
export declare function runGate(input: RunGateInput): Promise<Run>;
