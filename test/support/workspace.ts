import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Run } from '../../src/results/run-schema.js';

export const VALID_CONFIG = `version: 1
providers:
  default: { type: replay, recordings: recordings.jsonl }
suites:
  - id: qa
    paths: ["prompts/**"]
    prompt: prompt.md
    dataset: cases.jsonl
    slices: [language]
    scorers:
      - { id: correct, type: contains, expected: "{{expected}}" }
    rules:
      - { metric: correct.pass_rate, min: 0.5 }
      - { metric: correct.pass_rate, max_drop: 5pp }
`;

export const VALID_DATASET = [
  { id: 'a', vars: { question: 'What is 2+2?' }, expected: '4', tags: { language: 'en' } },
  {
    id: 'b',
    vars: { question: 'Capital of France?' },
    expected: 'Paris',
    tags: { language: 'en' },
    severity: 'critical',
  },
  { id: 'c', vars: { question: 'Hauptstadt von Italien?' }, expected: 'Rom', tags: { language: 'de' } },
]
  .map((c) => JSON.stringify(c))
  .join('\n');

export const VALID_PROMPT = '[system]\nAnswer briefly.\n\n[user]\n{{question}}\n';

export const VALID_RECORDINGS = [
  { id: 'a', output: 'It is 4.', latency_ms: 100 },
  { id: 'b', output: 'Paris.', latency_ms: 120 },
  { id: 'c', output: 'Rom.', latency_ms: 90 },
]
  .map((c) => JSON.stringify(c))
  .join('\n');

/** A temporary project folder with a valid config, dataset, prompt and recordings, any of which can be replaced. */
export function makeWorkspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-test-'));
  const all: Record<string, string> = {
    'evalgate.yml': VALID_CONFIG,
    'cases.jsonl': VALID_DATASET,
    'prompt.md': VALID_PROMPT,
    'recordings.jsonl': VALID_RECORDINGS,
    ...files,
  };
  for (const [name, content] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Runs the CLI in-process, capturing what it prints. */
export async function cli(argv: string[], cwd?: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const previous = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  } finally {
    if (cwd) process.chdir(previous);
  }
}

/** `evalgate run` of DIR/evalgate.yml with no baseline, into DIR/out, with a response cache of its own. */
export function runIn(dir: string) {
  const cache = mkdtempSync(join(tmpdir(), 'evalgate-cache-'));
  const run = (...args: string[]) =>
    cli([
      'run',
      '--config',
      join(dir, 'evalgate.yml'),
      '--baseline',
      'none',
      '--out',
      join(dir, 'out'),
      '--cache-dir',
      cache,
      ...args,
    ]);
  const result = () => JSON.parse(readFileSync(join(dir, 'out', 'run.json'), 'utf8')) as Run;
  return { cache, run, result };
}
