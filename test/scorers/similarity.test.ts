import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

const CASES = [
  { id: 'a', vars: { question: 'q1' }, expected: 'refunds take 14 days' },
  { id: 'b', vars: { question: 'q2' }, expected: 'xyz' },
]
  .map((c) => JSON.stringify(c))
  .join('\n');

async function run(config: string, cache: string, extra: string[] = []) {
  const out = mkdtempSync(join(tmpdir(), 'evalgate-sim-'));
  const result = await cli([
    'run',
    '--config',
    config,
    '--baseline',
    'none',
    '--out',
    out,
    '--cache-dir',
    cache,
    '--quiet',
    ...extra,
  ]);
  expect(result.err).toBe('');
  return Run.parse(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')));
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
    // three distinct texts (one answer, two references) over four records, each embedded once
    expect(embeddings.flatMap((r) => r.body.input as string[]).sort()).toEqual([
      'refunds take 14 days',
      'the refund takes 14 days',
      'xyz',
    ]);
    expect(embeddings[0]!.body.model).toBe('text-embedding-3-small');
  });
});

describe('similarity embeddings across runs', () => {
  test('keeps embeddings on the disk cache keyed by server, model and text, records them, and replays them offline', async () => {
    const server = await loopback.start({ reply: () => 'the refund takes 14 days' });
    const provider = `{ type: openai, model: gpt-4o-mini, api_key_env: ${KEY_ENV}, base_url: "${server.url}" }`;
    const suite = (scorer: string) => `suites:
  - id: qa
    prompt: prompt.md
    dataset: cases.jsonl
    scorers:
      - ${scorer}
`;
    const dir = makeWorkspace({
      'evalgate.yml': `version: 1\nproviders:\n  default: ${provider}\n${suite('{ id: sim, type: similarity, model: text-embedding-3-large }')}`,
      'cases.jsonl': CASES,
    });
    const cache = mkdtempSync(join(tmpdir(), 'evalgate-sim-cache-'));
    const recording = join(dir, 'recorded.jsonl');
    const first = await run(join(dir, 'evalgate.yml'), cache, ['--record', recording]);
    const embeddingRequests = () => server.requests.filter((r) => r.path === '/v1/embeddings');
    // one request per case (its output and references together); the model is the scorer's, not the provider's default
    expect(embeddingRequests().map((r) => r.body.model)).toEqual(['text-embedding-3-large', 'text-embedding-3-large']);
    expect(first.manifest.suites[0]!.scorer_signatures?.sim).toBe(
      'embedding-cosine|provider:default|model:text-embedding-3-large|refs:best',
    );

    // a second run embeds nothing: every text is on the disk cache
    const second = await run(join(dir, 'evalgate.yml'), cache);
    expect(embeddingRequests()).toHaveLength(2);
    expect(second.cases.map((c) => c.scores.sim!.value)).toEqual(first.cases.map((c) => c.scores.sim!.value));

    // another model is another key
    writeFileSync(
      join(dir, 'evalgate.yml'),
      `version: 1\nproviders:\n  default: ${provider}\n${suite('{ id: sim, type: similarity }')}`,
    );
    await run(join(dir, 'evalgate.yml'), cache);
    expect(embeddingRequests().at(-1)!.body.model).toBe('text-embedding-3-small');

    // the recording holds each distinct text once, and replays the run with no server
    const lines = readFileSync(recording, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const embedded = lines.filter((l) => 'embedding' in l);
    expect(embedded.map((l) => l.text).sort()).toEqual(['refunds take 14 days', 'the refund takes 14 days', 'xyz']);
    expect(embedded[0]!.embedding).toEqual(embed(String(embedded[0]!.text)).map((x) => expect.closeTo(x, 12)));
    writeFileSync(
      join(dir, 'evalgate.yml'),
      `version: 1\nproviders:\n  default: { type: replay, recordings: recorded.jsonl, embedding_model: text-embedding-3-large }\n${suite('{ id: sim, type: similarity }')}`,
    );
    const before = server.requests.length;
    const replayed = await run(join(dir, 'evalgate.yml'), mkdtempSync(join(tmpdir(), 'evalgate-sim-cache-')));
    expect(server.requests.length).toBe(before);
    expect(replayed.cases.map((c) => c.scores.sim!.value)).toEqual(first.cases.map((c) => c.scores.sim!.value));
  });

  test('a text without a recorded embedding is an error on that case, named with the file', async () => {
    const dir = makeWorkspace({
      'evalgate.yml': `version: 1
providers:
  default: { type: replay, recordings: recordings.jsonl }
suites:
  - id: qa
    prompt: prompt.md
    dataset: cases.jsonl
    scorers:
      - { id: sim, type: similarity, model: m }
`,
      'cases.jsonl': CASES,
      'recordings.jsonl': [
        { id: 'a', output: 'yes' },
        { id: 'b', output: 'no' },
        { model: 'm', text: 'yes', embedding: [1, 0] },
        { model: 'm', text: 'refunds take 14 days', embedding: [1, 1] },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    });
    const result = await run(join(dir, 'evalgate.yml'), mkdtempSync(join(tmpdir(), 'evalgate-sim-cache-')));
    const [a, b] = result.cases;
    expect(a!.scores.sim!.value).toBeCloseTo(Math.SQRT1_2, 12);
    expect(b!.scores.sim).toBeUndefined();
    expect(b!.scorer_errors?.sim).toMatch(/no recorded embedding by model "m" of "no" in \S*recordings\.jsonl$/);
  });
});
