import type { LoadedConfig } from '../config/load.js';
import { GateConfig } from '../config/schema.js';
import { parseYaml } from '../config/yaml-document.js';
import type { OverrideDecision } from '../gate/decide.js';
import { describeError } from '../github/client.js';
import { headCommitArrival, labelHistory, listLabels, removeLabel, repositoryRole } from '../github/overrides.js';
import { readFileAt } from '../github/pull-request.js';
import type { ActionNote } from '../report/action-notes.js';
import type { GateEvent } from './event.js';
import type { Shell, Target } from './evaluation.js';
import { judgeOverride, newestPush, NO_OVERRIDE } from './override.js';

export type OverridePolicy = LoadedConfig['config']['overrides'];

/** The override label's standing: removed on synchronize, else judged from events, permission and push times. */
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
  const base = { label, minPermission, present: true, lastApplied: null, role: null, newestPush: null };
  if (event.kind === 'pull_request' && event.action === 'synchronize') {
    const removal = target.canWrite ? await removeLabel(gh, target.pr.number, label) : 'forbidden';
    log.info(
      `evalgate: new commits were pushed; override label ${removal === 'removed' ? 'removed' : 'could not be removed'}`,
    );
    return removal === 'absent' ? NO_OVERRIDE : judgeOverride({ ...base, removal });
  }
  const [history, arrival] = await Promise.all([
    labelHistory(gh, target.pr.number, label),
    target.pr.headRepository
      ? headCommitArrival(gh, {
          headSha: target.headSha,
          headBranch: target.pr.headRef,
          headRepository: target.pr.headRepository,
        })
      : Promise.resolve(null),
  ]);
  const role = history.lastApplied ? await repositoryRole(gh, history.lastApplied.actor) : null;
  const decision = judgeOverride({
    ...base,
    lastApplied: history.lastApplied,
    role,
    newestPush: newestPush(arrival, history.headRewrites, target.headSha),
  });
  log.info(
    `evalgate: override label present; ${decision.applied ? `applied by ${decision.applied.actor} (${decision.applied.permission})` : decision.ignored.join(' ')}`,
  );
  return decision;
}

/**
 * Who may override comes from the base branch's config, not the PR's: a pull request must not
 * lower the bar for its own override. Without a config on the base branch (the PR that adds
 * evalgate), the defaults apply.
 */
export async function overridePolicy(
  { settings, gh, log }: Shell,
  loaded: LoadedConfig,
  baseRef: string,
): Promise<{ policy: OverridePolicy; notes: ActionNote[] }> {
  const own = loaded.config.overrides;
  let policy = GateConfig.shape.overrides.parse(undefined);
  try {
    const text = await readFileAt(gh, settings.configInRepository, baseRef);
    const parsed = text === null ? null : parseYaml(text, settings.configInRepository);
    const raw = parsed?.ok ? (parsed.value.value as { overrides?: unknown } | null)?.overrides : undefined;
    const base = GateConfig.shape.overrides.safeParse(raw);
    if (base.success) policy = base.data;
  } catch (error) {
    log.warning(
      `evalgate: could not read the base branch's config (${describeError(error)}); the default override policy applies`,
    );
  }
  const changed = own.label !== policy.label || own.min_permission !== policy.min_permission;
  return {
    policy,
    notes: changed
      ? [
          {
            kind: 'override-policy-changed',
            proposed: { label: own.label, minPermission: own.min_permission },
            base: { label: policy.label, minPermission: policy.min_permission },
          },
        ]
      : [],
  };
}
