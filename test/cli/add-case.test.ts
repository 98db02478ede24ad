import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtCli, runBuiltCli } from '../support/built-cli.js';
import { cli, makeWorkspace } from '../support/workspace.js';
import { replaceFile } from '../../src/cli/suite-dataset.js';

/**
 * `evalgate add-case` in a real process (docs/governance.md, "Incidents become regression
 * cases"): the trace becomes a case at the end of the dataset, the other bytes untouched;
 * every refusal is exit 2 with file and place, and leaves the dataset byte-identical.
 */

const CONFIG = `version: 1
providers:
  default: { type: replay, recordings: recordings.jsonl }
suites:
  - id: support
    prompt: prompt.md
    dataset: cases.jsonl
    scorers:
      - { id: correct, type: icontains, expected: "{{expected}}" }
    rules:
      - { metric: correct.pass_rate, min: 0.5 }
`;
const PROMPT = '[system]\nYou help {{tier}} customers. Be brief.\n\n[user]\nQuestion: {{question}}\n';
const DATASET =
  '{"id":"a","vars":{"question":"How do I reset my password?","tier":"free"},"expected":"settings"}\n' +
  '{"id":"b","vars":{"question":"Can I pay by invoice?","tier":"pro"},"expected":"yes"}';

/** An OpenAI chat completions request as the production service sent it, and the answer it got. */
const OPENAI_TRACE = JSON.stringify(
  {
    request: {
      model: 'gpt-4o-mini',
      temperature: 0,
      messages: [
        { role: 'system', content: 'You help enterprise customers. Be brief.' },
        { role: 'user', content: [{ type: 'text', text: 'Question: Can I get a refund after 45 days?' }] },
      ],
    },
    response: {
      id: 'chatcmpl-123',
      object: 'chat.completion',
      model: 'gpt-4o-mini-2024-07-18',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'Yes, refunds are always possible.', refusal: null },
          finish_reason: 'stop',
        },
      ],
      usage: { prompt_tokens: 30, completion_tokens: 7, total_tokens: 37 },
    },
    expected: '30 days',
  },
  null,
  2,
);

function workspace(files: Record<string, string> = {}): string {
  return makeWorkspace({
    'evalgate.yml': CONFIG,
    'prompt.md': PROMPT,
    'cases.jsonl': DATASET,
    'recordings.jsonl': '',
    ...files,
  });
}

const addCase = (dir: string, ...args: string[]) =>
  runBuiltCli(['add-case', '--config', 'evalgate.yml', '--suite', 'support', ...args], dir);

const lastLine = (text: string) => JSON.parse(text.trimEnd().split('\n').at(-1)!) as Record<string, unknown>;

beforeAll(() => builtCli(), 60_000);

