import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Run } from '../../src/results/run-schema.js';
import { cli } from '../support/workspace.js';

const readRun = (dir: string) => Run.parse(JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')));
const tmp = () => mkdtempSync(join(tmpdir(), 'evalgate-cm-'));

describe('evalgate compare', () => {
  test('re-decides from two run.json files without calling a model, with the run exit code', async () => {
    const first = tmp();
    expect(
      (
        await cli([
          'run',
          '--config',
          'fixtures/demo/gates/pr-fail.yml',
          '--baseline',
          'none',
          '--out',
          first,
          '--quiet',
        ])
      ).code,
    ).toBe(1);
    const out = tmp();
    const result = await cli([
      'compare',
      join(first, 'run.json'),
      'fixtures/demo/baseline/run.json',
      '--config',
      'fixtures/demo/gates/pr-fail.yml',
      '--out',
      out,
    ]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/language=de fell by 25\.0 pp/);
    expect(readRun(out).decision?.comparisons['support-qa']?.paired).toBe(400);
  });
});

describe('evalgate merge', () => {
  test('shards run separately merge into the same decision as one full run', async () => {
    const shards = [1, 2, 3].map(() => tmp());
    for (const [i, dir] of shards.entries()) {
      const r = await cli([
        'run',
        '--config',
        'fixtures/demo/gates/pr-fail.yml',
        '--shard',
        `${i + 1}/3`,
        '--baseline',
        'none',
        '--out',
        dir,
        '--quiet',
      ]);
      expect([0, 1]).toContain(r.code);
    }
    const merged = tmp();
    const result = await cli([
      'merge',
      ...shards.map((d) => join(d, 'run.json')),
      '--config',
      'fixtures/demo/gates/pr-fail.yml',
      '--baseline',
      'fixtures/demo/baseline/run.json',
      '--out',
      merged,
      '--quiet',
    ]);
    expect(result.code).toBe(1);
    const whole = tmp();
    await cli([
      'run',
      '--config',
      'fixtures/demo/gates/pr-fail.yml',
      '--baseline',
      'fixtures/demo/baseline/run.json',
      '--out',
      whole,
      '--quiet',
    ]);
    const [a, b] = [readRun(merged), readRun(whole)];
    expect(a.cases).toHaveLength(400);
    expect(a.decision?.rules.map((r) => [r.metric, r.slice?.value, r.status])).toEqual(
      b.decision?.rules.map((r) => [r.metric, r.slice?.value, r.status]),
    );
  });

  test('overlapping shards are an input error naming both files', async () => {
    const dir = tmp();
    await cli([
      'run',
      '--config',
      'fixtures/demo/gates/pr-pass.yml',
      '--shard',
      '1/2',
      '--baseline',
      'none',
      '--out',
      dir,
      '--quiet',
    ]);
    const result = await cli(['merge', join(dir, 'run.json'), join(dir, 'run.json'), '--out', tmp()]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/is also in .*run\.json; shards must not overlap/);
  });
});

describe('evalgate schema', () => {
  test('prints the gate YAML JSON Schema generated from the zod schema', async () => {
    const result = await cli(['schema']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.out) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['version', 'providers', 'suites', 'overrides', 'baseline']),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'providers', 'suites']));
    expect(result.out).toMatch(/max_drop/);
  });
});
