import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig, type LoadedConfig } from '../config/load.js';
import { GateConfig } from '../config/schema.js';
import { parseYaml } from '../config/yaml-document.js';
import { formatIssue, InfrastructureError, InputError } from '../core/result.js';
import type { OverrideDecision } from '../gate/decide.js';
import { downloadBaseline, findTrustedBaseline } from '../github/baseline.js';
import { listChangedFiles } from '../github/changed-files.js';
import { startCheckRun, type CheckRunRef } from '../github/check-run.js';
import { describeError, isHttpError, isPermissionError, type GitHubClient } from '../github/client.js';
import { headCommitArrival, labelHistory, listLabels, removeLabel, repositoryRole } from '../github/overrides.js';
import { findPreviousResults, type PreviousResults } from '../github/previous-results.js';
import { findPullRequestForHead, readFileAt, type PullRequestInfo } from '../github/pull-request.js';
import { describeBaseline } from '../pipeline/describe-baseline.js';
import { finalizeRun } from '../pipeline/finalize.js';
import { planSuites } from '../pipeline/plan-suites.js';
import { runGate } from '../pipeline/run-gate.js';
import { inlineCode } from '../report/escape.js';
import { readRunFile } from '../results/run-file.js';
import type { Comparison, Run } from '../results/run-schema.js';
import { readEvent, type GateEvent } from './event.js';
import { judgeOverride, newestPush, NO_OVERRIDE } from './override.js';
import { repoPath, selectSuites } from './select-suites.js';
import { reuseProblem } from './reuse.js';
import { missingCredentials } from './secrets.js';
import type { Settings } from './settings.js';
import { asError, verdictRun } from './verdict-run.js';

export interface Log {
  info(message: string): void;
  warning(message: string): void;
}

export const FORK_DOCS = 'docs/github-action.md#fork-pull-requests';

/** Where the verdict is reported: the PR (if any), the commit the check run goes on, and whether the token may write. */
export interface Target {
  pr: PullRequestInfo | null;
  headSha: string;
  canWrite: boolean;
  fromFork: boolean;
}

/**
 * One invocation of the action, from the event to a decided Run: what to run, the baseline,
 * the override, and the evaluation (or a re-decision from the same commit's results). The
 * check run is started here so the PR shows progress; `publish` reports the Run.
 */
export class GateJob {
  event: GateEvent | undefined;
  target: Target | undefined;
  loaded: LoadedConfig | undefined;
  tier: string;
  check: CheckRunRef | null = null;
  /** Why there is no check run, when the token could not create one. */
  checkProblem: string | null = null;
  /** Trusted Markdown lines shown under the report (comment, check, job summary). */
  readonly notes: string[] = [];
  /** Lines only for the job summary (what the PR could not be told). */
  readonly summaryNotes: string[] = [];
  evaluationMs = 0;
  private scratch: string | undefined;

  constructor(
    readonly settings: Settings,
    readonly gh: GitHubClient,
    readonly log: Log,
    readonly startedAt: string,
  ) {
    this.tier = settings.tier ?? 'full';
  }

  /** Temporary space for downloads, outside the results directory that the workflow uploads. */
  private tmp(): string {
    this.scratch ??= mkdtempSync(join(this.settings.runner.temp ?? tmpdir(), 'evalgate-'));
    return this.scratch;
  }

  get runUrl(): string | undefined {
    const r = this.settings.runner;
    if (!r.runId) return undefined;
    return `${r.serverUrl}/${r.repository}/actions/runs/${r.runId}${r.runAttempt && r.runAttempt > 1 ? `/attempts/${r.runAttempt}` : ''}`;
  }

