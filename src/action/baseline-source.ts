import { join, resolve } from 'node:path';
import type { LoadedConfig } from '../config/load.js';
import { InputError } from '../core/result.js';
import { downloadBaseline, findTrustedBaseline } from '../github/baseline.js';
import { describeBaseline } from '../pipeline/describe-baseline.js';
import type { ActionNote } from '../report/action-notes.js';
import { readRunFile } from '../results/run-file.js';
import type { Comparison, Run } from '../results/run-schema.js';
import type { GateEvent } from './event.js';
import type { Shell, Target } from './evaluation.js';

export interface BaselineChoice {
  run: Run | null;
  info: Comparison['baseline'];
  notes: ActionNote[];
}

/** The `baseline` input's file, else the newest trusted run of the base branch; the notes say what happened. */
export async function chooseBaseline(
  { settings, gh, log }: Shell,
  loaded: LoadedConfig,
  event: GateEvent,
  target: Target,
  scratch: () => string,
): Promise<BaselineChoice> {
  if (settings.baseline) {
    const file = readRunFile(resolve(settings.baseline));
    if (!file.ok) throw new InputError(file.issues);
    return { run: file.value, info: describeBaseline(file.value, `file ${settings.baseline}`), notes: [] };
  }
  const none = (note: ActionNote): BaselineChoice => ({ run: null, info: null, notes: [note] });
  const branch =
    loaded.config.baseline.branch ?? (target.pr ? target.pr.baseRef : event.kind === 'branch' ? event.branch : null);
  const artifact = loaded.config.baseline.artifact;
  if (!branch) return none({ kind: 'no-baseline-branch' });
  const workflow = loaded.config.baseline.workflow?.replace(/^\.\//, '') ?? settings.baselineWorkflow;
  const search = await findTrustedBaseline(gh, { branch, artifact, workflow, excludeRunId: settings.runner.runId });
  if (!search.candidate) {
    log.info(
      `evalgate: no trusted baseline on ${branch}${search.passedOver.length ? `; passed over: ${search.passedOver.slice(0, 5).join('; ')}` : ''}`,
    );
    return none({ kind: 'no-trusted-baseline', branch, artifact, examined: search.examined });
  }
  const { run } = search.candidate;
  if (search.passedOver.length)
    log.info(`evalgate: newer runs passed over for the baseline: ${search.passedOver.slice(0, 5).join('; ')}`);
  const download = await downloadBaseline(gh, search.candidate, join(scratch(), 'baseline'));
  if (!download.ok)
    return none({ kind: 'baseline-not-used', runNumber: run.runNumber, url: run.url, reason: download.reason });
  log.info(`evalgate: baseline from workflow run ${run.id} (${run.event} to ${branch}) at ${run.headSha.slice(0, 7)}`);
  const [newest] = search.cancelledSince;
  return {
    run: download.run,
    info: {
      source: `workflow run #${run.runNumber} (${run.event} to ${branch})`,
      git_sha: run.headSha,
      ref: `refs/heads/${branch}`,
      created_at: run.updatedAt,
      run_url: run.url,
    },
    notes: newest
      ? [
          {
            kind: 'baseline-newer-cancelled',
            runNumber: run.runNumber,
            url: run.url,
            cancelled: search.cancelledSince.length,
            newest: { runNumber: newest.runNumber, url: newest.url },
          },
        ]
      : [],
  };
}
