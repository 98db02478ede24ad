import * as core from '@actions/core';
import { resolve } from 'node:path';
import {
  completeCheckRun,
  createCompletedCheckRun,
  CHECK_SUMMARY_LIMIT,
  type CheckOutput,
} from '../github/check-run.js';
import { describeError, isPermissionError } from '../github/client.js';
import { COMMENT_BODY_LIMIT, upsertStickyComment } from '../github/comment.js';
import { tokenLogin } from '../github/identity.js';
import { COMMENT_MARKER, renderMarkdown, type RenderOptions } from '../report/markdown.js';
import { writeJunit, writeResults } from '../results/run-file.js';
import type { Run, Verdict } from '../results/run-schema.js';
import { annotationsFor, checkTitle, CONCLUSION, exitCodeOf } from './check-output.js';
import { FORK_DOCS, type GateJob } from './gate-job.js';
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

/** Inserts trusted lines above the report's footer line. */
export function withNotes(markdown: string, notes: readonly string[]): string {
  if (!notes.length) return markdown;
  const lines = markdown.trimEnd().split('\n');
  let at = lines.findLastIndex((l) => l.startsWith('<sub>evalgate'));
  if (at < 0) at = lines.length;
  lines.splice(at, 0, '', ...notes, '');
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** Renders within `limit` characters, notes included. */
function render(run: Run, limit: number, notes: readonly string[], options: RenderOptions): string {
  const reserve = notes.join('\n').length + 200;
  return withNotes(renderMarkdown(run, { ...options, budget: limit - reserve }), notes);
}

/**
 * Reports a decided Run everywhere it belongs: the check run (conclusion, summary,
 * annotations), the one PR comment, run.json and report.md, and the job summary. Secrets
 * are redacted from all of it. A check run that cannot be completed for a reason other than
 * permissions turns the verdict into `error`: the gate never passes silently.
 */
export async function publish(job: GateJob, decided: Run): Promise<ActionResult> {
  const { settings, gh, log, target } = job;
  const secrets = secretValues(
    job.loaded
      ? credentialVariables(
          job.loaded,
          job.loaded.suites.map((s) => s.id),
        )
      : [],
  ).concat(settings.token);
  let run = redactDeep(decided, secrets);
  const notes = job.notes.map((n) => redact(n, secrets));
  const links = job.runUrl ? { run: job.runUrl, artifact: `${job.runUrl}#artifacts` } : {};
  const reports = !!target && target.canWrite && !settings.shard;
  let checkRunId = job.check ? String(job.check.id) : '';
  let commentUrl = '';
  let checkFailure: string | null = null;

  if (reports && !job.checkProblem) {
    const inRepo = (path: string) => repoPath(settings.runner.workspace, resolve(path));
    const output: CheckOutput = {
      title: checkTitle(run),
      summary: redact(render(run, CHECK_SUMMARY_LIMIT, notes, { links }), secrets),
      annotations: annotationsFor(run, inRepo),
    };
    try {
      if (job.check) await completeCheckRun(gh, job.check.id, CONCLUSION[run.decision!.verdict], output);
      else
        job.check = await createCompletedCheckRun(
          gh,
          { name: settings.checkName, headSha: target.headSha, ...(job.runUrl ? { detailsUrl: job.runUrl } : {}) },
          CONCLUSION[run.decision!.verdict],
          output,
        );
      checkRunId = String(job.check.id);
      log.info(
        `evalgate: check run "${settings.checkName}" ${CONCLUSION[run.decision!.verdict]} on ${target.headSha.slice(0, 7)}`,
      );
    } catch (error) {
      if (isPermissionError(error))
        job.checkProblem = `could not create the check run (${describeError(error)}); the workflow needs \`permissions: checks: write\``;
      else checkFailure = describeError(error);
      log.warning(`evalgate: ${job.checkProblem ?? `the check run could not be completed: ${checkFailure}`}`);
    }
  }

  if (reports && target.pr && settings.comment === 'update') {
    try {
      const author = await tokenLogin(gh, job.check?.appSlug ?? null);
      const body = redact(render(run, COMMENT_BODY_LIMIT, notes, { links, marker: true }), secrets);
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

  const summaryNotes = [...notes];
  if (target && !target.canWrite) {
    log.info(
      `evalgate: this pull request comes from a fork, so the workflow token is read-only: no check run or PR comment was posted; the verdict is in the job summary, the outputs and the exit code. To post them, add the trusted workflow_run stage (${FORK_DOCS}).`,
    );
    summaryNotes.unshift(
      `> [!NOTE]\n> This pull request comes from a fork, so the workflow token is read-only: evalgate could not post a check run or a PR comment. This summary, the outputs and the exit code carry the verdict. The trusted two-stage \`workflow_run\` pattern in ${FORK_DOCS} posts them from the base repository.`,
      '',
    );
  }
  if (job.checkProblem) summaryNotes.push(`No check run: ${job.checkProblem}.`);
  if (settings.shard)
    summaryNotes.push(
      `Shard ${settings.shard.index}/${settings.shard.count}: these results are partial; combine the shards' run.json files with \`evalgate merge\`.`,
    );

  const summary = redact(render(run, SUMMARY_BUDGET, summaryNotes, { links }), secrets);
  const files = writeResults(resolve('evalgate-results'), run, summary);
  if (settings.junit) writeJunit(resolve(settings.junit), run);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();

  const verdict = run.decision!.verdict;
  return {
    verdict,
    exitCode: exitCodeOf(verdict),
    resultsPath: files.runPath,
    reportPath: files.reportPath,
    commentUrl,
    checkRunId,
  };
}