  async evaluate(): Promise<Run> {
    const { settings, log } = this;
    const event = (this.event = readEvent(settings.runner));
    const target = await this.resolveTarget(event);
    if (!target)
      return this.skipped(
        'The pull request this workflow_run belongs to is no longer open at that commit; nothing to report.',
      );
    this.target = target;
    this.tier = settings.tier ?? (target.pr ? 'smoke' : 'full');

    const loaded = loadConfig(settings.config);
    if (!loaded.ok) throw new InputError(loaded.issues);
    this.loaded = loaded.value;

    const { suites, reason } = await this.chooseSuites(loaded.value, target);
    if (!suites.length) return this.skipped(reason ?? 'No gated files changed.');

    const missing = missingCredentials(loaded.value, suites);
    if (missing.length && target.fromFork && event.kind === 'pull_request') {
      const why = `this pull request comes from a fork, and GitHub gives fork pull requests no secrets, so the model credentials (${missing.join(', ')}) are not set`;
      log.info(`evalgate: ${why}; fork-policy is ${settings.forkPolicy}.`);
      this.notes.push(
        `To evaluate pull requests from forks, use the trusted two-stage \`workflow_run\` workflow described in [${FORK_DOCS}](${this.docsUrl()}); it reads the PR's prompt and dataset files as data and never runs PR code with secrets.`,
      );
      if (settings.forkPolicy === 'skip') return this.skipped(`Skipped (fork-policy: skip): ${why}.`);
      return this.errorRun(`Could not evaluate: ${why}. evalgate fails closed (fork-policy: fail-closed).`, []);
    }

    if (event.kind === 'workflow_run') await this.readPullRequestFiles(loaded.value, suites, target);
    if (target.canWrite && !settings.shard) await this.startCheck(target);

    const [baseline, override, previous] = await Promise.all([
      this.baseline(loaded.value, target),
      this.override(loaded.value, target),
      this.previousResults(loaded.value, target),
    ]);
    const started = performance.now();
    try {
      if (previous) {
        const redecided = await this.redecide(loaded.value, suites, previous, baseline, override);
        if (redecided) return redecided;
      }
      log.info(`evalgate: evaluating ${suites.join(', ')} (tier ${this.tier})`);
      return await runGate({
        loaded: loaded.value,
        tier: this.tier,
        suites,
        shard: settings.shard,
        baseline: baseline.run,
        baselineInfo: baseline.info,
        git: { sha: target.headSha, ref: settings.runner.ref || null },
        event: settings.runner.eventName || null,
        pr: target.pr?.number ?? null,
        override,
        baseBranch: !target.pr,
        ...(settings.cacheDir ? { cacheDir: resolve(settings.cacheDir) } : {}),
      });
    } finally {
      this.evaluationMs = performance.now() - started;
    }
  }

  /** The Run for a failure: what was finished is kept, and the verdict is `error` ("could not evaluate"); the report lists why. */
  failed(error: unknown): Run {
    if (error instanceof InputError) {
      return this.errorRun(
        'Could not evaluate: the gate config, a dataset or a prompt has problems.',
        error.issues.map(formatIssue),
      );
    }
    const partial =
      error instanceof InfrastructureError ? (error as InfrastructureError & { run?: Run }).run : undefined;
    const what = isHttpError(error)
      ? 'GitHub API failure'
      : error instanceof InfrastructureError
        ? 'the model provider failed'
        : 'internal error';
    const detail = isHttpError(error) ? describeError(error) : (error as Error).message;
    this.log.warning(`evalgate: could not evaluate: ${what}: ${detail}`);
    if (what === 'internal error' && process.env.EVALGATE_DEBUG) this.log.warning((error as Error).stack ?? '');
    return partial
      ? asError(partial, `Could not evaluate: ${what}.`, [detail])
      : this.errorRun(`Could not evaluate: ${what}.`, [detail]);
  }

  private docsUrl(): string {
    return 'https://github.com/evalgate/evalgate/blob/main/docs/github-action.md#fork-pull-requests';
  }

  private base() {
    return {
      config: this.loaded
        ? { file: this.loaded.file, hash: this.loaded.hash }
        : { file: this.settings.config, hash: '' },
      git: { sha: this.target?.headSha ?? (this.settings.runner.sha || null), ref: this.settings.runner.ref || null },
      event: this.settings.runner.eventName || null,
      pr: this.target?.pr?.number ?? null,
      tier: this.tier,
      startedAt: this.startedAt,
    };
  }

