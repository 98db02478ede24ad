/** Where the fork-PR section of the docs is; notes link to it. */
export declare const FORK_DOCS = "docs/github-action.md#fork-pull-requests";
/**
 * What the action learned while orchestrating that the report should say, as data: the
 * action gathers notes, `renderActionNotes` turns them into trusted Markdown lines under the
 * report. Notes marked `summaryOnly` are for the job summary (what the PR could not be told).
 */
export type ActionNote = {
    kind: 'suites-selected';
    reason: string;
    because: {
        suite: string;
        files: string[];
    }[];
} | {
    kind: 'fork-needs-trusted-stage';
} | {
    kind: 'pr-files-read';
    files: string[];
    sha: string;
    trusted: boolean;
} | {
    kind: 'no-baseline-branch';
} | {
    kind: 'no-trusted-baseline';
    branch: string;
    artifact: string;
    examined: number;
} | {
    kind: 'baseline-not-used';
    runNumber: number;
    url: string;
    reason: string;
} | {
    kind: 'baseline-newer-cancelled';
    runNumber: number;
    url: string;
    cancelled: number;
    newest: {
        runNumber: number;
        url: string;
    };
} | {
    kind: 'override-policy-changed';
    proposed: {
        label: string;
        minPermission: string;
    };
    base: {
        label: string;
        minPermission: string;
    };
} | {
    kind: 'redecided';
    runNumber: number;
    url: string;
} | {
    kind: 'override-for-commit';
    actor: string;
    sha: string;
} | {
    kind: 'gate-change';
    loosened: string[];
    tightened: string[];
    /** The verdict under the PR's proposed gate, when it was evaluated. */
    proposed: {
        verdict: string;
        summary: string;
    } | null;
} | {
    kind: 'gate-from-base';
    baseRef: string;
} | {
    kind: 'awaiting-evaluation';
    label: string;
    sha: string;
    minPermission: string;
} | {
    kind: 'imitated-check';
    name: string;
    count: number;
} | {
    kind: 'fork-read-only';
    summaryOnly: true;
} | {
    kind: 'no-check-run';
    problem: string;
    summaryOnly: true;
} | {
    kind: 'shard';
    index: number;
    count: number;
    summaryOnly: true;
};
/** The notes as trusted Markdown lines, one paragraph each; untrusted parts are escaped here. */
export declare function renderActionNotes(notes: readonly ActionNote[], audience: 'pr' | 'summary'): string[];
