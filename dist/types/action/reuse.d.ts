import type { LoadedConfig } from '../config/load.js';
import type { PlannedSuite } from '../pipeline/plan-suites.js';
import type { Run } from '../results/run-schema.js';
/**
 * Why an earlier run's records cannot stand for this one, or null when they can: the same
 * commit, config, tier and suites, and the same dataset and prompt content per suite.
 */
export declare function reuseProblem(previous: Run, planned: readonly PlannedSuite[], loaded: LoadedConfig, tier: string, headSha: string): string | null;