  private skipped(summary: string): Run {
    return verdictRun({ ...this.base(), verdict: 'skipped', summary });
  }

  private errorRun(summary: string, reasons: string[]): Run {
    return verdictRun({ ...this.base(), verdict: 'error', summary, reasons });
  }

  private async resolveTarget(event: GateEvent): Promise<Target | null> {
    const runner = this.settings.runner;
    if (event.kind === 'pull_request') {
      this.log.info(
        `evalgate: pull request #${event.pull.number} (${event.action || event.name}) at ${event.pull.headSha.slice(0, 7)}${event.fromFork ? ` from the fork ${event.pull.headRepository ?? '(deleted)'}` : ''}`,
      );
      return { pr: event.pull, headSha: event.pull.headSha, canWrite: !event.fromFork, fromFork: event.fromFork };
    }
    if (event.kind === 'workflow_run') {
      const pr = await findPullRequestForHead(this.gh, {
        owner: event.headOwner,
        branch: event.headBranch,
        sha: event.headSha,
      });
      if (!pr) return null;
      this.log.info(
        `evalgate: trusted workflow_run for pull request #${pr.number} at ${event.headSha.slice(0, 7)} from ${event.headRepository}`,
      );
      return {
        pr,
        headSha: event.headSha,
        canWrite: true,
        fromFork: pr.headRepository?.toLowerCase() !== runner.repository.toLowerCase(),
      };
    }
    this.log.info(`evalgate: ${event.name || 'run'} on ${event.ref || 'no ref'} at ${event.sha.slice(0, 7)}`);
    return { pr: null, headSha: event.sha, canWrite: true, fromFork: false };
  }

  /** Suites named by the `suites` input, or those the PR's changes call for; every suite outside PRs. */
  private async chooseSuites(
    loaded: LoadedConfig,
    target: Target,
  ): Promise<{ suites: string[]; reason: string | null }> {
    if (this.settings.suites.length) return { suites: this.settings.suites, reason: null };
    if (!target.pr) return { suites: loaded.suites.map((s) => s.id), reason: null };
    const changed = await listChangedFiles(this.gh, target.pr.number, target.pr.changedFiles);
    const selection = selectSuites(loaded, changed, this.settings.runner.workspace);
    this.log.info(
      `evalgate: ${changed.files.length} changed file(s); ${selection.suites.length ? `suites ${selection.suites.join(', ')}` : 'no gated files'}`,
    );
    if (!selection.suites.length) return { suites: [], reason: selection.reason };
    this.notes.push(selection.reason);
    for (const b of selection.because) {
      const shown = b.files.slice(0, 10).map(inlineCode).join(', ');
      this.notes.push(
        `- ${inlineCode(b.suite)}: ${shown}${b.files.length > 10 ? ` and ${b.files.length - 10} more` : ''}`,
      );
    }
    this.notes.push('');
    return { suites: selection.suites, reason: selection.reason };
  }

  /**
   * The trusted second stage of a fork PR: the gate config and all code come from the base
   * branch checkout; the PR's prompt and dataset of each suite are read from the PR's head
   * commit through the API, as data, and written over the base branch's copies.
   */
  private async readPullRequestFiles(loaded: LoadedConfig, suites: string[], target: Target): Promise<void> {
    const replaced: string[] = [];
    for (const suite of loaded.suites.filter((s) => suites.includes(s.id))) {
      for (const absolute of [suite.promptPath, suite.datasetPath]) {
        const path = repoPath(this.settings.runner.workspace, absolute);
        if (!path) continue;
        const text = await readFileAt(this.gh, path, target.headSha);
        if (text === null) continue;
        writeFileSync(absolute, text);
        replaced.push(path);
      }
    }
    this.notes.push(
      `Evaluated the pull request's ${replaced.map(inlineCode).join(', ') || 'files'} at ${inlineCode(target.headSha.slice(0, 7))}, read as data, with the base branch's gate config and code (trusted \`workflow_run\`).`,
      '',
    );
  }

