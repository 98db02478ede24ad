import { describe, expect, test } from 'vitest';
import { cli, makeWorkspace } from '../support/workspace.js';

/** A pack suite's mistakes: one message naming the config's file and line, exit code 2 (README.md, "The CLI"). */
const gate = (suite: string) => `version: 1
providers:
  default: { type: replay, recordings: recordings.jsonl }
suites:
  - id: safety
    prompt: prompt.md
${suite}`;

const PROMPT = '[system]\nYou help customers on the {{plan}} plan.\n\n[user]\n{{question}}\n';

const cases: { name: string; suite: string; prompt?: string; where: RegExp; message: RegExp }[] = [
  {
    name: 'an unknown pack, with a suggestion',
    suite: '    pack: prompt-injektion@1\n    vars: { plan: free }\n',
    where: /evalgate\.yml:7:\d+ suites\[0\]\.pack/,
    message: /no pack "prompt-injektion" \(did you mean "prompt-injection"\?\); packs: prompt-injection@1,/,
  },
  {
    name: 'an unknown version of a pack',
    suite: '    pack: jailbreak@7\n    vars: { plan: free }\n',
    where: /evalgate\.yml:7:\d+ suites\[0\]\.pack/,
    message: /pack jailbreak has no version 7; versions: jailbreak@1/,
  },
  {
    name: 'a pack without a version',
    suite: '    pack: jailbreak\n',
    where: /evalgate\.yml:7:\d+ suites\[0\]\.pack/,
    message: /expected a pack as name@version, like prompt-injection@1; got "jailbreak"/,
  },
  {
    name: 'a variable the prompt needs that neither the pack nor vars: gives',
    suite: '    pack: over-refusal@1\n',
    where: /evalgate\.yml:7:\d+ suites\[0\]\.pack/,
    message: /prompt\.md:2 uses \{\{plan\}\}, which pack over-refusal@1 does not supply; give it under vars:/,
  },
  {
    name: 'vars: given but still missing one',
    suite: '    pack: over-refusal@1\n    vars: { tier: free }\n',
    where: /evalgate\.yml:8:\d+ suites\[0\]\.vars/,
    message: /uses \{\{plan\}\}, which pack over-refusal@1 does not supply/,
  },
  {
    name: "a prompt that never uses the pack's input variable",
    suite: '    pack: jailbreak@1\n    input: message\n    vars: { plan: free }\n',
    where: /evalgate\.yml:8:\d+ suites\[0\]\.input/,
    message: /never uses \{\{message\}\}, where pack jailbreak@1 puts each case's attack text/,
  },
  {
    name: 'a dataset and a pack at once',
    suite: '    pack: jailbreak@1\n    dataset: cases.jsonl\n',
    where: /evalgate\.yml:7:\d+ suites\[0\]\.pack/,
    message: /a dataset or a pack, not both/,
  },
  {
    name: 'neither a dataset nor a pack',
    suite: '    scorers: [{ id: ok, type: refusal }]\n',
    where: /evalgate\.yml:\d+:\d+ suites\[0\]/,
    message: /a suite needs a dataset file, or a pack/,
  },
  {
    name: 'an unknown risk tier',
    suite: '    pack: jailbreak@1\n    vars: { plan: free }\n    risk: extreme\n',
    where: /evalgate\.yml:9:\d+ suites\[0\]\.risk/,
    message: /low.*medium.*high.*critical/,
  },
];

describe('bad pack and risk input', () => {
  test.each(cases)('$name', async ({ suite, where, message }) => {
    const dir = makeWorkspace({ 'evalgate.yml': gate(suite), 'prompt.md': PROMPT });
    const result = await cli(['validate', '--config', `${dir}/evalgate.yml`]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(where);
    expect(result.err).toMatch(message);
    expect(result.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
