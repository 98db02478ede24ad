import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Run } from '../../src/results/run-schema.js';
import { cosine } from '../../src/scorers/similarity.js';
import { useOpenAIServer } from '../support/openai-fixture.js';
import { cli, makeWorkspace } from '../support/workspace.js';

// The similarity scorer through the real openai client against the loopback server's
// /v1/embeddings (deterministic 8-dimensional vectors of folded letter counts).

const KEY_ENV = 'EVALGATE_TEST_SIMILARITY_KEY';
const loopback = useOpenAIServer(KEY_ENV);

/** The loopback server's embedding of a text (test/support/openai-server.ts). */
function embed(text: string): number[] {
  const v = new Array<number>(8).fill(0);
  for (const ch of text.toLowerCase()) v[ch.charCodeAt(0) % 8]! += 1;
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}

describe('similarity scorer', () => {
  test('scores the cosine of the output and reference embeddings, embedding each distinct text once', async () => {
    const server = await loopback.start({ reply: () => 'the refund takes 14 days' });
    const dir = makeWorkspace({
      'evalgate.yml': `version: 1
providers:
  default: { type: openai, model: gpt-4o-mini, api_key_env: ${KEY_ENV}, base_url: "${server.url}", embedding_model: text-embedding-3-small }
suites:
  - id: qa
    prompt: prompt.md
    dataset: cases.jsonl
    repeats: 2
    scorers:
      - { id: sim, type: similarity, threshold: 0.9 }
`,
      'cases.jsonl': [
        { id: 'a', vars: { question: 'q1' }, expected: 'refunds take 14 days' },
        { id: 'b', vars: { question: 'q2' }, expected: 'xyz' },
      ]
        .map((c) => JSON.stringify(c))
        .join('\n'),
    });
    const out = mkdtempSync(join(tmpdir(), 'evalgate-sim-'));
    const cache = mkdtempSync(join(tmpdir(), 'evalgate-sim-cache-'));
    const result = await cli([
      'run',
      '--config',
      join(dir, 'evalgate.yml'),
      '--baseline',
      'none',
      '--out',
      out,
      '--cache-dir',
      cache,
      '--quiet',
    ]);
    expect(result.err).toBe('');
    const run = Run.parse(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')));
    const answer = 'the refund takes 14 days';
    for (const c of run.cases) {
      const expected = cosine(embed(answer), embed(String(c.expected)));
      expect(c.scores.sim!.value).toBeCloseTo(expected, 12);
      expect(c.scores.sim!.pass).toBe(expected >= 0.9);
    }
    const embeddings = server.requests.filter((r) => r.path === '/v1/embeddings');
    // three distinct texts (one answer, two references) over four records
    expect(embeddings).toHaveLength(3);
    expect(embeddings[0]!.body.model).toBe('text-embedding-3-small');
  });
});
