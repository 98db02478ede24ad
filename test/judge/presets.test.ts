import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Run } from '../../src/results/run-schema.js';
import { PRESETS } from '../../src/scorers/llm-judge-presets.js';
import { tagged, useOpenAIServer } from '../support/openai-fixture.js';
import type { SeenRequest } from '../support/openai-server.js';
import { cli, makeWorkspace } from '../support/workspace.js';

const KEY_ENV = 'EVALGATE_TEST_PRESET_KEY';
const loopback = useOpenAIServer(KEY_ENV);
const judgeUser = (r: SeenRequest) => (r.body.messages as { content: string }[])[1]!.content;

function gate(url: string, scorer: string) {
  return `version: 1
providers:
  default: { type: replay, recordings: recordings.jsonl }
  judge: { type: openai, model: gpt-4o, base_url: "${url}", api_key_env: ${KEY_ENV} }
suites:
  - id: rag
    prompt: prompt.md
    dataset: cases.jsonl
    scorers:
      - ${scorer}
`;
}

describe('llm-judge presets', () => {
  test('faithfulness sends its rubric and the case context as the reference material', async () => {
    const server = await loopback.start({
      reply: (r) => {
        const user = judgeUser(r);
        const supported = tagged(user, 'reference').includes(tagged(user, 'response').replace(/\.$/, ''));
        return JSON.stringify({ reason: 'checked', rating: supported ? 'pass' : 'fail' });
      },
    });
    const dir = makeWorkspace({
      'evalgate.yml': gate(server.url, '{ id: faithful, type: llm-judge, preset: faithfulness, scale: pass-fail }'),
      'cases.jsonl': [
        { id: 'a', vars: { question: 'How long?', context: 'Refunds take 14 days' } },
        { id: 'b', vars: { question: 'How long?', context: 'Refunds take 14 days' } },
      ]
        .map((c) => JSON.stringify(c))
        .join('\n'),
      'recordings.jsonl': [
        { id: 'a', output: 'Refunds take 14 days.' },
        { id: 'b', output: 'Refunds take 3 days.' },
      ]
        .map((c) => JSON.stringify(c))
        .join('\n'),
    });
    const out = mkdtempSync(join(tmpdir(), 'evalgate-preset-'));
    const result = await cli([
      'run',
      '--config',
      join(dir, 'evalgate.yml'),
      '--baseline',
      'none',
      '--out',
      out,
      '--no-cache',
      '--quiet',
    ]);
    expect(result.err).toBe('');
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as Run;
    expect(run.cases.find((c) => c.id === 'a')!.scores.faithful!.pass).toBe(true);
    expect(run.cases.find((c) => c.id === 'b')!.scores.faithful!.pass).toBe(false);
    const user = judgeUser(server.requests[0]!);
    expect(tagged(user, 'rubric')).toBe(PRESETS.faithfulness.rubric);
    expect(tagged(user, 'reference')).toBe('Refunds take 14 days');
  });

  test('validate names a case without the field a preset reads, and a judge without rubric or preset', async () => {
    const server = await loopback.start({});
    const missing = makeWorkspace({
      'evalgate.yml': gate(server.url, '{ id: faithful, type: llm-judge, preset: faithfulness }'),
    });
    const a = await cli(['validate', '--config', join(missing, 'evalgate.yml')]);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/cases\.jsonl:1 case "a" has no value for \{\{context\}\}/);
    const none = makeWorkspace({ 'evalgate.yml': gate(server.url, '{ id: judge1, type: llm-judge }') });
    const b = await cli(['validate', '--config', join(none, 'evalgate.yml')]);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(
      /evalgate\.yml:\d+:\d+ suites\[0\]\.scorers\[0\]\.rubric: an llm-judge needs a rubric or a preset \(faithfulness, /,
    );
    const typo = makeWorkspace({
      'evalgate.yml': gate(server.url, '{ id: judge1, type: llm-judge, preset: faithfulnes }'),
    });
    const c = await cli(['validate', '--config', join(typo, 'evalgate.yml')]);
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/preset/);
  });
});
