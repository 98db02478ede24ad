import type { LoadedConfig } from '../config/load.js';
import type { OverrideDecision } from '../gate/decide.js';
import { labelHistory, listLabels, removeLabel, repositoryRole, ROLES } from '../github/overrides.js';
import type { GateEvent } from './event.js';
import type { Shell, Target } from './evaluation.js';
import { judgeOverride, NO_OVERRIDE } from './override.js';

export type OverridePolicy = LoadedConfig['config']['overrides'];

/** The override label's standing: removed on synchronize, else judged from who applied it, with what permission, to which commit. */
export async function gatherOverride(
  { gh, log }: Shell,
  policy: OverridePolicy,
  event: GateEvent,
  target: Target,
): Promise<OverrideDecision> {
  if (!target.pr || event.kind === 'branch') return NO_OVERRIDE;
  const { label, min_permission: minPermission } = policy;
  const labels = await listLabels(gh, target.pr.number);
  if (!labels.includes(label)) return NO_OVERRIDE;
  const appliedTo =
    event.kind === 'pull_request' && event.action === 'labeled' && event.label === label ? event.pull.headSha : null;
  const base = {
    label,
    minPermission,
    present: true,
    lastApplied: null,
    role: null,
    appliedTo,
    headSha: target.headSha,
  };
  if (event.kind === 'pull_request' && event.action === 'synchronize') {
    const removal = target.canWrite ? await removeLabel(gh, target.pr.number, label) : 'forbidden';
    log.info(
      `evalgate: new commits were pushed; override label ${removal === 'removed' ? 'removed' : 'could not be removed'}`,
    );
    return removal === 'absent' ? NO_OVERRIDE : judgeOverride({ ...base, removal });
  }
  const history = await labelHistory(gh, target.pr.number, label);
  const role = history.lastApplied ? await repositoryRole(gh, history.lastApplied.actor) : null;
  const decision = judgeOverride({ ...base, lastApplied: history.lastApplied, role });
  log.info(
    `evalgate: override label present; ${decision.applied ? `applied by ${decision.applied.actor} (${decision.applied.permission})` : decision.ignored.join(' ')}`,
  );
  return decision;
}

/**
 * Whether the trusted stage may evaluate a fork PR's head commit: only in the run that a
 * `labeled` event of the evaluate (or override) label started — GitHub wrote that event's
 * head commit, so the permission names exactly that commit — when the label is still on the
 * PR and whoever applied it last holds the override permission. A new push voids it: on
 * `synchronize` the evaluate label is removed.
 */
export async function evaluationPermit(
  { gh, log }: Shell,
  policy: OverridePolicy,
  evaluateLabel: string,
  event: GateEvent,
  target: Target,
): Promise<{ permitted: boolean; reason: string }> {
  if (!target.pr || event.kind !== 'pull_request') return { permitted: false, reason: 'not a pull request event' };
  const number = target.pr.number;
  if (event.action === 'synchronize') {
    const removal = await removeLabel(gh, number, evaluateLabel);
    if (removal === 'removed') log.info(`evalgate: new commits were pushed; the ${evaluateLabel} label was removed`);
    return { permitted: false, reason: 'new commits were pushed; they need the label again' };
  }
  const label = event.action === 'labeled' ? event.label : null;
  if (!label || (label !== evaluateLabel && label !== policy.label))
    return { permitted: false, reason: `this run was not started by applying ${evaluateLabel}` };
  if (!(await listLabels(gh, number)).includes(label))
    return { permitted: false, reason: `${label} is no longer on the pull request` };
  const { lastApplied } = await labelHistory(gh, number, label);
  const role = lastApplied ? await repositoryRole(gh, lastApplied.actor) : null;
  if (!role || ROLES.indexOf(role) < ROLES.indexOf(policy.min_permission))
    return {
      permitted: false,
      reason: `${lastApplied ? `@${lastApplied.actor}` : 'nobody known'} applied ${label} with ${role ?? 'no'} permission; it needs ${policy.min_permission} or higher`,
    };
  log.info(`evalgate: ${lastApplied!.actor} (${role}) applied ${label} to ${target.headSha.slice(0, 7)}; evaluating`);
  return { permitted: true, reason: '' };
}
