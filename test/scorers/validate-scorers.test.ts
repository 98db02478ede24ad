import { describe, expect, test } from 'vitest';
import { cli, makeWorkspace } from '../support/workspace.js';

// `evalgate validate` on scorer and suite-metric mistakes: one message with file:line and a
// did-you-mean where there is a near name, exit code 2 (README, "Validate").

const lines = (xs: object[]) => xs.map((x) => JSON.stringify(x)).join('\n');

const gate = (provider: string, scorers: string, rules = '') => `version: 1
providers:
  default: ${provider}
  judge: { type: openai, model: gpt-4o-mini }
suites:
  - id: qa
    prompt: prompt.md
    dataset: cases.jsonl
    scorers:
${scorers}
    rules:
${rules || '      - { metric: critical_failures, max: 0 }'}
`;
const REPLAY = '{ type: replay, recordings: recordings.jsonl }';
const DATASET = lines([
  { id: 'a', vars: { question: 'q' }, expected: 'billing' },
  { id: 'b', vars: { question: 'q' }, expected: 'bug' },
]);

const cases: { name: string; config: string; where: RegExp; message: RegExp }[] = [
  {
    name: 'an option the scorer type does not have',
    config: gate(REPLAY, '      - { id: overlap, type: rouge, varient: rouge1 }'),
    where: /evalgate\.yml:10:\d+ suites\[0\]\.scorers\[0\]\.varient/,
    message: /unknown key "varient" \(did you mean "variant"\?\)/,
  },
  {
    name: 'an option value outside its choices',
    config: gate(REPLAY, '      - { id: b, type: bleu, tokenize: 14a }'),
    where: /evalgate\.yml:10:\d+ suites\[0\]\.scorers\[0\]\.tokenize/,
    message: /13a/,
  },
  {
    name: 'an unknown scorer type',
    config: gate(REPLAY, '      - { id: r, type: rogue }'),
    where: /evalgate\.yml:10:\d+/,
    message: /unknown scorer type "rogue" \(did you mean "rouge"\?\)/,
  },
  {
    name: 'a tool-call scorer on a provider that cannot return tool calls',
    config: gate('{ type: openai, model: gpt-4o-mini }', '      - { id: tools, type: tool-call }'),
    where: /evalgate\.yml:10:\d+ suites\[0\]\.scorers\[0\]\.type/,
    message:
      /a tool-call scorer needs tool calls, but suite "qa" runs on provider "default", an openai provider without tools/,
  },
  {
    name: 'a similarity scorer without an embedding model',
    config: gate(REPLAY, '      - { id: sim, type: similarity }'),
    where: /evalgate\.yml:10:\d+ suites\[0\]\.scorers\[0\]\.provider/,
    message:
      /needs an embedding model: replay provider "default" has no embedding_model; set model: on the scorer \(the model its recorded embeddings name\) or embedding_model on the provider/,
  },
  {
    name: 'a similarity scorer on a provider that cannot embed',
    config: gate('{ type: command, command: [node, app.js] }', '      - { id: sim, type: similarity }'),
    where: /evalgate\.yml:10:\d+ suites\[0\]\.scorers\[0\]\.provider/,
    message:
      /needs an embedding model: provider "default" is command, which cannot embed text; name an openai provider/,
  },
  {
    name: 'a per-class rule for a class outside the labels',
    config: gate(
      REPLAY,
      '      - { id: label, type: classify, labels: [billing, bug] }',
      '      - { metric: label.f1.bugs, max_drop: 0.05 }',
    ),
    where: /evalgate\.yml:12:\d+ suites\[0\]\.rules\[0\]\.metric/,
    message: /"bugs" is not one of the labels of scorer "label" \(did you mean "bug"\?\)/,
  },
  {
    name: 'a per-class rule for a class no case expects',
    config: gate(
      REPLAY,
      '      - { id: label, type: classify }',
      '      - { metric: label.f1.refund, max_drop: 0.05 }',
    ),
    where: /evalgate\.yml:12:\d+ suites\[0\]\.rules\[0\]\.metric/,
    message: /no case of cases\.jsonl expects the class "refund" of label\.f1\.refund; expected classes: billing, bug/,
  },
  {
    name: 'a suite metric the scorer type does not have',
    config: gate(REPLAY, '      - { id: overlap, type: rouge }', '      - { metric: overlap.corpus, max_drop: 1 }'),
    where: /evalgate\.yml:12:\d+ suites\[0\]\.rules\[0\]\.metric/,
    message: /a rouge scorer has no metric "overlap.corpus"/,
  },
  {
    name: 'a misspelt suite metric',
    config: gate(REPLAY, '      - { id: b, type: bleu }', '      - { metric: b.corpuss, max_drop: 1 }'),
    where: /evalgate\.yml:12:\d+ suites\[0\]\.rules\[0\]\.metric/,
    message: /unknown metric "b\.corpuss" \(did you mean "b\.corpus"\?\)/,
  },
  {
    name: 'a calibration metric without a confidence path',
    config: gate(REPLAY, '      - { id: label, type: classify }', '      - { metric: label.ece, max_increase: 0.05 }'),
    where: /evalgate\.yml:12:\d+ suites\[0\]\.rules\[0\]\.metric/,
    message: /label\.ece needs the scorer's confidence/,
  },
];

describe('validate rejects scorer and suite-metric mistakes with file:line and a did-you-mean', () => {
  test.each(cases)('$name', async ({ config, where, message }) => {
    const dir = makeWorkspace({ 'evalgate.yml': config, 'cases.jsonl': DATASET });
    const result = await cli(['validate', '--config', `${dir}/evalgate.yml`]);
    expect(result.err).toMatch(where);
    expect(result.err).toMatch(message);
    expect(result.code).toBe(2);
    expect(result.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  test('a config using every new scorer type validates', async () => {
    const scorers = [
      '      - { id: r, type: rouge, variant: rouge2, stem: true, measure: r, threshold: 0.3 }',
      '      - { id: b, type: bleu, tokenize: intl, smooth: floor, lowercase: true }',
      '      - { id: c, type: chrf, word_order: 2 }',
      '      - { id: m, type: meteor }',
      '      - { id: em, type: exact-match }',
      '      - { id: f1, type: token-f1, threshold: 0.5 }',
      '      - { id: lev, type: levenshtein, threshold: 0.8 }',
      '      - { id: label, type: classify, labels: [billing, bug], json_path: label, confidence: p }',
      '      - { id: pick, type: choice }',
    ].join('\n');
    const rules = [
      '      - { metric: r.mean, max_drop: 2% }',
      '      - { metric: b.corpus, max_drop: 1 }',
      '      - { metric: label.f1.bug, max_drop: 0.05 }',
      '      - { metric: label.roc_auc, min: 0.7 }',
      '      - { metric: label.ece, max_increase: 0.05 }',
    ].join('\n');
    const dir = makeWorkspace({ 'evalgate.yml': gate(REPLAY, scorers, rules), 'cases.jsonl': DATASET });
    const result = await cli(['validate', '--config', `${dir}/evalgate.yml`]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
  });
});
