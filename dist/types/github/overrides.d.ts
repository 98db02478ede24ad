import { type GitHubClient } from './client.js';
export type Role = 'read' | 'triage' | 'write' | 'maintain' | 'admin';
export declare const ROLES: readonly Role[];
/** The labels on an issue or pull request now (the event payload may be older than that). */
export declare function listLabels(gh: GitHubClient, issue: number): Promise<string[]>;
export type RemoveLabelResult = 'removed' | 'absent' | 'forbidden';
export declare function removeLabel(gh: GitHubClient, issue: number, name: string): Promise<RemoveLabelResult>;
export interface LabelHistory {
    /** The newest time the label was applied, and by whom (server-recorded issue events). */
    lastApplied: {
        actor: string;
        actorType: string;
        at: string;
    } | null;
}
/**
 * Who applied `label` and when, from the pull request's issue events — times GitHub
 * recorded, not commit dates, which authors can forge.
 */
export declare function labelHistory(gh: GitHubClient, issue: number, label: string): Promise<LabelHistory>;
/**
 * A user's role on the repository, from the collaborator permission API: the `permissions`
 * flags when present (they distinguish maintain and triage), else `role_name`, else the
 * coarse `permission`. Null when the user has no access or is not a user (an app's bot).
 */
export declare function repositoryRole(gh: GitHubClient, login: string): Promise<Role | null>;
