import type { OverrideDecision } from '../gate/decide.js';
import { ROLES, type LabelHistory, type RemoveLabelResult, type Role } from '../github/overrides.js';

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

export const NO_OVERRIDE: OverrideDecision = { applied: null, ignored: [] };

/**
 * An override counts when the label is on the PR, was last applied by someone whose
 * repository role is at least `minPermission`, and was applied to exactly the commit being
 * judged. Push times are not compared: they can be replayed (force-push back and forth, a
 * commit first pushed in an earlier PR), a commit id cannot. Every other case says exactly
 * why it was ignored (the report shows lines that start with "Override label").
 */
export function judgeOverride(f: OverrideFacts): OverrideDecision {
  const name = `Override label "${f.label}"`;
  if (f.removal === 'removed')
    return {
      applied: null,
      ignored: [
        `${name} was removed because new commits were pushed after it was applied; a ${f.minPermission} user can apply it again after reviewing them.`,
      ],
    };
  if (f.removal === 'forbidden')
    return {
      applied: null,
      ignored: [
        `${name} is ignored: new commits were pushed after it was applied, and this token could not remove it.`,
      ],
    };
  if (!f.present) return NO_OVERRIDE;
  const applied = f.lastApplied;
  if (!applied)
    return { applied: null, ignored: [`${name} is ignored: the pull request's events do not say who applied it.`] };
  const who = `@${applied.actor}`;
  if (!f.role || ROLES.indexOf(f.role) < ROLES.indexOf(f.minPermission)) {
    return {
      applied: null,
      ignored: [
        `${name} is ignored: ${who} applied it with ${f.role ?? 'no'} permission on this repository; it needs ${f.minPermission} or higher.`,
      ],
    };
  }
  if (f.appliedTo !== f.headSha)
    return {
      applied: null,
      ignored: [
        `${name} is ignored: it was not applied to commit ${f.headSha.slice(0, 7)}${f.appliedTo ? ` (it was applied to ${f.appliedTo.slice(0, 7)})` : ''}; an override counts only for the head commit it was applied to, in the run that applying it starts. Remove it and apply it again after reviewing this commit.`,
      ],
    };
  return { applied: { label: f.label, actor: applied.actor, permission: f.role, applied_at: applied.at }, ignored: [] };
}
