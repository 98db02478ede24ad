// limits: what one run may load and call. Past a cap the run stops before any model call, exit 2.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCsvDataset } from '../../src/dataset/load-csv.js';
import { parseYamlDataset } from '../../src/dataset/load-yaml.js';
import { cli, makeWorkspace, VALID_CONFIG } from '../support/workspace.js';

const withLimits = (limits: string, config = VALID_CONFIG) => `${config}limits: ${limits}\n`;
const cases = (n: number, extra: (i: number) => Record<string, unknown> = () => ({})) =>
  Array.from({ length: n }, (_, i) =>
    JSON.stringify({ id: `c${i}`, vars: { question: `q${i}` }, expected: 'x', ...extra(i) }),
  ).join('\n');

async function run(files: Record<string, string>, args: string[] = []) {
  const dir = makeWorkspace(files);
  return cli(['run', '--config', join(dir, 'evalgate.yml'), '--tier', 'full', '--no-cache', ...args], dir);
}

describe('limits in the gate YAML', () => {
  test('a dataset with more cases than limits.cases is refused at the first case past the cap', async () => {
    const { code, err } = await run({ 'evalgate.yml': withLimits('{ cases: 50 }'), 'cases.jsonl': cases(60) });
    expect(code).toBe(2);
    expect(err).toMatch(
      /cases\.jsonl:51 the dataset has more than 50 cases, the most limits\.cases in the gate config allows/,
    );
  });

  test('a case larger than limits.case_bytes is refused with its line', async () => {
    const { code, err } = await run({
      'evalgate.yml': withLimits('{ case_bytes: 2000 }'),
      'cases.jsonl': cases(5, (i) => (i === 3 ? { vars: { question: 'x'.repeat(5000) } } : {})),
    });
    expect(code).toBe(2);
    expect(err).toMatch(/cases\.jsonl:4 this case is \d+ bytes as JSON, more than limits\.case_bytes \(2000\)/);
  });

  test('a dataset file larger than cases × case_bytes is refused without being read', async () => {
    const { code, err } = await run({
      'evalgate.yml': withLimits('{ cases: 2, case_bytes: 100 }'),
      'cases.jsonl': cases(10),
    });
    expect(code).toBe(2);
    expect(err).toMatch(/cases\.jsonl the dataset is \d+ bytes, more than limits\.cases × limits\.case_bytes \(200\)/);
  });

  test('a prompt larger than limits.prompt_bytes is refused', async () => {
    const { code, err } = await run({
      'evalgate.yml': withLimits('{ prompt_bytes: 1000 }'),
      'prompt.md': `{{question}}\n${'x'.repeat(2000)}`,
    });
    expect(code).toBe(2);
    expect(err).toMatch(/prompt\.md the prompt is 2013 bytes, more than limits\.prompt_bytes \(1000\)/);
  });

  test('a run that would make more model calls than limits.calls is refused, naming what adds up', async () => {
    const { code, err } = await run({ 'evalgate.yml': withLimits('{ calls: 8 }') }, ['--repeats', '3']);
    expect(code).toBe(2);
    expect(err).toMatch(
      /evalgate\.yml:\d+:\d+ this run would make 9 model calls \(qa: 3 cases × 3 repeats\), more than limits\.calls \(8\)/,
    );
  });

  test('the defaults allow ordinary datasets, and the schema documents them', async () => {
    expect((await run({})).code).toBe(0);
    const { out } = await cli(['schema']);
    const limits = (
      JSON.parse(out) as { properties: Record<string, { properties: Record<string, { default: number }> }> }
    ).properties.limits!.properties;
    expect(Object.fromEntries(Object.entries(limits).map(([k, v]) => [k, v.default]))).toEqual({
      cases: 10_000,
      case_bytes: 100_000,
      prompt_bytes: 200_000,
      calls: 20_000,
    });
  });

  test('YAML and CSV datasets are held to the same caps', () => {
    const limits = { cases: 2, case_bytes: 60 };
    const yaml = parseYamlDataset('- id: a\n- id: b\n- id: c\n', 'd.yaml', limits);
    expect(!yaml.ok && yaml.issues).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringMatching(/more than 2 cases/) }),
    ]);
    const csv = parseCsvDataset(`id,question\na,short\nb,${'x'.repeat(100)}\n`, 'd.csv', limits);
    expect(!csv.ok && csv.issues).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringMatching(/more than limits\.case_bytes \(60\)/) }),
    ]);
  });
});
