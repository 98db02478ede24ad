// The GitHub Action's entry, thin like actions/checkout's main.ts: read the settings, run the
// gate, set the outputs and the exit code. Everything else lives in src/action/.
import * as core from '@actions/core';
import { formatIssue } from './core/result.js';
import { runAction } from './action/run-action.js';
import { readSettings } from './action/settings.js';

async function main(): Promise<void> {
  const settings = readSettings();
  if (!settings.ok) {
    core.setOutput('verdict', 'error');
    core.setFailed(`evalgate could not evaluate: ${settings.issues.map(formatIssue).join('; ')}`);
    return;
  }
  process.chdir(settings.value.workingDirectory);
  const result = await runAction(settings.value, { info: (m) => core.info(m), warning: (m) => core.warning(m) });
  core.setOutput('verdict', result.verdict);
  core.setOutput('results-path', result.resultsPath);
  core.setOutput('report-path', result.reportPath);
  core.setOutput('comment-url', result.commentUrl);
  core.setOutput('check-run-id', result.checkRunId);
  if (result.exitCode !== 0)
    core.setFailed(
      `evalgate: ${result.verdict === 'error' ? 'could not evaluate' : 'the gate failed'} (verdict ${result.verdict}); see the job summary`,
    );
}

try {
  await main();
} catch (error) {
  core.setOutput('verdict', 'error');
  core.setFailed(`evalgate could not evaluate: internal error: ${(error as Error).message}`);
}
