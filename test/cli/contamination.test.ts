import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { CONTAMINATION_SCHEMA } from '../../src/report/contamination.js';
import { cli, makeWorkspace, VALID_CONFIG } from '../support/workspace.js';

/**
 * `evalgate contamination` (docs/governance.md, "Contamination and lineage"): the table, the
 * JSON form, exit 1 when a case is flagged and 2 for bad input naming the file.
 */
const LEAK = 'Which river flows through the city of Vienna and then on to Budapest and Belgrade?';
const DATASET = [
  { id: 'leaked', vars: { question: LEAK }, expected: 'The Danube.', tags: { language: 'en' } },
  {
    id: 'clean',
    vars: { question: 'How many legs does a spider have?' },
    expected: 'Eight.',
    tags: { language: 'en' },
  },
  { id: 'in-prompt', vars: { question: 'Capital of Spain?' }, expected: 'Madrid', tags: { language: 'en' } },
]
  .map((c) => JSON.stringify(c))
  .join('\n');
const PROMPT = '[system]\nAnswer briefly. For example, the capital of Spain is Madrid.\n\n[user]\n{{question}}\n';
const FINETUNE = `${JSON.stringify({
  messages: [
    { role: 'user', content: LEAK },
    { role: 'assistant', content: 'The Danube.' },
  ],
})}\n${JSON.stringify({ prompt: 'Unrelated', completion: 'text' })}\n`;

const workspace = (files: Record<string, string> = {}) =>
  makeWorkspace({ 'cases.jsonl': DATASET, 'prompt.md': PROMPT, 'ft.jsonl': FINETUNE, ...files });

describe('evalgate contamination', () => {
  test('prints the flagged cases per suite with where they were found, and exits 1', async () => {
    const dir = workspace();
    const result = await cli(['contamination', '--config', 'evalgate.yml', '--corpus', 'ft.jsonl'], dir);
    expect(result.err).toBe('');
    expect(result.code).toBe(1);
    expect(result.out).toBe(
      [
        'suite qa (cases.jsonl): 2 of 3 cases flagged (66.7%); 13-grams, flagged at ≥ 70.0% overlap or with the answer in the prompt',
        '  read: prompt.md (6 lines), ft.jsonl (2 lines)',
        '  case       line  overlap           first match',
        '  leaked        1  100.0% (5/5)      ft.jsonl:1',
        '  in-prompt     3  answer in prompt  prompt.md:2',
        '',
      ].join('\n'),
    );
  });

  test('exits 0 when no case is flagged, and reads the corpus the suite names when --corpus is not given', async () => {
    const dir = workspace({
      'evalgate.yml': VALID_CONFIG.replace('    slices:', '    contamination: { corpus: [ft.jsonl] }\n    slices:'),
      'prompt.md': '[user]\n{{question}}\n',
      'ft.jsonl': `${JSON.stringify({ text: 'nothing to see' })}\n`,
    });
    const result = await cli(['contamination', '--config', 'evalgate.yml'], dir);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^suite qa \(cases\.jsonl\): no case of 3 flagged/);
    expect(result.out).toMatch(/read: prompt\.md \(3 lines\), ft\.jsonl \(1 line\)/);
  });

  test('--json gives every case with its grams, overlap and first match', async () => {
    const dir = workspace();
    const result = await cli(
      ['contamination', '--config', 'evalgate.yml', '--corpus', 'ft.jsonl', '--threshold', '0.5', '--json'],
      dir,
    );
    expect(result.code).toBe(1);
    const json = JSON.parse(result.out);
    expect(json.schema).toBe(CONTAMINATION_SCHEMA);
    expect(json.suites[0]).toMatchObject({ suite: 'qa', n: 13, threshold: 0.5, cases: 3, flagged: 2 });
    expect(json.suites[0].rate).toBeCloseTo(2 / 3, 12);
    expect(json.suites[0].results.map((r: { id: string; flagged: boolean }) => [r.id, r.flagged])).toEqual([
      ['leaked', true],
      ['clean', false],
      ['in-prompt', true],
    ]);
  });

  const bad: { name: string; args: string[]; files?: Record<string, string>; where: RegExp }[] = [
    {
      name: 'a missing corpus file',
      args: ['--corpus', 'nope.jsonl'],
      where: /^evalgate: error: nope\.jsonl cannot read the corpus file: ENOENT/,
    },
    {
      name: 'a folder as the corpus',
      args: ['--corpus', 'sub'],
      where: /^evalgate: error: sub cannot read the corpus file: it is not a file/,
    },
    {
      name: 'a malformed fine-tuning line',
      args: ['--corpus', 'bad.jsonl'],
      files: { 'bad.jsonl': '{"text": "fine"}\n{"text": oops}\n' },
      where: /^evalgate: error: bad\.jsonl:2 not a JSON line/,
    },
    {
      name: 'a gram length of 0',
      args: ['--n', '0'],
      where: /^evalgate: error: \(arguments\) --n expects a positive whole number; got "0"/,
    },
    {
      name: 'a gram length that is not a number',
      args: ['--n', 'thirteen'],
      where: /--n expects a positive whole number/,
    },
    {
      name: 'a threshold above 1',
      args: ['--threshold', '1.5'],
      where: /^evalgate: error: \(arguments\) --threshold expects a share in \(0, 1\]/,
    },
    { name: 'an unknown suite', args: ['--suite', 'qq'], where: /--suite qq: no such suite \(did you mean "qa"\?\)/ },
    {
      name: "a suite's corpus that does not exist",
      args: [],
      files: {
        'evalgate.yml': VALID_CONFIG.replace('    slices:', '    contamination: { corpus: [gone.jsonl] }\n    slices:'),
      },
      where:
        /^evalgate: error: evalgate\.yml:\d+:\d+ suites\[0\]\.contamination\.corpus\[0\]: corpus file not found: .*gone\.jsonl/,
    },
  ];
  for (const c of bad)
    test(`bad input, exit 2 naming the file: ${c.name}`, async () => {
      const dir = workspace(c.files);
      mkdirSync(join(dir, 'sub'), { recursive: true });
      const result = await cli(['contamination', '--config', 'evalgate.yml', ...c.args], dir);
      expect(result.code).toBe(2);
      expect(result.out).toBe('');
      expect(result.err).toMatch(c.where);
      expect(result.err).not.toMatch(/\n\s+at /);
    });
});

describe('evalgate contamination, the built CLI in a real process', () => {
  beforeAll(() => {
    // the committed bundle may predate the command: build it when it does not have it
    const built = existsSync('dist/cli.js')
      ? readdirSync('dist').some(
          (f) => f.endsWith('.js') && readFileSync(join('dist', f), 'utf8').includes(CONTAMINATION_SCHEMA),
        )
      : false;
    if (!built) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
  }, 300_000);

  const node = (dir: string, args: string[]) =>
    spawnSync(process.execPath, [join(process.cwd(), 'dist', 'cli.js'), ...args], { cwd: dir, encoding: 'utf8' });

  test('flags the planted case and exits 1; an unreadable corpus exits 2 with the file and no stack trace', () => {
    const dir = workspace();
    const flagged = node(dir, ['contamination', '--config', 'evalgate.yml', '--corpus', 'ft.jsonl']);
    expect(flagged.status).toBe(1);
    expect(flagged.stdout).toMatch(/leaked +1 +100\.0% \(5\/5\) +ft\.jsonl:1/);
    const missing = node(dir, ['contamination', '--config', 'evalgate.yml', '--corpus', 'missing.txt']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('evalgate: error: missing.txt cannot read the corpus file: ENOENT\n');
  });
});
