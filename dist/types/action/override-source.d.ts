import type { LoadedConfig } from '../config/load.js';
import type { OverrideDecision } from '../gate/decide.js';
import type { GateEvent } from './event.js';
import type { Shell, Target } from './evaluation.js';
export type OverridePolicy = LoadedConfig['config']['overrides'];
/** The override label's standing: removed on synchronize, else judged from who applied it, with what permission, to which commit. */
export declare function gatherOverride({ gh, log }: Shell, policy: OverridePolicy, event: GateEvent, target: Target): Promise<OverrideDecision>;
/**
 * Whether the trusted stage may evaluate a fork PR's head commit: only in the run that a
 * `labeled` event of the evaluate (or override) label started — GitHub wrote that event's
 * head commit, so the permission names exactly that commit — when the label is still on the
 * PR and whoever applied it last holds the override permission. A new push voids it: on
 * `synchronize` the evaluate label is removed.
 */
export declare function evaluationPermit({ gh, log }: Shell, policy: OverridePolicy, evaluateLabel: string, event: GateEvent, target: Target): Promise<{
    permitted: boolean;
    reason: string;
}>;
