import { isHttpError, isPermissionError, type GitHubClient } from './client.js';

export type Role = 'read' | 'triage' | 'write' | 'maintain' | 'admin';
export const ROLES: readonly Role[] = ['read', 'triage', 'write', 'maintain', 'admin'];

/** The labels on an issue or pull request now (the event payload may be older than that). */
export async function listLabels(gh: GitHubClient, issue: number): Promise<string[]> {
  const labels = await gh.octokit.paginate(gh.octokit.rest.issues.listLabelsOnIssue, {
    ...gh.repo,
    issue_number: issue,
    per_page: 100,
  });
  return labels.map((l) => l.name);
}

export type RemoveLabelResult = 'removed' | 'absent' | 'forbidden';

export async function removeLabel(gh: GitHubClient, issue: number, name: string): Promise<RemoveLabelResult> {
  try {
    await gh.octokit.rest.issues.removeLabel({ ...gh.repo, issue_number: issue, name });
    return 'removed';
  } catch (error) {
    if (isPermissionError(error)) return 'forbidden';
    if (isHttpError(error) && error.status === 404) return 'absent';
    throw error;
  }
}

export interface LabelHistory {
  /** The newest time the label was applied, and by whom (server-recorded issue events). */
  lastApplied: { actor: string; actorType: string; at: string } | null;
}

/**
 * Who applied `label` and when, from the pull request's issue events — times GitHub
 * recorded, not commit dates, which authors can forge.
 */
export async function labelHistory(gh: GitHubClient, issue: number, label: string): Promise<LabelHistory> {
  const events = await gh.octokit.paginate(gh.octokit.rest.issues.listEvents, {
    ...gh.repo,
    issue_number: issue,
    per_page: 100,
  });
  let lastApplied: LabelHistory['lastApplied'] = null;
  for (const e of events) {
    if (e.event === 'labeled' && (e as { label?: { name?: string } }).label?.name === label && e.actor) {
      if (!lastApplied || Date.parse(e.created_at) >= Date.parse(lastApplied.at))
        lastApplied = { actor: e.actor.login, actorType: e.actor.type ?? 'User', at: e.created_at };
    }
  }
  return { lastApplied };
}

/**
 * A user's role on the repository, from the collaborator permission API: the `permissions`
 * flags when present (they distinguish maintain and triage), else `role_name`, else the
 * coarse `permission`. Null when the user has no access or is not a user (an app's bot).
 */
export async function repositoryRole(gh: GitHubClient, login: string): Promise<Role | null> {
  try {
    const { data } = await gh.octokit.rest.repos.getCollaboratorPermissionLevel({ ...gh.repo, username: login });
    const flags = data.user?.permissions as
      Partial<Record<'admin' | 'maintain' | 'push' | 'triage' | 'pull', boolean>> | undefined;
    if (flags) {
      if (flags.admin) return 'admin';
      if (flags.maintain) return 'maintain';
      if (flags.push) return 'write';
      if (flags.triage) return 'triage';
      if (flags.pull) return 'read';
    }
    if ((ROLES as readonly string[]).includes(data.role_name)) return data.role_name as Role;
    if ((ROLES as readonly string[]).includes(data.permission)) return data.permission as Role;
    return null;
  } catch (error) {
    if (isHttpError(error) && error.status === 404) return null;
    throw error;
  }
}
