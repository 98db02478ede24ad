import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { LoadedConfig } from '../config/load.js';
import { formatIssue, InfrastructureError, InputError } from '../core/result.js';
import type { OverrideDecision } from '../gate/decide.js';
import { listChangedFiles, type ChangedFiles } from '../github/changed-files.js';
import { foreignCheckRuns, startCheckRun, type CheckRunRef } from '../github/check-run.js';
import { describeError, isHttpError, isPermissionError } from '../github/client.js';
import { findPreviousResults, type PreviousResults } from '../github/previous-results.js';
import { finalizeRun } from '../pipeline/finalize.js';
import { planSuites } from '../pipeline/plan-suites.js';
import { runGate } from '../pipeline/run-gate.js';
import { FORK_DOCS, type ActionNote } from '../report/action-notes.js';
import type { Run } from '../results/run-schema.js';
import { chooseBaseline, type BaselineChoice } from './baseline-source.js';
import { checkExternalId, workflowRunUrl, type Evaluation, type Log, type Shell, type Target } from './evaluation.js';
import { readEvent, type GateEvent } from './event.js';
import { withGateChange } from './gate-change.js';
import { basePolicy, chooseGate } from './gate-source.js';
import { NO_OVERRIDE } from './override.js';
import { evaluationPermit, gatherOverride } from './override-source.js';
import { reuseProblem } from './reuse.js';
import { missingCredentials } from './secrets.js';
import { selectSuites } from './select-suites.js';
import type { Settings } from './settings.js';
import { resolveTarget } from './target.js';
import { asError, verdictRun } from './verdict-run.js';

/**
 * One invocation of the action, from the event to a decided Run: what to run, the baseline,
 * the override, and the evaluation (or a re-decision from the same commit's results). The
 * check run is started here so the PR shows progress; `publish` reports the result. Never
 * throws for a gate problem: a failure becomes a Run with verdict `error`.
 */
