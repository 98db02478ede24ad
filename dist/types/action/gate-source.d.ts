import { type LoadedConfig } from '../config/load.js';
import { GateConfig } from '../config/schema.js';
import type { ChangedFiles } from '../github/changed-files.js';
import type { ActionNote } from '../report/action-notes.js';
import type { Shell, Target } from './evaluation.js';
import { type GateChange } from './gate-change.js';
/** The gate a run is judged by, and what the pull request proposes to change in it. */
export interface Gate {
    /** The base branch's suites, scorers, rules and baseline, with the pull request's prompt and dataset paths. */
    loaded: LoadedConfig;
    /** The pull request's own gate, runnable, when it changes the base branch's: evaluated beside it. */
    proposed: LoadedConfig | null;
    change: GateChange | null;
    policy: GateConfig['overrides'];
    notes: ActionNote[];
}
/**
 * Which gate judges this run (docs/github-action.md, "Whose gate"). Outside pull requests,
 * the checked-out config. On a pull request, the base branch's config — suites, scorers,
 * rules, thresholds, tiers, baseline — read through the contents API, with each suite's
 * prompt and dataset *paths* taken from the pull request's config (confined to the
 * repository, never through a symbolic link). On `pull_request` the checkout is the PR's, so
 * its providers are what is evaluated; on `pull_request_target` (`trusted`) the checkout is
 * the base branch's, its providers and code are used, and the PR's files are read at its
 * head commit through the API, as data.
 */
export declare function chooseGate(shell: Shell, target: Target, trusted: boolean, changed: ChangedFiles | null): Promise<Gate>;
/**
 * The override policy of the checked-out config, read leniently (the defaults when it cannot
 * be read): on pull_request_target the checkout is the base branch's, and this decides who
 * may ask for a fork's evaluation before anything of the fork is read.
 */
export declare function basePolicy(file: string): GateConfig['overrides'];