  private async startCheck(target: Target): Promise<void> {
    try {
      this.check = await startCheckRun(this.gh, {
        name: this.settings.checkName,
        headSha: target.headSha,
        ...(this.runUrl ? { detailsUrl: this.runUrl } : {}),
      });
    } catch (error) {
      if (!isPermissionError(error)) throw error;
      this.checkProblem = `could not create the check run (${describeError(error)}); the workflow needs \`permissions: checks: write\``;
      this.log.warning(`evalgate: ${this.checkProblem}`);
    }
  }

  private async baseline(
    loaded: LoadedConfig,
    target: Target,
  ): Promise<{ run: Run | null; info: Comparison['baseline'] }> {
    const none = { run: null, info: null };
    if (this.settings.baseline) {
      const file = readRunFile(resolve(this.settings.baseline));
      if (!file.ok) throw new InputError(file.issues);
      return { run: file.value, info: describeBaseline(file.value, `file ${this.settings.baseline}`) };
    }
    const event = this.event!;
    const branch =
      loaded.config.baseline.branch ?? (target.pr ? target.pr.baseRef : event.kind === 'branch' ? event.branch : null);
    const artifact = loaded.config.baseline.artifact;
    if (!branch) {
      this.notes.push('No baseline: this run is not on a branch, so there is no base branch to compare with.');
      return none;
    }
    const search = await findTrustedBaseline(this.gh, { branch, artifact, excludeRunId: this.settings.runner.runId });
    if (!search.candidate) {
      this.notes.push(
        `No trusted baseline: no successful push or schedule run of ${inlineCode(branch)} in this repository holds an artifact named ${inlineCode(artifact)} (looked at ${search.examined} run${search.examined === 1 ? '' : 's'}). Absolute rules were applied; regression rules report "no baseline".`,
      );
      this.log.info(
        `evalgate: no trusted baseline on ${branch}${search.passedOver.length ? `; passed over: ${search.passedOver.slice(0, 5).join('; ')}` : ''}`,
      );
      return none;
    }
    const { run } = search.candidate;
    const download = await downloadBaseline(this.gh, search.candidate, join(this.tmp(), 'baseline'));
    if (!download.ok) {
      this.notes.push(
        `The newest trusted baseline, [workflow run #${run.runNumber}](${run.url}), was not used: ${download.reason.replace(/[<>]/g, '')}.`,
      );
      return none;
    }
    this.log.info(
      `evalgate: baseline from workflow run ${run.id} (${run.event} to ${branch}) at ${run.headSha.slice(0, 7)}`,
    );
    return {
      run: download.run,
      info: {
        source: `workflow run #${run.runNumber} (${run.event} to ${branch})`,
        git_sha: run.headSha,
        ref: `refs/heads/${branch}`,
        created_at: run.updatedAt,
        run_url: run.url,
      },
    };
  }

  /** The override label's standing: removed on synchronize, else judged from events, permission and push times. */
  private async override(loaded: LoadedConfig, target: Target): Promise<OverrideDecision> {
    const event = this.event!;
    if (!target.pr || event.kind === 'branch') return NO_OVERRIDE;
    const { label, min_permission: minPermission } = await this.overridePolicy(loaded, target.pr.baseRef);
    const labels = await listLabels(this.gh, target.pr.number);
    if (!labels.includes(label)) return NO_OVERRIDE;
    const base = { label, minPermission, present: true, lastApplied: null, role: null, newestPush: null };
    if (event.kind === 'pull_request' && event.action === 'synchronize') {
      const removal = target.canWrite ? await removeLabel(this.gh, target.pr.number, label) : 'forbidden';
      this.log.info(
        `evalgate: new commits were pushed; override label ${removal === 'removed' ? 'removed' : 'could not be removed'}`,
      );
      return removal === 'absent' ? NO_OVERRIDE : judgeOverride({ ...base, removal });
    }
    const [history, arrival] = await Promise.all([
      labelHistory(this.gh, target.pr.number, label),
      target.pr.headRepository
        ? headCommitArrival(this.gh, {
            headSha: target.headSha,
            headBranch: target.pr.headRef,
            headRepository: target.pr.headRepository,
          })
        : Promise.resolve(null),
    ]);
    const role = history.lastApplied ? await repositoryRole(this.gh, history.lastApplied.actor) : null;
    const decision = judgeOverride({
      ...base,
      lastApplied: history.lastApplied,
      role,
      newestPush: newestPush(arrival, history.headRewrites, target.headSha),
    });
    this.log.info(
      `evalgate: override label present; ${decision.applied ? `applied by ${decision.applied.actor} (${decision.applied.permission})` : decision.ignored.join(' ')}`,
    );
    return decision;
  }

