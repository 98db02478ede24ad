import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { importPromptfoo } from '../../src/import/promptfoo-config.js';
import type { Run } from '../../src/results/run-schema.js';
import { cli } from '../support/workspace.js';

/** A project folder holding a promptfoo config and the files it names. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-pf-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function mapped(text: string, files: Record<string, string> = {}) {
  const result = importPromptfoo({ text, file: 'promptfooconfig.yaml', read: (p) => files[p] });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  const gate = yaml.load(result.value.files['evalgate.yml']!) as {
    providers: Record<string, Record<string, unknown>>;
    suites: {
      id: string;
      scorers: Record<string, unknown>[];
      case_scorers?: string[];
      rules: Record<string, unknown>[];
      slices?: string[];
    }[];
  };
  const cases = result.value.files['datasets/promptfoo.jsonl']!.trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { ...result.value, gate, cases };
}

// the shape of promptfoo's getting-started example: prompts, providers, defaultTest, tests with vars and assert
const GETTING_STARTED = `description: "My eval"
prompts:
  - "Write a tweet about {{topic}}"
  - "Write a concise, funny tweet about {{topic}}"
providers:
  - openai:gpt-4.1-mini
  - id: anthropic:messages:claude-sonnet-4-5-20250929
    label: claude
    config:
      temperature: 0
      max_tokens: 256
  - google:gemini-2.5-flash
defaultTest:
  assert:
    - type: not-icontains
      value: "as an ai"
tests:
  - vars:
      topic: bananas
    assert:
      - type: icontains
        value: banana
  - vars:
      topic: avocado toast
    assert:
      - type: javascript
        value: output.toLowerCase().includes('avocado')
      - type: llm-rubric
        value: is funny
        threshold: 0.6
  - vars:
      topic: new york city
    assert:
      - type: similar
        value: a tweet about NYC
        threshold: 0.8
      - type: rouge-n
        value: New York is great
      - type: bleu
        value: New York is great
        threshold: 0.4
      - type: levenshtein
        value: New York City rocks
        threshold: 5
      - type: cost
        threshold: 0.002
`;

describe('evalgate import promptfoo: mapping', () => {
  test('prompts × providers become suites; openai, anthropic and google providers map natively', () => {
    const { gate, files } = mapped(GETTING_STARTED);
    expect(gate.providers.default).toEqual({ type: 'openai', model: 'gpt-4.1-mini' });
    expect(gate.providers.claude).toEqual({
      type: 'anthropic',
      model: 'claude-sonnet-4-5-20250929',
      temperature: 0,
      max_tokens: 256,
    });
    expect(gate.providers['gemini-2-5-flash']).toEqual({ type: 'gemini', model: 'gemini-2.5-flash' });
    expect(gate.suites.map((s) => s.id)).toEqual([
      'prompt-1-default',
      'prompt-1-claude',
      'prompt-1-gemini-2-5-flash',
      'prompt-2-default',
      'prompt-2-claude',
      'prompt-2-gemini-2-5-flash',
    ]);
    expect(files['prompts/prompt-1.md']).toBe('Write a tweet about {{topic}}\n');
  });

  test('defaultTest assertions are suite scorers; a test’s own are case scorers; not- negates', () => {
    const { gate, cases } = mapped(GETTING_STARTED);
    expect(gate.suites[0]!.scorers).toEqual([
      { id: 'not-icontains', type: 'icontains', expected: 'as an ai', negate: true },
    ]);
    expect(cases[0]).toEqual({
      id: 't1',
      vars: { topic: 'bananas' },
      assert: [{ id: 'icontains', type: 'icontains', expected: 'banana' }],
    });
    expect(gate.suites[0]!.case_scorers).toEqual([
      'icontains',
      'javascript',
      'llm-rubric',
      'similar',
      'rouge-n',
      'bleu',
      'levenshtein',
    ]);
  });

  test('javascript → code (with a module), llm-rubric → llm-judge, similar → similarity, rouge-n → rouge, bleu, levenshtein, cost → a suite rule', () => {
    const { cases, gate, files, notes } = mapped(GETTING_STARTED);
    const byId = (c: number) => Object.fromEntries((cases[c]!.assert as { id: string }[]).map((a) => [a.id, a]));
    expect(byId(1).javascript).toEqual({ id: 'javascript', type: 'code', module: 'scorers/javascript.mjs' });
    expect(files['scorers/javascript.mjs']).toContain("return (output.toLowerCase().includes('avocado'));");
    expect(byId(1)['llm-rubric']).toEqual({
      id: 'llm-rubric',
      type: 'llm-judge',
      provider: 'judge',
      rubric: 'is funny',
      scale: [0, 10],
      threshold: 6,
    });
    expect(byId(2).similar).toEqual({
      id: 'similar',
      type: 'similarity',
      reference: 'a tweet about NYC',
      threshold: 0.8,
      provider: 'default',
    });
    expect(byId(2)['rouge-n']).toEqual({
      id: 'rouge-n',
      type: 'rouge',
      reference: 'New York is great',
      variant: 'rouge1',
      threshold: 0.75,
    });
    // promptfoo's BLEU threshold is on 0–1; evalgate's bleu scorer is on sacreBLEU's 0–100
    expect(byId(2).bleu).toEqual({ id: 'bleu', type: 'bleu', reference: 'New York is great', threshold: 40 });
    expect(byId(2).levenshtein).toMatchObject({
      id: 'levenshtein',
      type: 'levenshtein',
      reference: 'New York City rocks',
      threshold: 0.737,
    });
    expect(gate.suites[0]!.rules).toContainEqual({ metric: 'cost.mean', max: 0.002 });
    expect(gate.providers.judge).toEqual({ type: 'openai', model: 'gpt-4.1', temperature: 0 });
    expect(notes.map((n) => n.message).join('\n')).toContain('levenshtein: promptfoo passes at edit distance ≤ 5');
  });

  test('bleu without a threshold gets promptfoo’s default 0.5 on evalgate’s 0–100 scale, said in a note', () => {
    const { cases, notes } = mapped(`prompts: ["{{q}}"]
providers: [openai:gpt-4o-mini]
tests:
  - vars: { q: a }
    assert:
      - { type: bleu, value: the cat sat }
`);
    expect(cases[0]!.assert).toEqual([{ id: 'bleu', type: 'bleu', reference: 'the cat sat', threshold: 50 }]);
    expect(notes.map((n) => n.message).join('\n')).toContain('threshold 0.5 becomes 50');
  });

  test('a config using similar, rouge-n, bleu, levenshtein and javascript imports into a gate that validates', async () => {
    const dir = project({ 'promptfooconfig.yaml': GETTING_STARTED });
    const imported = await cli(['import', 'promptfoo', 'promptfooconfig.yaml', '--out', 'gates'], dir);
    expect(imported.out).not.toContain('does not validate');
    expect(imported.code, imported.out + imported.err).toBe(0);
    expect(imported.out).toContain('The gate validates.');
    const validated = await cli(['validate', '--config', 'gates/evalgate.yml'], dir);
    expect(validated.code, validated.out + validated.err).toBe(0);
  });

  test('starter rules: every scorer’s pass rate may drop at most 5 pp, per slice when metadata gives slices, and no critical failure', () => {
    const { gate } = mapped(GETTING_STARTED);
    const rules = gate.suites[0]!.rules;
    expect(rules).toContainEqual({ metric: 'not-icontains.pass_rate', max_drop: '5pp' });
    expect(rules).toContainEqual({ metric: 'bleu.pass_rate', max_drop: '5pp' });
    expect(rules.at(-1)).toEqual({ metric: 'critical_failures', max: 0 });
    expect(rules.some((r) => r.per_slice)).toBe(false);
    const sliced = mapped(`prompts: ["{{q}}"]
providers: [openai:gpt-4o-mini]
tests:
  - vars: { q: a }
    metadata: { topic: billing, priority: 1 }
    assert: [{ type: contains, value: x }]
`);
    expect(sliced.gate.suites[0]!.slices).toEqual(['topic', 'priority']);
    expect(sliced.cases[0]!.tags).toEqual({ topic: 'billing', priority: '1' });
    expect(sliced.gate.suites[0]!.rules).toContainEqual({
      metric: 'contains.pass_rate',
      max_drop: '5pp',
      per_slice: true,
    });
  });

  test('contains-any/all, icontains-all, regex, starts-with, equals, not-equals, is-json with a schema', () => {
    const { cases } = mapped(`prompts: ["{{q}}"]
providers: [openai:gpt-4o-mini]
tests:
  - vars: { q: a }
    assert:
      - { type: contains-any, value: [red, blue] }
      - { type: contains-all, value: "red, blue" }
      - { type: icontains-all, value: [Red] }
      - { type: regex, value: "\\\\d+" }
      - { type: starts-with, value: "Yes." }
      - { type: equals, value: "Yes" }
      - { type: not-equals, value: "No (really)" }
      - { type: is-json, value: { type: object, required: [a] } }
`);
    expect(cases[0]!.assert).toEqual([
      { id: 'contains-any', type: 'contains', expected: ['red', 'blue'], any: true },
      { id: 'contains-all', type: 'contains', expected: ['red', 'blue'] },
      { id: 'icontains-all', type: 'icontains', expected: ['Red'] },
      { id: 'regex', type: 'regex', pattern: '\\d+' },
      { id: 'starts-with', type: 'regex', pattern: '^Yes\\.' },
      { id: 'equals', type: 'equals', expected: 'Yes', trim: false },
      { id: 'not-equals', type: 'regex', pattern: '^No \\(really\\)$', negate: true },
      { id: 'is-json', type: 'json', schema: { type: 'object', required: ['a'] } },
    ]);
  });

  test('what cannot be mapped is listed with file:line and kept as a comment in the gate, never dropped', () => {
    const { unmapped, files } = mapped(`prompts: ["{{q}}"]
providers:
  - openai:gpt-4o-mini
  - file://my_provider.py
tests:
  - vars: { q: a }
    assert:
      - type: contains
        value: a
      - type: model-graded-closedqa
        value: mentions the refund window
      - type: not-llm-rubric
        value: is rude
`);
    expect(unmapped.map((i) => `${i.file}:${i.line} ${i.message}`)).toEqual([
      expect.stringMatching(
        /^promptfooconfig\.yaml:4 provider: provider "file:\/\/my_provider\.py" has no evalgate equivalent/,
      ),
      expect.stringMatching(/^promptfooconfig\.yaml:10 assertion model-graded-closedqa: no evalgate scorer/),
      expect.stringMatching(/^promptfooconfig\.yaml:12 assertion not-llm-rubric:/),
    ]);
    expect(files['evalgate.yml']).toContain('# promptfooconfig.yaml:10 assertion model-graded-closedqa');
    expect(files['evalgate.yml']).toContain('#   value: mentions the refund window');
  });

  test('tests from a CSV file (__expected columns, __metadata), vars from file://, array vars expanded, chat JSON prompts', () => {
    const { cases, files, gate } = mapped(
      `prompts: [file://prompts/chat.json]
providers: ["exec: python app.py"]
defaultTest:
  vars: { tone: polite }
tests:
  - vars: { language: [German, Spanish], input: file://inputs/long.txt }
  - file://tests.csv
`,
      {
        'prompts/chat.json':
          '[{"role":"system","content":"Be {{tone}}."},{"role":"user","content":"{{input}} in {{language}}"}]',
        'inputs/long.txt': 'A long text.',
        'tests.csv':
          'language,input,__expected,__expected2,__metadata:kind\nItalian,Goodbye,icontains: ciao,grader: is polite,farewell\nDutch,Thanks,Dank je,not-contains: Danke,thanks\n',
      },
    );
    expect(files['prompts/chat.md']).toBe('[system]\nBe {{tone}}.\n\n[user]\n{{input}} in {{language}}\n');
    expect(gate.providers.default).toEqual({ type: 'command', command: 'python app.py', stdout: 'text' });
    expect(cases.map((c) => c.vars)).toEqual([
      { tone: 'polite', language: 'German', input: 'A long text.' },
      { tone: 'polite', language: 'Spanish', input: 'A long text.' },
      { tone: 'polite', language: 'Italian', input: 'Goodbye' },
      { tone: 'polite', language: 'Dutch', input: 'Thanks' },
    ]);
    expect(cases[2]!.assert).toEqual([
      { id: 'icontains', type: 'icontains', expected: 'ciao' },
      { id: 'llm-rubric', type: 'llm-judge', provider: 'judge', rubric: 'is polite', scale: 'pass-fail' },
    ]);
    expect(cases[3]!.assert).toEqual([
      { id: 'equals', type: 'equals', expected: 'Dank je', trim: false },
      { id: 'not-contains', type: 'contains', expected: 'Danke', negate: true },
    ]);
    expect(cases[3]!.tags).toEqual({ kind: 'thanks' });
  });
});

/**
 * Recorded outputs judged by evalgate must pass or fail as promptfoo's documented semantics
 * say (promptfoo.dev/docs/configuration/expected-outputs: contains is case-sensitive
 * substring, icontains folds case, contains-any needs one, contains-all every value, equals is
 * exact, regex is JavaScript RegExp.test, is-json parses the whole output, not- inverts).
 */
