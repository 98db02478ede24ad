import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, makeWorkspace, VALID_CONFIG } from '../support/workspace.js';

/** Bad provider and judge settings: one message with file:line, exit 2, and never a secret's value. */
const withProviders = (providers: string, scorers = '', rules = '') =>
  VALID_CONFIG.replace(
    '  default: { type: replay, recordings: recordings.jsonl }\n',
    `  default: { type: replay, recordings: recordings.jsonl }\n${providers}`,
  )
    .replace(
      '      - { id: correct, type: contains, expected: "{{expected}}" }\n',
      `      - { id: correct, type: contains, expected: "{{expected}}" }\n${scorers}`,
    )
    .replace('    rules:\n', `    rules:\n${rules}`);

async function validate(config: string) {
  const dir = makeWorkspace({ 'evalgate.yml': config, 'tools.json': '[]' });
  return cli(['validate', '--config', join(dir, 'evalgate.yml')], dir);
}

const JUDGE = '  judge: { type: openai, model: gpt-4o }\n';

describe('provider and judge settings in the gate YAML', () => {
  test('accepts openai, command and http providers and llm-judge scorers', async () => {
    const { code, err } = await validate(
      withProviders(
        `${JUDGE}  app: { type: command, command: [node, app.js], mode: worker, timeout_ms: 5000 }\n  api: { type: http, url: "http://127.0.0.1:8080/answer", headers: { Authorization: "Bearer \${APP_TOKEN}" }, output: data.answer }\n  local: { type: openai, model: llama3.1, base_url: "http://127.0.0.1:11434/v1", api_key_env: null, tools: tools.json, price: { input: 0, output: 0 } }\n`,
        '      - { id: helpful, type: llm-judge, provider: [judge, local], rubric: "Helpful.", scale: [1, 5], threshold: 4 }\n      - { id: better, type: llm-judge-pairwise, provider: judge, rubric: "Better." }\n',
        '      - { metric: judge.helpful.agreement, min: 0.6 }\n',
      ),
    );
    // three cases cannot prove a 5pp margin: validate warns about that, nothing else
    expect(err.split('\n').filter((l) => l && !l.startsWith('warning: '))).toEqual([]);
    expect(code).toBe(0);
  });

  test('a literal API key is refused at its line, and the message does not repeat it', async () => {
    const key = 'sk-proj-abcdefghijklmnopqrstuvwx';
    const { code, err } = await validate(
      withProviders(`  judge: { type: openai, model: gpt-4o, api_key: "${key}" }\n`),
    );
    expect(code).toBe(2);
    expect(err).toMatch(/evalgate\.yml:4:\d+ providers\.judge\.api_key: a literal API key is not allowed/);
    expect(err).not.toContain(key);
  });

  test('a credential header on an openai provider is refused: the key comes from api_key_env', async () => {
    const { code, err } = await validate(
      withProviders('  judge: { type: openai, model: gpt-4o, headers: { Authorization: "Bearer abc123" } }\n'),
    );
    expect(code).toBe(2);
    expect(err).toMatch(
      /evalgate\.yml:4:\d+ providers\.judge\.headers\.Authorization: the key goes in the environment variable api_key_env names/,
    );
    expect(err).not.toContain('abc123');
  });

  test('an http credential header must name an environment variable', async () => {
    const { code, err } = await validate(
      withProviders(
        '  api: { type: http, url: "http://127.0.0.1:1/x", headers: { Authorization: "Bearer hunter2hunter2" } }\n',
      ),
    );
    expect(code).toBe(2);
    expect(err).toMatch(
      /evalgate\.yml:4:\d+ providers\.api\.headers\.Authorization: a credential must come from the environment: write it as \$\{NAME\}/,
    );
    expect(err).not.toContain('hunter2');
  });

  test("a command provider cannot be given the workflow's GitHub token, by name or as ${NAME}", async () => {
    const { code, err } = await validate(
      withProviders(
        '  app: { type: command, command: [node, app.js], env: { GH_TOKEN: "${GITHUB_TOKEN}", MODE: eval } }\n  app2: { type: command, command: [node, app.js], env: [APP_KEY, ACTIONS_RUNTIME_TOKEN] }\n',
      ),
    );
    expect(code).toBe(2);
    expect(err).toMatch(
      /evalgate\.yml:4:\d+ providers\.app\.env: GH_TOKEN, GITHUB_TOKEN carry the workflow's GitHub credentials, which evalgate never passes to a program/,
    );
    expect(err).toMatch(/providers\.app2\.env: ACTIONS_RUNTIME_TOKEN carries the workflow's GitHub credentials/);
  });

  test('an unknown provider type names the types there are, with a suggestion', async () => {
    const { code, err } = await validate(withProviders('  judge: { type: opneai, model: gpt-4o }\n'));
    expect(code).toBe(2);
    expect(err).toMatch(
      /evalgate\.yml:4:\d+ providers\.judge\.type: unknown provider type "opneai" \(did you mean "openai"\?\); expected one of replay, openai, anthropic, gemini, command, http/,
    );
  });

  test('an invalid judge scale is named at its line', async () => {
    const { code, err } = await validate(
      withProviders(
        JUDGE,
        '      - { id: helpful, type: llm-judge, provider: judge, rubric: "Helpful.", scale: [5, 1] }\n',
      ),
    );
    expect(code).toBe(2);
    expect(err).toMatch(
      /evalgate\.yml:13:\d+ suites\[0\]\.scorers\[1\]\.scale: a judge scale is \[low, high\] with low < high; got \[5, 1\]/,
    );
  });

  test('a threshold outside the scale, or on a pass-fail scale, is refused', async () => {
    const outside = await validate(
      withProviders(
        JUDGE,
        '      - { id: helpful, type: llm-judge, provider: judge, rubric: "Helpful.", scale: [1, 5], threshold: 6 }\n',
      ),
    );
    expect(outside.err).toMatch(/suites\[0\]\.scorers\[1\]\.threshold: threshold 6 is outside the scale \[1, 5\]/);
    const passFail = await validate(
      withProviders(
        JUDGE,
        '      - { id: helpful, type: llm-judge, provider: judge, rubric: "Helpful.", scale: pass-fail, threshold: 1 }\n',
      ),
    );
    expect(passFail.err).toMatch(/threshold applies only to a rating scale/);
  });

  test('a judge provider that is not defined is named with a suggestion', async () => {
    const { code, err } = await validate(
      withProviders(JUDGE, '      - { id: helpful, type: llm-judge, provider: [judge, jduge], rubric: "Helpful." }\n'),
    );
    expect(code).toBe(2);
    expect(err).toMatch(
      /suites\[0\]\.scorers\[1\]\.provider\[1\]: no provider named "jduge" to judge with \(did you mean "judge"\?\)/,
    );
  });

  test('judge.<id>.agreement must name an llm-judge scorer of the suite and take a floor', async () => {
    const notJudge = await validate(withProviders('', '', '      - { metric: judge.correct.agreement, min: 0.6 }\n'));
    expect(notJudge.err).toMatch(
      /judge\.correct\.agreement needs an llm-judge scorer "correct" in suite "qa"; llm-judge scorers: none/,
    );
    const noFloor = await validate(
      withProviders(
        JUDGE,
        '      - { id: helpful, type: llm-judge, provider: judge, rubric: "Helpful." }\n',
        '      - { metric: judge.helpful.agreement, max: 0.6 }\n',
      ),
    );
    expect(noFloor.err).toMatch(/judge\.helpful\.agreement takes a floor \(min\)/);
  });

  test('a tools file that does not exist is named', async () => {
    const { code, err } = await validate(
      withProviders('  judge: { type: openai, model: gpt-4o, tools: missing-tools.json }\n'),
    );
    expect(code).toBe(2);
    expect(err).toMatch(/evalgate\.yml:4:\d+ providers\.judge\.tools: tools file not found: .*missing-tools\.json/);
  });
});
