import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  cli,
  makeWorkspace,
  VALID_CONFIG,
  VALID_DATASET,
  VALID_PROMPT,
  VALID_RECORDINGS,
} from '../support/workspace.js';

/**
 * Every malformed input gets one clear message naming the file and the place in it, exit
 * code 2 and no stack trace (README.md, "The CLI").
 */
interface BadInput {
  name: string;
  files?: Record<string, string>;
  /** argv after the command; `$DIR` is the workspace. Default: run --config $DIR/evalgate.yml --baseline none */
  args?: string[];
  /** The file (relative to the workspace, or a literal like "(arguments)") and line the message must name. */
  where: RegExp;
  message: RegExp;
}

const config = (edit: (text: string) => string) => ({ 'evalgate.yml': edit(VALID_CONFIG) });

const cases: BadInput[] = [
  {
    name: 'YAML syntax error',
    files: { 'evalgate.yml': 'version: 1\nproviders:\n  default: { type: replay\nsuites: []\n' },
    where: /evalgate\.yml:\d+:\d+/,
    message: /invalid YAML/,
  },
  {
    name: 'duplicate key',
    files: config((t) => t.replace('version: 1\n', 'version: 1\nversion: 1\n')),
    where: /evalgate\.yml:2:/,
    message: /duplicated mapping key/,
  },
  {
    name: 'unknown top-level key with a suggestion',
    files: config((t) => `${t}overides: {}\n`),
    where: /evalgate\.yml:15:1 overides/,
    message: /unknown key "overides" \(did you mean "overrides"\?\)/,
  },
  {
    name: 'unknown rule key with a suggestion',
    files: config((t) => t.replace('max_drop: 5pp', 'max_dorp: 5pp')),
    where: /evalgate\.yml:14:\d+ suites\[0\]\.rules\[1\]\.max_dorp/,
    message: /did you mean "max_drop"/,
  },
  {
    name: 'a percentage above 100%',
    files: config((t) => t.replace('max_drop: 5pp', 'max_drop: 150%')),
    where: /evalgate\.yml:14:\d+ suites\[0\]\.rules\[1\]\.max_drop/,
    message: /\(0, 100%\]/,
  },
  {
    name: 'a margin that is not a number or percentage',
    files: config((t) => t.replace('max_drop: 5pp', 'max_drop: five')),
    where: /evalgate\.yml:14:\d+ suites\[0\]\.rules\[1\]\.max_drop/,
    message: /expected a fraction or a percentage like 5%/,
  },
  {
    name: 'a rule naming a scorer that does not exist',
    files: config((t) => t.replace('metric: correct.pass_rate, min', 'metric: corect.pass_rate, min')),
    where: /evalgate\.yml:13:\d+ suites\[0\]\.rules\[0\]\.metric/,
    message: /no scorer "corect".*did you mean "correct"/,
  },
  {
    name: 'an unknown metric',
    files: config((t) => t.replace('metric: correct.pass_rate, min', 'metric: latency.p42, min')),
    where: /evalgate\.yml:13:\d+ suites\[0\]\.rules\[0\]\.metric/,
    message: /unknown metric "latency\.p42"/,
  },
  {
    name: 'an unknown scorer type',
    files: config((t) => t.replace('type: contains', 'type: contans')),
    where: /evalgate\.yml:11:\d+ suites\[0\]\.scorers\[0\]\.type/,
    message: /unknown scorer type "contans" \(did you mean "contains"\?\)/,
  },
  {
    name: 'a missing dataset file',
    files: config((t) => t.replace('dataset: cases.jsonl', 'dataset: missing.jsonl')),
    where: /evalgate\.yml:8:\d+ suites\[0\]\.dataset/,
    message: /dataset file not found/,
  },
  {
    name: 'a literal API key, never repeated',
    files: config((t) =>
      t.replace(
        'recordings: recordings.jsonl }',
        'recordings: recordings.jsonl, api_key: sk-live-abcdefghijklmnopqrstuvwxyz }',
      ),
    ),
    where: /evalgate\.yml:3:\d+ providers\.default\.api_key/,
    message: /literal API key is not allowed/,
  },
  {
    name: 'a YAML alias bomb',
    files: {
      'evalgate.yml': `a: &a ["x","x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\n`,
    },
    where: /evalgate\.yml/,
    message: /alias bomb/,
  },
  {
    name: 'an invalid glob',
    files: config((t) => t.replace('"prompts/**"', '"prompts/[abc"')),
    where: /evalgate\.yml:6:\d+ suites\[0\]\.paths\[0\]/,
    message: /invalid glob/,
  },
  {
    name: 'an empty config',
    files: { 'evalgate.yml': '# nothing yet\n' },
    where: /evalgate\.yml:1:1/,
    message: /the config is empty/,
  },
  {
    name: 'an unsupported version',
    files: config((t) => t.replace('version: 1', 'version: 2')),
    where: /evalgate\.yml:1:\d+ version/,
    message: /expected 1|Invalid input/,
  },
  {
    name: 'a rule with two bounds',
    files: config((t) => t.replace('max_drop: 5pp', 'max_drop: 5pp, min: 0.2')),
    where: /evalgate\.yml:14:\d+ suites\[0\]\.rules\[1\]/,
    message: /exactly one of min, max, max_drop, max_increase/,
  },
  {
    name: 'an invalid regular expression',
    files: config((t) =>
      t.replace(
        '{ id: correct, type: contains, expected: "{{expected}}" }',
        '{ id: correct, type: regex, pattern: "(unclosed" }',
      ),
    ),
    where: /evalgate\.yml:11:\d+ suites\[0\]\.scorers\[0\]\.pattern/,
    message: /invalid regular expression/,
  },
  {
    name: 'a provider that is not defined',
    files: config((t) => t.replace('    prompt: prompt.md', '    provider: judge\n    prompt: prompt.md')),
    where: /evalgate\.yml:7:\d+ suites\[0\]\.provider/,
    message: /no provider named "judge"/,
  },
  {
    name: 'a tier sample of 0%',
    files: config((t) =>
      t.replace('    slices: [language]', '    tiers: { smoke: { sample: 0% } }\n    slices: [language]'),
    ),
    where: /evalgate\.yml:9:\d+ suites\[0\]\.tiers\.smoke\.sample/,
    message: /percentage in \(0, 100%\]/,
  },
  {
    name: 'max_drop on a metric where lower is better',
    files: config((t) => t.replace('metric: correct.pass_rate, max_drop: 5pp', 'metric: latency.p95, max_drop: 5pp')),
    where: /evalgate\.yml:14:\d+ suites\[0\]\.rules\[1\]\.max_drop/,
    message: /max_increase/,
  },
  {
    name: 'invalid JSON in a dataset line',
    files: { 'cases.jsonl': `${VALID_DATASET}\n{"id": "d", "vars": {` },
    where: /cases\.jsonl:4/,
    message: /invalid JSON/,
  },
  {
    name: 'a duplicate case id, naming both lines',
    files: { 'cases.jsonl': `${VALID_DATASET}\n\n{"id": "a", "vars": {"question": "again"}, "expected": "x"}` },
    where: /cases\.jsonl:5/,
    message: /duplicate case id "a" \(first on line 1\)/,
  },
  {
    name: 'an unknown key in a case with a suggestion',
    files: { 'cases.jsonl': `${VALID_DATASET}\n{"id": "d", "vars": {"question": "q"}, "expcted": "x"}` },
    where: /cases\.jsonl:4/,
    message: /unknown key "expcted" \(did you mean "expected"\?\)/,
  },
  { name: 'an empty dataset', files: { 'cases.jsonl': '\n\n' }, where: /cases\.jsonl/, message: /no cases/ },
  {
    name: 'a case without a variable the prompt uses',
    files: { 'cases.jsonl': `${VALID_DATASET}\n{"id": "d", "vars": {"q": "typo"}, "expected": "x"}` },
    where: /cases\.jsonl:4/,
    message: /case "d" has no value for \{\{question\}\}, which .*prompt\.md:5 uses/,
  },
  {
    name: 'a severity that does not exist',
    files: {
      'cases.jsonl': `${VALID_DATASET}\n{"id": "d", "vars": {"question": "q"}, "expected": "x", "severity": "urgent"}`,
    },
    where: /cases\.jsonl:4/,
    message: /severity/,
  },
  {
    name: 'an unknown flag',
    args: ['run', '--config', '$DIR/evalgate.yml', '--tire', 'smoke'],
    where: /\(arguments\)/,
    message: /unknown option --tire \(did you mean --tier\?\)/,
  },
  {
    name: 'a shard outside its count',
    args: ['run', '--config', '$DIR/evalgate.yml', '--shard', '3/2'],
    where: /\(arguments\)/,
    message: /--shard expects I\/N/,
  },
  {
    name: 'a concurrency that is not a number',
    args: ['run', '--config', '$DIR/evalgate.yml', '--concurrency', 'many'],
    where: /\(arguments\)/,
    message: /--concurrency expects a positive whole number/,
  },
  {
    name: 'a baseline file that does not exist',
    args: ['run', '--config', '$DIR/evalgate.yml', '--baseline', '$DIR/nope.json'],
    where: /nope\.json/,
    message: /cannot read the run file/,
  },
  {
    name: 'a baseline that is not a run file',
    files: { 'other.json': '{"schema": "promptfoo/v3"}' },
    args: ['run', '--config', '$DIR/evalgate.yml', '--baseline', '$DIR/other.json'],
    where: /other\.json schema/,
    message: /expected an evalgate run file/,
  },
  {
    name: 'a suite that does not exist',
    args: ['run', '--config', '$DIR/evalgate.yml', '--suite', 'nope', '--baseline', 'none'],
    where: /evalgate\.yml/,
    message: /--suite nope: no such suite/,
  },
  {
    name: 'a tier that the suite does not have',
    args: ['run', '--config', '$DIR/evalgate.yml', '--tier', 'nightly', '--baseline', 'none'],
    where: /evalgate\.yml:\d+:\d+ suites\[0\]\.tiers/,
    message: /no tier "nightly"/,
  },
  {
    name: 'a recordings line that is not a recording',
    files: { 'recordings.jsonl': '{"id": "a"}' },
    where: /recordings\.jsonl:1/,
    message: /output/,
  },
  {
    name: 'a missing config file',
    args: ['validate', '--config', '$DIR/absent.yml'],
    where: /absent\.yml/,
    message: /cannot read the config: ENOENT/,
  },
  {
    name: 'a prompt path that is a folder',
    files: { ...config((t) => t.replace('prompt: prompt.md', 'prompt: prompts')), 'prompts/answer.md': VALID_PROMPT },
    where: /evalgate\.yml:7:\d+ suites\[0\]\.prompt/,
    message: /prompts is a folder, not a prompt file/,
  },
  {
    name: 'a slice tag that no case carries, with a suggestion from the dataset',
    files: {
      ...config((t) => t.replace('slices: [language]', 'slices: [language, chanel]')),
      'cases.jsonl': VALID_DATASET.replace('"tags":{"language":"en"}', '"tags":{"language":"en","channel":"web"}'),
    },
    where: /evalgate\.yml:9:\d+ suites\[0\]\.slices\[1\]/,
    message: /no case in \S*cases\.jsonl has the tag "chanel" \(did you mean "channel"\?\); tags: language, channel/,
  },
  {
    name: 'a prompt path written from the repository root',
    files: {
      '.git/HEAD': 'ref: refs/heads/main\n',
      'gates/evalgate.yml': VALID_CONFIG.replace('prompt: prompt.md', 'prompt: prompts/answer.md')
        .replace('dataset: cases.jsonl', 'dataset: ../cases.jsonl')
        .replace('recordings: recordings.jsonl', 'recordings: ../recordings.jsonl'),
      'prompts/answer.md': VALID_PROMPT,
    },
    args: ['validate', '--config', '$DIR/gates/evalgate.yml'],
    where: /evalgate\.yml:7:\d+ suites\[0\]\.prompt/,
    message:
      /prompt file not found: .*gates\/prompts\/answer\.md \(did you mean \.\.\/prompts\/answer\.md\? paths resolve relative to gates\/\)/,
  },
  {
    name: 'an unknown flag with a suggestion',
    args: ['run', '--config', '$DIR/evalgate.yml', '--concurency', '4'],
    where: /\(arguments\)/,
    message: /unknown option --concurency \(did you mean --concurrency\?\)/,
  },
  {
    name: 'compare without a config',
    args: ['compare', 'a.json', 'b.json'],
    where: /\(arguments\)/,
    message: /needs --config/,
  },
];