describe('evalgate import promptfoo: the imported gate runs offline with promptfoo’s pass/fail', () => {
  const CONFIG = `prompts: ["Answer: {{question}}"]
providers: [openai:gpt-4o-mini]
defaultTest:
  assert:
    - type: not-icontains
      value: "as an ai"
tests:
  - description: capital
    vars: { question: Capital of France? }
    metadata: { topic: geo }
    assert:
      - { type: contains, value: Paris }
      - { type: regex, value: "^The" }
  - description: capital-lower
    vars: { question: capital of france, lowercase }
    metadata: { topic: geo }
    assert:
      - { type: contains, value: Paris }
      - { type: icontains, value: PARIS }
  - description: colours
    vars: { question: Two colours? }
    metadata: { topic: art }
    assert:
      - { type: contains-any, value: [red, green] }
      - { type: contains-all, value: [red, blue] }
  - description: exact
    vars: { question: Say yes }
    metadata: { topic: misc }
    assert:
      - { type: equals, value: "Yes" }
      - { type: not-equals, value: "No" }
  - description: json
    vars: { question: JSON please }
    metadata: { topic: misc }
    assert:
      - { type: is-json }
      - { type: not-contains, value: error }
`;
  // output per case, and the pass/fail promptfoo's documented semantics give for each assertion
  const OUTPUTS: Record<string, [string, Record<string, boolean>]> = {
    capital: ['The capital is Paris.', { contains: true, regex: true, 'not-icontains': true }],
    'capital-lower': ['paris, as an AI would say', { contains: false, icontains: true, 'not-icontains': false }],
    colours: ['Red and blue', { 'contains-any': false, 'contains-all': false, 'not-icontains': true }],
    exact: [' Yes', { equals: false, 'not-equals': true, 'not-icontains': true }],
    json: ['{"ok": true, "error": null}', { 'is-json': true, 'not-contains': false, 'not-icontains': true }],
  };

  test('each mapped assertion passes or fails on the recorded outputs as promptfoo documents', async () => {
    const dir = project({ 'promptfooconfig.yaml': CONFIG });
    const imported = await cli(['import', 'promptfoo', 'promptfooconfig.yaml', '--out', 'gates'], dir);
    expect(imported.code, imported.out + imported.err).toBe(0);
    expect(imported.out).toContain('The gate validates.');
    // replay the recorded outputs instead of calling the model
    const gatePath = join(dir, 'gates', 'evalgate.yml');
    const gate = yaml.load(readFileSync(gatePath, 'utf8')) as { providers: Record<string, unknown> };
    gate.providers.default = { type: 'replay', recordings: 'recordings.jsonl' };
    writeFileSync(gatePath, yaml.dump(gate));
    writeFileSync(
      join(dir, 'gates', 'recordings.jsonl'),
      Object.entries(OUTPUTS)
        .map(([id, [output]]) => JSON.stringify({ id, output }))
        .join('\n'),
    );
    const run = await cli(['run', '--config', 'gates/evalgate.yml', '--baseline', 'none', '--out', 'out', '-q'], dir);
    expect(run.err).toBe('');
    const result = JSON.parse(readFileSync(join(dir, 'out', 'run.json'), 'utf8')) as Run;
    const got = Object.fromEntries(
      result.cases.map((c) => [c.id, Object.fromEntries(Object.entries(c.scores).map(([k, s]) => [k, s.pass]))]),
    );
    expect(got).toEqual(Object.fromEntries(Object.entries(OUTPUTS).map(([id, [, passes]]) => [id, passes])));
  });
});
