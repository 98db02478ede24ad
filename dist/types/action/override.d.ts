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
    /**
     * The PR's head commit when the label was applied, as the `labeled` event that started this
     * run recorded it (GitHub writes the payload, not the PR author); null when this run was
     * started by anything else.
     */
    appliedTo: string | null;
    /** The commit this run judges. */
    headSha: string;
}
export declare const NO_OVERRIDE: OverrideDecision;
/**
 * An override counts when the label is on the PR, was last applied by someone whose
 * repository role is at least `minPermission`, and was applied to exactly the commit being
 * judged. Push times are not compared: they can be replayed (force-push back and forth, a
 * commit first pushed in an earlier PR), a commit id cannot. Every other case says exactly
 * why it was ignored (the report shows lines that start with "Override label").
 */
export declare function judgeOverride(f: OverrideFacts): OverrideDecision;