export async function evaluate(settings: Settings, gh: Shell['gh'], log: Log): Promise<Evaluation> {
  const shell: Shell = { settings, gh, log };
  const startedAt = new Date().toISOString();
  let scratchDir: string | undefined;
  // downloads go outside the results directory that the workflow uploads
  const scratch = () => (scratchDir ??= mkdtempSync(join(settings.runner.temp ?? tmpdir(), 'evalgate-')));
  const notes: ActionNote[] = [];
  // what is known so far, for a Run that ends early (skipped or error)
  const known: {
    target: Target | null;
    loaded: LoadedConfig | null;
    tier: string;
    check: CheckRunRef | null;
    baseline: Run | null;
  } = {
    target: null,
    loaded: null,
    tier: settings.tier ?? 'full',
    check: null,
    baseline: null,
  };
  let checkProblem: string | null = null;
  let evaluationMs = 0;
  const finish = (run: Run): Evaluation => ({
    run,
    target: known.target,
    check: known.check,
    checkProblem,
    notes,
    loaded: known.loaded,
    baseline: known.baseline,
    evaluationMs,
  });
  const stopped = (verdict: 'skipped' | 'error', summary: string, reasons: string[] = []) =>
    verdictRun({
      config: known.loaded ? { file: known.loaded.file, hash: known.loaded.hash } : { file: settings.config, hash: '' },
      git: { sha: known.target?.headSha ?? (settings.runner.sha || null), ref: settings.runner.ref || null },
      event: settings.runner.eventName || null,
      pr: known.target?.pr?.number ?? null,
      tier: known.tier,
      startedAt,
      verdict,
      summary,
      reasons,
    });

  const steps = async (): Promise<Run> => {
    const event = readEvent(settings.runner);
    if (event.kind === 'workflow_run') {
      // the fork stage is the base branch's pull_request_target workflow: a workflow_run is started by whatever
      // the PR workflow did (renamed, or awaiting approval with conclusion action_required) and proves nothing
      log.info(
        `evalgate: a workflow_run does not start an evaluation (this one concluded ${event.conclusion ?? 'nothing'}); the fork stage runs on pull_request_target, see ${FORK_DOCS}`,
      );
      return stopped(
        'error',
        `Not evaluated: a workflow_run does not start an evaluation. Run the fork stage on pull_request_target (${FORK_DOCS}).`,
      );
    }
    const target = (known.target = resolveTarget(shell, event));
    if (!target) return stopped('skipped', 'There is no pull request or branch to report on.');
    const tier = (known.tier = settings.tier ?? (target.pr ? 'smoke' : 'full'));

    if (target.trusted && target.fromFork) {
      // nothing of a fork's is read before a maintainer asked for this very commit to be evaluated
      const policy = basePolicy(settings.config);
      const permit = await evaluationPermit(shell, policy, settings.evaluateLabel, event, target);
      if (!permit.permitted) {
        log.info(`evalgate: not evaluating the fork pull request: ${permit.reason}`);
        await startTrustedCheck(target);
        notes.push({
          kind: 'awaiting-evaluation',
          label: settings.evaluateLabel,
          sha: target.headSha,
          minPermission: policy.min_permission,
        });
        return stopped(
          'error',
          `Not evaluated yet: this pull request comes from a fork and waits for a maintainer's ${settings.evaluateLabel} label on commit ${target.headSha.slice(0, 7)}.`,
        );
      }
    }

    // the files the PR changes select its suites and say whether it changes a file the gate is judged by
    const changed = target.pr ? await listChangedFiles(gh, target.pr.number, target.pr.changedFiles) : null;
    const gate = await chooseGate(shell, target, target.trusted, changed);
    const loaded = (known.loaded = gate.loaded);
    notes.push(...gate.notes);

    const selection = chooseSuites(shell, loaded, changed);
    notes.push(...selection.notes);
    const suites = selection.suites;
    if (!suites.length) return stopped('skipped', selection.reason ?? 'No gated files changed.');

    const missing = missingCredentials(loaded, suites);
    if (missing.length && target.fromFork && !target.trusted) {
      const why = `this pull request comes from a fork, and GitHub gives fork pull requests no secrets, so the model credentials (${missing.join(', ')}) are not set`;
      log.info(`evalgate: ${why}; fork-policy is ${settings.forkPolicy}.`);
      notes.push({ kind: 'fork-needs-trusted-stage' });
      if (settings.forkPolicy === 'skip') return stopped('skipped', `Skipped (fork-policy: skip): ${why}.`);
      return stopped('error', `Could not evaluate: ${why}. evalgate fails closed (fork-policy: fail-closed).`);
    }

    await startTrustedCheck(target);
    const [baseline, override, previous] = await Promise.all([
      chooseBaseline(shell, loaded, event, target, scratch),
      target.pr ? gatherOverride(shell, gate.policy, event, target) : NO_OVERRIDE,
      previousResults(shell, loaded, event, target, scratch),
    ]);
    notes.push(...baseline.notes);
    known.baseline = baseline.run;
    if (override.applied)
      notes.push({ kind: 'override-for-commit', actor: override.applied.actor, sha: target.headSha });
    const started = performance.now();
    const gateRun = (config: LoadedConfig, ids: string[]) =>
      runGate({
        loaded: config,
        tier,
        suites: ids,
        shard: settings.shard,
        baseline: baseline.run,
        baselineInfo: baseline.info,
        git: { sha: target.headSha, ref: settings.runner.ref || null },
        event: settings.runner.eventName || null,
        pr: target.pr?.number ?? null,
        override,
        baseBranch: !target.pr,
        ...(settings.cacheDir ? { cacheDir: resolve(settings.cacheDir) } : {}),
        log: (line) => log.info(line),
      });
    try {
      let run: Run | null = null;
      if (previous) {
        run = await redecide(shell, loaded, { tier, suites, target }, previous, baseline, override);
        if (run) notes.push({ kind: 'redecided', runNumber: previous.run.runNumber, url: previous.run.url });
      }
      if (!run) {
        log.info(`evalgate: evaluating ${suites.join(', ')} (tier ${tier})`);
        run = await gateRun(loaded, suites);
      }
      if (!gate.change || (!gate.change.loosened.length && !gate.change.tightened.length)) return run;
      const proposed = gate.proposed ? await proposedVerdict(shell, gate.proposed, changed, gateRun) : null;
      notes.push({ kind: 'gate-change', ...gate.change, proposed });
      return withGateChange(run, gate.change, override);
    } finally {
      evaluationMs = performance.now() - started;
    }
  };

  /** The check run, started so the PR shows progress; on pull_request_target also a look for imitations of it. */
  const startTrustedCheck = async (target: Target) => {
    if (!target.canWrite || settings.shard || known.check || checkProblem) return;
    const started = await startCheck(shell, target);
    known.check = started.check;
    checkProblem = started.problem;
    if (target.trusted && started.check) {
      const others = await foreignCheckRuns(gh, target.headSha, settings.checkName);
      if (others.length) {
        log.warning(
          `evalgate: ${others.length} other check run(s) named "${settings.checkName}" on ${target.headSha.slice(0, 7)} were not created by evalgate's trusted stage`,
        );
        notes.push({ kind: 'imitated-check', name: settings.checkName, count: others.length });
      }
    }
  };

  try {
    return finish(await steps());
  } catch (error) {
    return finish(failedRun(error, log, (summary, reasons) => stopped('error', summary, reasons)));
  }
}