describe('evalgate add-case', () => {
  test('an OpenAI request and response: variables read back through the prompt, appended after the untouched lines', async () => {
    const dir = workspace({ 'trace.json': OPENAI_TRACE });
    const before = readFileSync(join(dir, 'cases.jsonl'));
    const result = await addCase(dir, '--from', 'trace.json', '--ref', 'INC-123');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const after = readFileSync(join(dir, 'cases.jsonl'));
    // the dataset had no final newline: one is added before the new line, nothing else changes
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(after.toString('utf8').slice(before.length, before.length + 1)).toBe('\n');
    const added = lastLine(after.toString('utf8'));
    expect(added).toEqual({
      id: expect.stringMatching(/^incident-INC-123-[0-9a-f]{10}$/),
      vars: { tier: 'enterprise', question: 'Can I get a refund after 45 days?' },
      expected: '30 days',
      tags: { source: 'incident', incident: 'INC-123' },
      severity: 'critical',
      incident_output: 'Yes, refunds are always possible.',
    });
    expect(result.out).toContain(`cases.jsonl:3: added case ${added.id as string}`);
    const validate = await runBuiltCli(['validate', '--config', 'evalgate.yml'], dir);
    expect(validate.code).toBe(0);
    expect(validate.out).toMatch(/support \(3 cases/);
  });

  test('the next run lists the incident apart: failing while the answer is the one from production', async () => {
    const dir = workspace({ 'trace.json': OPENAI_TRACE });
    expect((await addCase(dir, '--from', 'trace.json', '--ref', 'INC-123')).code).toBe(0);
    const id = lastLine(readFileSync(join(dir, 'cases.jsonl'), 'utf8')).id as string;
    const replay = (incidentAnswer: string) =>
      [
        { id: 'a', output: 'Open settings, then security.' },
        { id: 'b', output: 'Yes, pro plans can.' },
        { id, output: incidentAnswer },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n');
    writeFileSync(join(dir, 'recordings.jsonl'), replay('Yes, refunds are always possible.'));
    const run = ['run', '--config', 'evalgate.yml', '--baseline', 'none', '--out', 'out', '--quiet'];
    expect((await runBuiltCli(run, dir)).code).toBe(1);
    const report = readFileSync(join(dir, 'out', 'report.md'), 'utf8');
    expect(report).toContain(`**Guards from incidents**: 1, 1 failing:\n\n- \`${id}\` (INC-123): failed \`correct\``);
    expect(readFileSync(join(dir, 'out', 'report.html'), 'utf8')).toContain(
      '<p><strong>Guards from incidents</strong>: 1, 1 failing</p>',
    );
    writeFileSync(join(dir, 'recordings.jsonl'), replay('Refunds are possible within 30 days.'));
    expect((await runBuiltCli(run, dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'report.md'), 'utf8')).toContain('**Guards from incidents**: 1, all passing.');
  });

  test('the id is stable: the same trace and ref give the same id in another checkout', async () => {
    const ids = await Promise.all(
      [1, 2].map(async () => {
        const dir = workspace({ 'trace.json': OPENAI_TRACE });
        await addCase(dir, '--from', 'trace.json', '--ref', 'INC-123');
        return lastLine(readFileSync(join(dir, 'cases.jsonl'), 'utf8')).id;
      }),
    );
    expect(ids[0]).toBe(ids[1]);
    const other = workspace({ 'trace.json': OPENAI_TRACE });
    await addCase(other, '--from', 'trace.json', '--ref', 'INC-124');
    expect(lastLine(readFileSync(join(other, 'cases.jsonl'), 'utf8')).id).not.toBe(ids[0]);
  });

  test('a JSON line: the trace gives vars, expected and tags, and the flags win over it', async () => {
    const dir = workspace({
      'trace.jsonl': `${JSON.stringify({
        input: 'Why was I charged twice?',
        output: 'You were not charged twice.',
        expected: 'refund',
        vars: { tier: 'free' },
        tags: { channel: 'chat', tier: 'free' },
      })}\n`,
    });
    const result = await addCase(
      dir,
      '--from',
      'trace.jsonl',
      '--var',
      'tier=pro',
      '--expected',
      'duplicate charge',
      '--tag',
      'channel=email',
      '--severity',
      'high',
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const added = lastLine(readFileSync(join(dir, 'cases.jsonl'), 'utf8'));
    expect(added).toMatchObject({
      // `input` fills the one prompt variable nothing else gave
      vars: { tier: 'pro', question: 'Why was I charged twice?' },
      expected: 'duplicate charge',
      tags: { channel: 'email', tier: 'free', source: 'incident' },
      severity: 'high',
      incident_output: 'You were not charged twice.',
    });
    expect(added.id).toMatch(/^incident-[0-9a-f]{10}$/);
  });

  test('a YAML dataset (a list under cases:) gets an item at the same indent', async () => {
    const yaml =
      'cases:\n  - id: a\n    vars: { question: "How do I reset my password?", tier: free }\n    expected: settings\n';
    const dir = workspace({
      'evalgate.yml': CONFIG.replace('cases.jsonl', 'cases.yaml'),
      'cases.yaml': yaml,
      'trace.json': OPENAI_TRACE,
    });
    const result = await addCase(dir, '--from', 'trace.json', '--ref', 'INC-9');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const after = readFileSync(join(dir, 'cases.yaml'), 'utf8');
    expect(after.startsWith(yaml)).toBe(true);
    expect(after.slice(yaml.length)).toMatch(/^ {2}- \{"id":"incident-INC-9-/);
    expect((await runBuiltCli(['validate', '--config', 'evalgate.yml'], dir)).code).toBe(0);
  });

  test('a CSV dataset with the columns an incident needs gets a row', async () => {
    const csv =
      'id,question,tier,expected,severity,tags.source,tags.incident,incident_output\r\na,"How do I reset my password?",free,settings,normal,,,\r\n';
    const dir = workspace({
      'evalgate.yml': CONFIG.replace('cases.jsonl', 'cases.csv'),
      'cases.csv': csv,
      'trace.json': OPENAI_TRACE,
    });
    const result = await addCase(dir, '--from', 'trace.json', '--ref', 'INC-7');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const after = readFileSync(join(dir, 'cases.csv'), 'utf8');
    expect(after.startsWith(csv)).toBe(true);
    expect(after.slice(csv.length)).toMatch(
      /^incident-INC-7-[0-9a-f]{10},Can I get a refund after 45 days\?,enterprise,30 days,critical,incident,INC-7,"Yes, refunds are always possible\."\r\n$/,
    );
  });
});

interface Refusal {
  name: string;
  files?: Record<string, string>;
  args: string[];
  where: RegExp;
  message: RegExp;
  /** The dataset file whose bytes must not change (default cases.jsonl). */
  dataset?: string;
}

const refusals: Refusal[] = [
  {
    name: 'a variable the prompt needs that neither the trace nor a flag gives',
    files: { 'trace.json': JSON.stringify({ output: 'no', vars: { tier: 'free' }, expected: 'x' }) },
    args: ['--from', 'trace.json'],
    where: /^evalgate: error: trace\.json /,
    message: /no value for \{\{question\}\}, which prompt\.md:5 uses; give it with --var question=VALUE/,
  },
  {
    name: 'the request does not match the prompt (it changed since the incident)',
    files: {
      'trace.json': OPENAI_TRACE.replace('Question: Can I', 'Q: Can I'),
    },
    args: ['--from', 'trace.json'],
    where: /^evalgate: error: trace\.json /,
    message: /no value for \{\{tier\}\}.*do not match prompt\.md/,
  },
  {
    name: 'an unreadable trace',
    args: ['--from', 'missing.json'],
    where: /^evalgate: error: missing\.json /,
    message: /cannot read the trace: ENOENT/,
  },
  {
    name: 'malformed JSON in the trace',
    files: { 'trace.json': '{\n  "output": "no",\n  "vars": { "tier": "free", }\n}\n' },
    args: ['--from', 'trace.json'],
    where: /^evalgate: error: trace\.json:3:\d+ /,
    message: /invalid JSON/,
  },
  {
    name: 'a JSONL file of several traces',
    files: { 'trace.jsonl': '{"output":"a"}\n{"output":"b"}\n' },
    args: ['--from', 'trace.jsonl'],
    where: /^evalgate: error: trace\.jsonl:2 /,
    message: /holds 2 JSON lines; add-case takes one trace/,
  },
  {
    name: 'a trace without an output',
    files: { 'trace.json': '{\n  "input": "hi",\n  "answer": "no"\n}' },
    args: ['--from', 'trace.json'],
    where: /^evalgate: error: trace\.json:3 answer: /,
    message: /unknown key "answer"/,
  },
  {
    name: 'a response with no message content',
    files: { 'trace.json': JSON.stringify({ request: { messages: [{ role: 'user', content: 'hi' }] }, response: {} }) },
    args: ['--from', 'trace.json'],
    where: /^evalgate: error: trace\.json:1 response: /,
    message: /choices\[0\]\.message\.content/,
  },
  {
    name: 'a malformed dataset is reported, not appended to',
    files: { 'trace.json': OPENAI_TRACE, 'cases.jsonl': `${DATASET}\n{"id": "c", "vars": \n` },
    args: ['--from', 'trace.json'],
    where: /^evalgate: error: cases\.jsonl:3 /,
    message: /invalid JSON/,
  },
  {
    name: 'a CSV dataset without the columns an incident needs',
    files: {
      'evalgate.yml': CONFIG.replace('cases.jsonl', 'cases.csv'),
      'cases.csv': 'id,question,tier,expected\na,Hi?,free,x\n',
      'trace.json': OPENAI_TRACE,
    },
    args: ['--from', 'trace.json'],
    dataset: 'cases.csv',
    where: /^evalgate: error: cases\.csv /,
    message: /no column for "tags\.source", "severity", "incident_output"; add those columns.*the dataset is unchanged/,
  },
  {
    name: 'a YAML layout the append cannot extend (a flow list)',
    files: {
      'evalgate.yml': CONFIG.replace('cases.jsonl', 'cases.yaml'),
      'cases.yaml': '[{ id: a, vars: { question: "Hi?", tier: free }, expected: x }]\n',
      'trace.json': OPENAI_TRACE,
    },
    args: ['--from', 'trace.json'],
    dataset: 'cases.yaml',
    where: /^evalgate: error: cases\.yaml:\d+/,
    message: /after the append; the dataset is unchanged/,
  },
  {
    name: 'two suites',
    files: { 'trace.json': OPENAI_TRACE },
    args: ['--from', 'trace.json', '--suite', 'other'],
    where: /^evalgate: error: \(arguments\) /,
    message: /needs exactly one --suite/,
  },
  {
    name: 'a severity that does not exist',
    files: { 'trace.json': OPENAI_TRACE },
    args: ['--from', 'trace.json', '--severity', 'urgent'],
    where: /^evalgate: error: \(arguments\) /,
    message: /--severity expects critical, high, normal or low; got "urgent"/,
  },
  {
    name: 'a --var without a value',
    files: { 'trace.json': OPENAI_TRACE },
    args: ['--from', 'trace.json', '--var', 'tier'],
    where: /^evalgate: error: \(arguments\) /,
    message: /--var expects NAME=VALUE; got "tier"/,
  },
];

describe('evalgate add-case refuses bad input: exit 2, file and place, no stack trace, the dataset byte-identical', () => {
  test.each(refusals)('$name', async ({ files, args, where, message, dataset = 'cases.jsonl' }) => {
    const dir = workspace(files);
    const before = readFileSync(join(dir, dataset));
    const result = await addCase(dir, ...args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(where);
    expect(result.err).toMatch(message);
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(result.out).toBe('');
    expect(readFileSync(join(dir, dataset)).equals(before)).toBe(true);
  });

  test('an unknown suite is named with a suggestion', async () => {
    const dir = workspace({ 'trace.json': OPENAI_TRACE });
    const result = await runBuiltCli(
      ['add-case', '--config', 'evalgate.yml', '--suite', 'suport', '--from', 'trace.json'],
      dir,
    );
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--suite suport: no such suite in evalgate\.yml \(did you mean "support"\?\)/);
  });

  test('a suite that runs a pack is refused: its cases ship with evalgate (in-process: the test bundle has no packs/)', async () => {
    const dir = workspace({
      'evalgate.yml': CONFIG.replace(
        '    dataset: cases.jsonl\n',
        '    pack: prompt-injection@1\n    vars: { tier: free }\n',
      ),
      'trace.json': OPENAI_TRACE,
    });
    for (const command of [['add-case', '--from', 'trace.json'], ['redteam']]) {
      const result = await cli([...command, '--config', 'evalgate.yml', '--suite', 'support'], dir);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(
        /^evalgate: error: evalgate\.yml:\d+:\d+ suite "support" runs the pack prompt-injection@1, whose cases ship with evalgate/,
      );
    }
  });

  test('a duplicate id: the same trace added twice is refused the second time, naming the first', async () => {
    const dir = workspace({ 'trace.json': OPENAI_TRACE });
    expect((await addCase(dir, '--from', 'trace.json', '--ref', 'INC-5')).code).toBe(0);
    const once = readFileSync(join(dir, 'cases.jsonl'));
    const again = await addCase(dir, '--from', 'trace.json', '--ref', 'INC-5');
    expect(again.code).toBe(2);
    expect(again.err).toMatch(
      /^evalgate: error: cases\.jsonl:3 case id "incident-INC-5-[0-9a-f]{10}" is already in the dataset: this trace with --ref INC-5 was added before; the dataset is unchanged\n$/,
    );
    expect(readFileSync(join(dir, 'cases.jsonl')).equals(once)).toBe(true);
  });
});

describe('replacing a dataset in one step', () => {
  test('a write that fails leaves the file as it was, and no temporary file behind', () => {
    const dir = makeWorkspace();
    const path = join(dir, 'cases.jsonl');
    const before = readFileSync(path);
    // the temporary file's place is taken by a folder, so writing it fails
    mkdirSync(join(dir, `.cases.jsonl.evalgate-${process.pid}.tmp`));
    expect(() => replaceFile(path, Buffer.concat([before, Buffer.from('\n{}\n')]), before)).toThrow(
      /cannot write: EEXIST; the file is unchanged/,
    );
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  test('a file that changed since it was read is not replaced', () => {
    const dir = makeWorkspace();
    const path = join(dir, 'cases.jsonl');
    const before = readFileSync(path);
    writeFileSync(path, `${before.toString('utf8')}\n{"id":"z","vars":{}}`);
    const edited = readFileSync(path);
    expect(() => replaceFile(path, Buffer.concat([before, Buffer.from('\n{}\n')]), before)).toThrow(/the file changed/);
    expect(readFileSync(path).equals(edited)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
