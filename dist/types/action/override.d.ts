import type { OverrideDecision } from '../gate/decide.js';
import { type LabelHistory, type RemoveLabelResult, type Role } from '../github/overrides.js';
/** What GitHub says about the override label on this pull request, gathered by the shell. */
export interface OverrideFacts {
    label: string;
    minPermission: Role;
    present: boolean;
    /** On `synchronize`: what happened when evalgate tried to remove the label. */
    removal?: RemoveLabelResult;
    lastApplied: LabelHistory['lastApplied'];
    /** The repository role of whoever applied it last; null when they have none. */
    role: Role | null;
    /** The newest time the head branch moved, as GitHub recorded it; null when it cannot be told. */
    newestPush: {
        at: string;
        what: string;
    } | null;
}
export declare const NO_OVERRIDE: OverrideDecision;
/** The newest of the server-recorded times the head branch moved. */
export declare function newestPush(arrival: {
    at: string;
} | null, headRewrites: readonly string[], headSha: string): OverrideFacts['newestPush'];
/**
 * An override counts when the label is on the PR, was last applied by someone whose
 * repository role is at least `minPermission`, after the newest push to the head branch.
 * Every other case says exactly why it was ignored (the report shows lines that start
 * with "Override label").
 */
export declare function judgeOverride(f: OverrideFacts): OverrideDecision;
