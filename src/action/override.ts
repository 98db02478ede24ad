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
  /** The newest time the head branch moved, as GitHub recorded it; null when it cannot be told. */
  newestPush: { at: string; what: string } | null;
}

export const NO_OVERRIDE: OverrideDecision = { applied: null, ignored: [] };

/** The newest of the server-recorded times the head branch moved. */
export function newestPush(
  arrival: { at: string } | null,
  headRewrites: readonly string[],
  headSha: string,
): OverrideFacts['newestPush'] {
  const candidates = [
    ...(arrival ? [{ at: arrival.at, what: `commit ${headSha.slice(0, 7)} arrived on the head branch` }] : []),
    ...headRewrites.map((at) => ({ at, what: 'the head branch was force-pushed' })),
  ];
  return candidates.sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0] ?? null;
}

/**
 * An override counts when the label is on the PR, was last applied by someone whose
 * repository role is at least `minPermission`, after the newest push to the head branch.
 * Every other case says exactly why it was ignored (the report shows lines that start
 * with "Override label").
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
  if (!f.newestPush)
    return {
      applied: null,
      ignored: [
        `${name} is ignored: GitHub's records do not show when the head branch was last pushed, so it cannot be shown to postdate the newest commits.`,
      ],
    };
  if (!(Date.parse(applied.at) > Date.parse(f.newestPush.at))) {
    return {
      applied: null,
      ignored: [
        `${name} is ignored: ${who} applied it at ${applied.at}, before the newest push (${f.newestPush.what} at ${f.newestPush.at}); apply it again after reviewing the new commits.`,
      ],
    };
  }
  return { applied: { label: f.label, actor: applied.actor, permission: f.role, applied_at: applied.at }, ignored: [] };
}