/** The Run for a failure: what was finished is kept, and the verdict is `error` ("could not evaluate"); the report lists why. */
function failedRun(error: unknown, log: Log, errorRun: (summary: string, reasons: string[]) => Run): Run {
  if (error instanceof InputError)
    return errorRun(
      'Could not evaluate: the gate config, a dataset or a prompt has problems.',
      error.issues.map(formatIssue),
    );
  const partial = error instanceof InfrastructureError ? (error as InfrastructureError & { run?: Run }).run : undefined;
  const what = isHttpError(error)
    ? 'GitHub API failure'
    : error instanceof InfrastructureError
      ? 'the model provider failed'
      : 'internal error';
  const detail = isHttpError(error) ? describeError(error) : (error as Error).message;
  log.warning(`evalgate: could not evaluate: ${what}: ${detail}`);
  if (what === 'internal error' && process.env.EVALGATE_DEBUG) log.warning((error as Error).stack ?? '');
  return partial
    ? asError(partial, `Could not evaluate: ${what}.`, [detail])
    : errorRun(`Could not evaluate: ${what}.`, [detail]);
}

/** Suites named by the `suites` input, or those the PR's changes call for; every suite outside PRs. */
function chooseSuites(
  { settings, log }: Shell,
  loaded: LoadedConfig,
  changed: ChangedFiles | null,
): { suites: string[]; reason: string | null; notes: ActionNote[] } {
  if (settings.suites.length) return { suites: settings.suites, reason: null, notes: [] };
  if (!changed) return { suites: loaded.suites.map((s) => s.id), reason: null, notes: [] };
  const selection = selectSuites(loaded, changed, settings.runner.workspace);
  log.info(
    `evalgate: ${changed.files.length} changed file(s); ${selection.suites.length ? `suites ${selection.suites.join(', ')}` : 'no gated files'}`,
  );
  if (!selection.suites.length) return { suites: [], reason: selection.reason, notes: [] };
  return {
    suites: selection.suites,
    reason: selection.reason,
    notes: [{ kind: 'suites-selected', reason: selection.reason, because: selection.because }],
  };
}

