// The GitHub Action's entry. The GitHub integration arrives with the action issue; until then
// the action runs the same pipeline as the CLI from the INPUT_* variables.
import * as core from '@actions/core';
import { main } from './cli/main.js';

const args = ['run', '--config', core.getInput('config') || 'gates/evalgate.yml', '--tier', core.getInput('tier') || 'smoke'];
const baseline = core.getInput('baseline');
if (baseline) args.push('--baseline', baseline);
process.exitCode = await main(args, { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) });
