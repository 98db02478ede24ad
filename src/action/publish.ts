import * as core from '@actions/core';
import { resolve } from 'node:path';
import {
  completeCheckRun,
  createCompletedCheckRun,
  CHECK_SUMMARY_LIMIT,
  type CheckOutput,
  type CheckRunRef,
} from '../github/check-run.js';
import { describeError, isPermissionError } from '../github/client.js';
import { COMMENT_BODY_LIMIT, upsertStickyComment } from '../github/comment.js';
import { tokenLogin } from '../github/identity.js';
import { FORK_DOCS, renderActionNotes, type ActionNote } from '../report/action-notes.js';
import { COMMENT_MARKER, renderMarkdown, type RenderOptions } from '../report/markdown.js';
import { writeJunit, writeResults } from '../results/run-file.js';
import type { Run, Verdict } from '../results/run-schema.js';
import { annotationsFor, checkTitle, CONCLUSION, exitCodeOf } from './check-output.js';
import { checkExternalId, workflowRunUrl, type Evaluation, type Shell } from './evaluation.js';
import { repoPath } from './select-suites.js';
import { credentialVariables, redact, redactDeep, secretValues } from './secrets.js';
import { asError } from './verdict-run.js';

export interface ActionResult {
  verdict: Verdict;
  exitCode: 0 | 1;
  resultsPath: string;
  reportPath: string;
  commentUrl: string;
  checkRunId: string;
}

/** The job summary may be up to 1 MiB; the full report fits with room to spare. */
const SUMMARY_BUDGET = 900_000;

/** Renders the report with the notes above its footer, within `limit` characters. */
function render(
  run: Run,
  limit: number,
  notes: readonly ActionNote[],
  audience: 'pr' | 'summary',
  options: RenderOptions,
) {
  return renderMarkdown(run, { ...options, budget: limit, notes: renderActionNotes(notes, audience) });
}

/**
 * Reports a decided Run everywhere it belongs: the check run (conclusion, summary,
 * annotations), the one PR comment, run.json and report.md, and the job summary. Secrets
 * are redacted from all of it. A check run that cannot be completed for a reason other than
 * permissions turns the verdict into `error`: the gate never passes silently.
 */
export async function publish(evaluation: Evaluation, { settings, gh, log }: Shell): Promise<ActionResult> {
  const { target, loaded } = evaluation;
  const secrets = secretValues(
    loaded
      ? credentialVariables(
          loaded,
          loaded.suites.map((s) => s.id),
        )
      : [],
  ).concat(settings.token);
  let run = redactDeep(evaluation.run, secrets);
  const notes: ActionNote[] = [...evaluation.notes];
  const runUrl = workflowRunUrl(settings);
  const links = runUrl ? { run: runUrl, artifact: `${runUrl}#artifacts` } : {};
  const baseline = evaluation.baseline && redactDeep(evaluation.baseline, secrets);
  const reports = !!target && target.canWrite && !settings.shard;
  let check: CheckRunRef | null = evaluation.check;
  let checkProblem = evaluation.checkProblem;
  let commentUrl = '';
  let checkFailure: string | null = null;

  if (reports && !checkProblem) {
    const inRepo = (path: string) => repoPath(settings.runner.workspace, resolve(path));
    const output: CheckOutput = {
      title: checkTitle(run),
      summary: redact(render(run, CHECK_SUMMARY_LIMIT, notes, 'pr', { links, baseline }), secrets),
      annotations: annotationsFor(run, inRepo),
    };
    const conclusion = CONCLUSION[run.decision!.verdict];
    try {
      if (check) await completeCheckRun(gh, check.id, conclusion, output);
      else
        check = await createCompletedCheckRun(
          gh,
          {
            name: settings.checkName,
            headSha: target.headSha,
            externalId: checkExternalId(settings),
            ...(runUrl ? { detailsUrl: runUrl } : {}),
          },
          conclusion,
          output,
        );
      log.info(`evalgate: check run "${settings.checkName}" ${conclusion} on ${target.headSha.slice(0, 7)}`);
    } catch (error) {
      if (isPermissionError(error))
        checkProblem = `could not create the check run (${describeError(error)}); the workflow needs \`permissions: checks: write\``;
      else checkFailure = describeError(error);
      log.warning(`evalgate: ${checkProblem ?? `the check run could not be completed: ${checkFailure}`}`);
    }
  }

  if (reports && target.pr && settings.comment === 'update') {
    try {
      const author = await tokenLogin(gh, check?.appSlug ?? null);
      const body = redact(render(run, COMMENT_BODY_LIMIT, notes, 'pr', { links, marker: true, baseline }), secrets);
      const result = await upsertStickyComment(gh, {
        issue: target.pr.number,
        marker: COMMENT_MARKER,
        author,
        body,
        create: run.decision!.verdict !== 'skipped',
      });
      commentUrl = result.comment?.url ?? '';
      log.info(
        `evalgate: PR comment ${result.action}${result.comment ? `: ${result.comment.url}` : ' (a skipped run only updates an existing comment)'}`,
      );
      if (result.foreign)
        log.info(`evalgate: ${result.foreign} comment(s) by others carry evalgate's marker; they were left alone`);
    } catch (error) {
      log.warning(
        `evalgate: could not ${isPermissionError(error) ? 'comment (the workflow needs `permissions: pull-requests: write`)' : 'update the PR comment'}: ${describeError(error)}`,
      );
    }
  }

  if (checkFailure)
    run = asError(run, 'Could not evaluate: GitHub API failure while completing the check run.', [checkFailure]);

  if (target && !target.canWrite) {
    log.info(
      `evalgate: this pull request comes from a fork, so the workflow token is read-only: no check run or PR comment was posted; the verdict is in the job summary, the outputs and the exit code. To post them, add the trusted pull_request_target stage (${FORK_DOCS}).`,
    );
    notes.unshift({ kind: 'fork-read-only', summaryOnly: true });
  }
  if (checkProblem) notes.push({ kind: 'no-check-run', problem: checkProblem, summaryOnly: true });
  if (settings.shard) notes.push({ kind: 'shard', ...settings.shard, summaryOnly: true });

  const summary = redact(render(run, SUMMARY_BUDGET, notes, 'summary', { links, baseline }), secrets);
  const files = writeResults(resolve('evalgate-results'), run, summary, { baseline });
  if (settings.junit) writeJunit(resolve(settings.junit), run);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();

  const verdict = run.decision!.verdict;
  return {
    verdict,
    exitCode: exitCodeOf(verdict),
    resultsPath: files.runPath,
    reportPath: files.reportPath,
    commentUrl,
    checkRunId: check ? String(check.id) : '',
  };
}