async function startCheck(
  { settings, gh, log }: Shell,
  target: Target,
): Promise<{ check: CheckRunRef | null; problem: string | null }> {
  try {
    const url = workflowRunUrl(settings);
    const check = await startCheckRun(gh, {
      name: settings.checkName,
      headSha: target.headSha,
      externalId: checkExternalId(settings),
      ...(url ? { detailsUrl: url } : {}),
    });
    return { check, problem: null };
  } catch (error) {
    if (!isPermissionError(error)) throw error;
    const problem = `could not create the check run (${describeError(error)}); the workflow needs \`permissions: checks: write\``;
    log.warning(`evalgate: ${problem}`);
    return { check: null, problem };
  }
}

/** The verdict under the PR's proposed gate, evaluated beside the base branch's (the same baseline and commit). */
async function proposedVerdict(
  shell: Shell,
  proposed: LoadedConfig,
  changed: ChangedFiles | null,
  gateRun: (config: LoadedConfig, suites: string[]) => Promise<Run>,
): Promise<{ verdict: string; summary: string }> {
  try {
    const { suites } = chooseSuites(shell, proposed, changed);
    if (!suites.length) return { verdict: 'skipped', summary: 'no suite of the proposed gate is affected.' };
    shell.log.info(`evalgate: evaluating the pull request's proposed gate: ${suites.join(', ')}`);
    const run = await gateRun(proposed, suites);
    return { verdict: run.decision!.verdict, summary: run.decision!.summary };
  } catch (error) {
    const message = error instanceof InputError ? error.issues.map(formatIssue).join('; ') : (error as Error).message;
    return { verdict: 'error', summary: `could not evaluate it: ${message}` };
  }
}

/** On labeled/unlabeled: the results an earlier run computed for this commit, if any. */
async function previousResults(
  { settings, gh, log }: Shell,
  loaded: LoadedConfig,
  event: GateEvent,
  target: Target,
  scratch: () => string,
): Promise<PreviousResults | null> {
  if (
    event.kind !== 'pull_request' ||
    !['labeled', 'unlabeled'].includes(event.action) ||
    settings.shard ||
    // a fork's pull_request runs execute the fork's own workflow files, so their uploads prove nothing
    target.fromFork ||
    !target.pr?.headRepository
  )
    return null;
  try {
    return await findPreviousResults(
      gh,
      {
        headSha: target.headSha,
        headBranch: target.pr.headRef,
        headRepository: target.pr.headRepository,
        artifact: loaded.config.baseline.artifact,
        excludeRunId: settings.runner.runId,
      },
      join(scratch(), 'previous'),
    );
  } catch (error) {
    log.warning(`evalgate: could not read this commit's earlier results (${describeError(error)}); evaluating again`);
    return null;
  }
}

/** Re-decides from an earlier run's records of the same commit: no model calls. */
async function redecide(
  { log }: Shell,
  loaded: LoadedConfig,
  what: { tier: string; suites: string[]; target: Target },
  previous: PreviousResults,
  baseline: BaselineChoice,
  override: OverrideDecision,
): Promise<Run | null> {
  const planned = await planSuites(loaded, { tier: what.tier, suites: what.suites });
  const problem = planned.ok
    ? reuseProblem(previous.results, planned.value, loaded, what.tier, what.target.headSha)
    : 'the suites could not be planned';
  if (problem || !planned.ok) {
    log.info(`evalgate: not reusing the results of workflow run ${previous.run.id}: ${problem}`);
    return null;
  }
  log.info(
    `evalgate: re-deciding from the results of workflow run ${previous.run.id} for this commit (no model calls)`,
  );
  return finalizeRun({
    loaded,
    manifest: previous.results.manifest,
    records: previous.results.cases,
    baseline: baseline.run,
    baselineInfo: baseline.info,
    datasetIds: new Map(planned.value.map((s) => [s.config.id, s.allIds])),
    override,
    incomplete: previous.results.incomplete,
  });
}
