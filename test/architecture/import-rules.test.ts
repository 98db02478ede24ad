// docs/architecture.md's import rules are lint rules (eslint.config.js): each row is a line
// that breaks one, in a file of the folder it is checked in, and the rule that must catch it.
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the import rules fail lint', () => {
  test.each([
    ['src/report/x.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;", /do no I\/O/],
    ['src/stats/x.ts', "import * as fs from 'fs';\nexport const f = fs;", /do no I\/O/],
    ['src/gate/x.ts', 'export const f = () => process.env.HOME;', /no-restricted-globals.*do no I\/O/],
    ['src/metrics/x.ts', "export const f = () => import('node:child_process');", /do no I\/O/],
    ['src/aggregate/x.ts', "import { runGate } from '../pipeline/run-gate.js';\nexport const f = runGate;", /shell/],
    ['src/pipeline/x.ts', "import { Octokit } from '@octokit/rest';\nexport const f = Octokit;", /only src\/github\//],
    ['src/runner/x.ts', "export const f = () => import('@actions/artifact');", /only src\/github\//],
    ['src/runner/x.ts', "import https from 'node:https';\nexport const f = https;", /use the network/],
    ['src/cli/x.ts', "import * as core from '@actions/core';\nexport const f = core;", /action shell/],
    [
      'src/action/x.ts',
      "import * as core from '@actions/core';\nexport const f = () => core.getInput('config');",
      /reads action inputs/,
    ],
    ['src/action/x.ts', 'export const f = () => process.env.INPUT_CONFIG;', /reads action inputs/],
  ])('%s: %s', async (file, code, rule) => {
    expect((await problems(file, code)).join('\n')).toMatch(rule);
  });

  test.each([
    ['src/github/x.ts', "import { Octokit } from '@octokit/rest';\nexport const f = Octokit;"],
    ['src/providers/x.ts', "import https from 'node:https';\nexport const f = https;"],
    [
      'src/action/settings.ts',
      "import * as core from '@actions/core';\nexport const f = () => core.getInput('config');",
    ],
    ['src/config/x.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;"],
  ])('%s may: %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