  /**
   * Who may override comes from the base branch's config, not the PR's: a pull request must not
   * lower the bar for its own override. Without a config on the base branch (the PR that adds
   * evalgate), the defaults apply.
   */
  private async overridePolicy(loaded: LoadedConfig, baseRef: string): Promise<LoadedConfig['config']['overrides']> {
    const own = loaded.config.overrides;
    let policy = GateConfig.shape.overrides.parse(undefined);
    try {
      const text = await readFileAt(this.gh, this.settings.configInRepository, baseRef);
      const parsed = text === null ? null : parseYaml(text, this.settings.configInRepository);
      const raw = parsed?.ok ? (parsed.value.value as { overrides?: unknown } | null)?.overrides : undefined;
      const base = GateConfig.shape.overrides.safeParse(raw);
      if (base.success) policy = base.data;
    } catch (error) {
      this.log.warning(
        `evalgate: could not read the base branch's config (${describeError(error)}); the default override policy applies`,
      );
    }
    if (own.label !== policy.label || own.min_permission !== policy.min_permission) {
      this.notes.push(
        `This pull request changes the override policy (label ${inlineCode(own.label)}, ${own.min_permission} or higher); the base branch's policy (label ${inlineCode(policy.label)}, ${policy.min_permission} or higher) applies until it is merged.`,
        '',
      );
    }
    return policy;
  }

  /** On labeled/unlabeled: the results an earlier run computed for this commit, if any. */
  private async previousResults(loaded: LoadedConfig, target: Target): Promise<PreviousResults | null> {
    const event = this.event!;
    if (
      event.kind !== 'pull_request' ||
      !['labeled', 'unlabeled'].includes(event.action) ||
      this.settings.shard ||
      !target.pr?.headRepository
    )
      return null;
    try {
      return await findPreviousResults(
        this.gh,
        {
          headSha: target.headSha,
          headBranch: target.pr.headRef,
          headRepository: target.pr.headRepository,
          artifact: loaded.config.baseline.artifact,
          excludeRunId: this.settings.runner.runId,
        },
        join(this.tmp(), 'previous'),
      );
    } catch (error) {
      this.log.warning(
        `evalgate: could not read this commit's earlier results (${describeError(error)}); evaluating again`,
      );
      return null;
    }
  }

  /** Re-decides from an earlier run's records of the same commit: no model calls. */
  private async redecide(
    loaded: LoadedConfig,
    suites: string[],
    previous: PreviousResults,
    baseline: { run: Run | null; info: Comparison['baseline'] },
    override: OverrideDecision,
  ): Promise<Run | null> {
    const planned = await planSuites(loaded, { tier: this.tier, suites });
    const problem = planned.ok
      ? reuseProblem(previous.results, planned.value, loaded, this.tier, this.target!.headSha)
      : 'the suites could not be planned';
    if (problem) {
      this.log.info(`evalgate: not reusing the results of workflow run ${previous.run.id}: ${problem}`);
      return null;
    }
    if (!planned.ok) return null;
    this.log.info(
      `evalgate: re-deciding from the results of workflow run ${previous.run.id} for this commit (no model calls)`,
    );
    this.notes.push(
      `Re-decided after a label change from the results of [workflow run #${previous.run.runNumber}](${previous.run.url}) for this commit; no model was called again.`,
      '',
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
}