describe('bad input exits 2 with one message naming the file and place, and no stack trace', () => {
  test('the table covers at least 20 distinct malformed inputs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  test.each(cases)('$name', async ({ files, args, where, message }) => {
    const dir = makeWorkspace(files);
    const argv = (args ?? ['run', '--config', '$DIR/evalgate.yml', '--baseline', 'none', '--out', '$DIR/out']).map(
      (a) => a.replace('$DIR', dir),
    );
    const result = await cli(argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(where);
    expect(result.err).toMatch(message);
    expect(result.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(result.err).not.toContain('sk-live-abcdefghijklmnopqrstuvwxyz');
    expect(result.err.startsWith('evalgate: error: ')).toBe(true);
  });

  test('an alias bomb is rejected fast', async () => {
    const bomb = cases.find((c) => c.name === 'a YAML alias bomb')!;
    const dir = makeWorkspace(bomb.files);
    const started = performance.now();
    const result = await cli(['validate', '--config', join(dir, 'evalgate.yml')]);
    expect(result.code).toBe(2);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test('a BOM and CRLF line endings are accepted in the config and the dataset', async () => {
    const dir = makeWorkspace({
      'evalgate.yml': `\uFEFF${VALID_CONFIG.replace(/\n/g, '\r\n')}`,
      'cases.jsonl': `\uFEFF${VALID_DATASET.replace(/\n/g, '\r\n\r\n')}\r\n`,
    });
    const result = await cli(['validate', '--config', join(dir, 'evalgate.yml')]);
    // three cases are too few to prove a 5pp margin: a warning, not an error
    expect(result.err.split('\n').filter((l) => l && !l.startsWith('warning: '))).toEqual([]);
    expect(result.code).toBe(0);
  });

  test('a BOM and CRLF line endings are accepted in replay recordings, and a bad line is named', async () => {
    const dir = makeWorkspace({ 'recordings.jsonl': `\uFEFF${VALID_RECORDINGS.replace(/\n/g, '\r\n\r\n')}\r\n` });
    const out = join(dir, 'out');
    const result = await cli(['run', '--config', join(dir, 'evalgate.yml'), '--baseline', 'none', '--out', out]);
    expect(result.err).not.toMatch(/evalgate: error/);
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as { cases: { id: string; output: string }[] };
    const recorded = VALID_RECORDINGS.split('\n').map((l) => JSON.parse(l) as { id: string; output: string });
    expect(run.cases.map((c) => [c.id, c.output])).toEqual(recorded.map((r) => [r.id, r.output]));

    const broken = makeWorkspace({ 'recordings.jsonl': `\uFEFF${VALID_RECORDINGS}\r\n{"id": "x", "output": 3}\r\n` });
    const failed = await cli(['run', '--config', join(broken, 'evalgate.yml'), '--baseline', 'none']);
    expect(failed.code).toBe(2);
    expect(failed.err).toMatch(new RegExp(`recordings\\.jsonl:${VALID_RECORDINGS.split('\n').length + 1}\\b.*output`));
  });

  test('all problems found before model calls are reported together', async () => {
    const dir = makeWorkspace({ 'cases.jsonl': `${VALID_DATASET}\n{"id": "d"}\n{"id": "e", "vars": {}}` });
    writeFileSync(join(dir, 'prompt.md'), '{{question}} {{context}}');
    const result = await cli(['validate', '--config', join(dir, 'evalgate.yml')]);
    expect(result.code).toBe(2);
    expect(result.err.match(/evalgate: error:/g)?.length).toBeGreaterThanOrEqual(4);
  });
});
