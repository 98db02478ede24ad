import { type LoadedConfig } from '../config/load.js';
import type { Issue } from '../core/result.js';
import { type PlannedSuite } from '../pipeline/plan-suites.js';
import type { Run } from '../results/run-schema.js';
/**
 * Regression rules a tier can never pass (README "Tiers"): with no change at all, a paired
 * pass-rate rule proves its margin 80% of the time only when the margin is at least
 * (z_α + z_0.8)·√(ψ/n); below that an unchanged pull request is yellow most of the time.
 * Rates come from the baseline when given, else 90% with independent runs (ψ = 2p(1−p)).
 */
export declare function tierWarnings(loaded: LoadedConfig, planned: readonly PlannedSuite[], baseline: Run | null): Issue[];
