import { escapeInline, inlineCode } from './escape.js';

/** Where the fork-PR section of the docs is; notes link to it. */
export const FORK_DOCS = 'docs/github-action.md#fork-pull-requests';
const FORK_DOCS_URL = 'https://github.com/evalgate/evalgate/blob/main/docs/github-action.md#fork-pull-requests';

/**
 * What the action learned while orchestrating that the report should say, as data: the
 * action gathers notes, `renderActionNotes` turns them into trusted Markdown lines under the
 * report. Notes marked `summaryOnly` are for the job summary (what the PR could not be told).
 */
export type ActionNote =
  | { kind: 'suites-selected'; reason: string; because: { suite: string; files: string[] }[] }
  | { kind: 'fork-needs-trusted-stage' }
  | { kind: 'pr-files-read'; files: string[]; sha: string; trusted: boolean }
  | { kind: 'no-baseline-branch' }
  | { kind: 'no-trusted-baseline'; branch: string; artifact: string; examined: number }
  | { kind: 'baseline-not-used'; runNumber: number; url: string; reason: string }
  | {
      kind: 'baseline-newer-cancelled';
      runNumber: number;
      url: string;
      cancelled: number;
      newest: { runNumber: number; url: string };
    }
  | {
      kind: 'override-policy-changed';
      proposed: { label: string; minPermission: string };
      base: { label: string; minPermission: string };
    }
  | { kind: 'redecided'; runNumber: number; url: string }
  | { kind: 'override-for-commit'; actor: string; sha: string }
  | {
      kind: 'gate-change';
      loosened: string[];
      tightened: string[];
      /** The verdict under the PR's proposed gate, when it was evaluated. */
      proposed: { verdict: string; summary: string } | null;
    }
  | { kind: 'gate-from-base'; baseRef: string }
  | { kind: 'awaiting-evaluation'; label: string; sha: string; minPermission: string }
  | { kind: 'imitated-check'; name: string; count: number }
  | { kind: 'fork-read-only'; summaryOnly: true }
  | { kind: 'no-check-run'; problem: string; summaryOnly: true }
  | { kind: 'shard'; index: number; count: number; summaryOnly: true };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function noteLines(note: ActionNote): string[] {
  switch (note.kind) {
    case 'suites-selected':
      return [
        note.reason,
        ...note.because.map((b) => {
          const shown = b.files.slice(0, 10).map(inlineCode).join(', ');
          return `- ${inlineCode(b.suite)}: ${shown}${b.files.length > 10 ? ` and ${b.files.length - 10} more` : ''}`;
        }),
      ];
    case 'fork-needs-trusted-stage':
      return [
        `To evaluate pull requests from forks, use the trusted \`pull_request_target\` stage described in [${FORK_DOCS}](${FORK_DOCS_URL}); it reads the PR's prompt and dataset files as data and never runs PR code with secrets.`,
      ];
    case 'pr-files-read':
      return [
        `Evaluated the pull request's ${note.files.map(inlineCode).join(', ')} at ${inlineCode(note.sha.slice(0, 7))}, read as data${note.trusted ? ", with the base branch's gate config and code" : ''}.`,
      ];
    case 'no-baseline-branch':
      return ['No baseline: this run is not on a branch, so there is no base branch to compare with.'];
    case 'no-trusted-baseline':
      return [
        `No trusted baseline: no successful push or schedule run of ${inlineCode(note.branch)} in this repository holds an artifact named ${inlineCode(note.artifact)} (looked at ${plural(note.examined, 'run')}). Absolute rules were applied; regression rules report "no baseline".`,
      ];
    case 'baseline-not-used':
      return [
        `The newest trusted baseline, [workflow run #${note.runNumber}](${note.url}), was not used: ${note.reason.replace(/[<>]/g, '')}.`,
      ];
    case 'baseline-newer-cancelled':
      return [
        `**Note:** the baseline is [workflow run #${note.runNumber}](${note.url}), but ${plural(note.cancelled, 'newer run')} of the baseline workflow on the base branch ${note.cancelled === 1 ? 'was' : 'were'} cancelled (newest: [#${note.newest.runNumber}](${note.newest.url})), so this baseline may be older than the branch. Someone with write access can cancel baseline runs to make an older one count; re-run the newest one.`,
      ];
    case 'override-policy-changed':
      return [
        `This pull request changes the override policy (label ${inlineCode(note.proposed.label)}, ${note.proposed.minPermission} or higher); the base branch's policy (label ${inlineCode(note.base.label)}, ${note.base.minPermission} or higher) applies until it is merged.`,
      ];
    case 'redecided':
      return [
        `Re-decided after a label change from the results of [workflow run #${note.runNumber}](${note.url}) for this commit; no model was called again.`,
      ];
    case 'override-for-commit':
      return [
        `The override by @${note.actor.replace(/[^\w-]/g, '')} holds for commit ${inlineCode(note.sha.slice(0, 7))} only, the head it was applied to; any later push voids it.`,
      ];
    case 'gate-from-base':
      return [
        `Judged by the gate config of the base branch ${inlineCode(note.baseRef)}: a pull request's changes to suites, rules, thresholds, scorers and the baseline apply after it is merged.`,
      ];
    case 'gate-change': {
      const lines: string[] = [];
      if (note.loosened.length)
        lines.push(
          `**This pull request loosens the gate**, so the check fails until a maintainer overrides it:`,
          ...note.loosened.map((l) => `- ${escapeInline(l, 400)}`),
        );
      if (note.tightened.length)
        lines.push(
          `This pull request tightens the gate (applies after merge):`,
          ...note.tightened.map((l) => `- ${escapeInline(l, 400)}`),
        );
      if (note.proposed)
        lines.push(
          `Under the pull request's proposed gate: **${note.proposed.verdict.toUpperCase()}** — ${escapeInline(note.proposed.summary, 500)}`,
        );
      return lines;
    }
    case 'awaiting-evaluation':
      return [
        `Not evaluated yet: a pull request from a fork is evaluated only after a user with ${note.minPermission} permission or higher applies the ${inlineCode(note.label)} label to its head commit ${inlineCode(note.sha.slice(0, 7))}; a later push needs the label again.`,
      ];
    case 'imitated-check':
      return [
        `**Warning:** ${plural(note.count, 'other check run')} named ${inlineCode(note.name)} on this commit ${note.count === 1 ? 'was' : 'were'} not created by this stage; a pull request's own workflow may be imitating the gate. See the threat model in docs/github-action.md.`,
      ];
    case 'fork-read-only':
      return [
        `> [!NOTE]\n> This pull request comes from a fork, so the workflow token is read-only: evalgate could not post a check run or a PR comment. This summary, the outputs and the exit code carry the verdict. The trusted \`pull_request_target\` stage in ${FORK_DOCS} posts them from the base repository.`,
      ];
    case 'no-check-run':
      return [`No check run: ${note.problem}.`];
    case 'shard':
      return [
        `Shard ${note.index}/${note.count}: these results are partial; combine the shards' run.json files with \`evalgate merge\`.`,
      ];
  }
}

/** The notes as trusted Markdown lines, one paragraph each; untrusted parts are escaped here. */
export function renderActionNotes(notes: readonly ActionNote[], audience: 'pr' | 'summary'): string[] {
  const chosen = notes.filter((n) => audience === 'summary' || !('summaryOnly' in n));
  return chosen.flatMap((n, i) => [...(i ? [''] : []), ...noteLines(n)]);
}
