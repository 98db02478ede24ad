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

  // Suite metrics need all cases at once: a merged run's corpus BLEU, macro-F1 and ECE are those
  // of the merged cases (docs/metrics.md), not any shard's.
  test('recomputes suite metrics from the merged cases, with and without the config', async () => {
    const config = 'fixtures/examples/summaries-tickets/gates/pr.yml';
    const shards = [1, 2].map(() => tmp());
    for (const [i, dir] of shards.entries()) {
      const r = await cli([
        'run',
        '--config',
        config,
        '--shard',
        `${i + 1}/2`,
        '--baseline',
        'none',
        '--out',
        dir,
        '--quiet',
      ]);
      expect([0, 1]).toContain(r.code);
    }
    const whole = tmp();
    await cli(['run', '--config', config, '--baseline', 'none', '--out', whole, '--quiet']);
    const suiteMetrics = (run: Run) =>
      Object.fromEntries(
        run.aggregates.flatMap((a) =>
          a.metrics.filter((m) => m.kind === 'suite').map((m) => [`${a.suite}/${m.metric}`, m.value]),
        ),
      );
    const expected = suiteMetrics(readRun(whole));
    expect(Object.keys(expected)).toEqual(
      expect.arrayContaining([
        'summaries/bleu.corpus',
        'tickets/label.macro_f1',
        'tickets/label.ece',
        'tickets/label.f1.bug',
      ]),
    );
    // a shard alone has other values, so agreeing with the whole run means recomputed
    expect(suiteMetrics(readRun(shards[0]!))['summaries/bleu.corpus']).not.toBe(expected['summaries/bleu.corpus']);
    // float sums run over the cases in another order, so equal to 12 digits
    const rounded = (values: Record<string, number | null>) =>
      Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === null ? null : Number(v.toPrecision(12))]));
    const merged = tmp();
    const result = await cli([
      'merge',
      ...shards.map((d) => join(d, 'run.json')),
      '--config',
      config,
      '--out',
      merged,
      '--quiet',
    ]);
    expect([0, 1], result.err).toContain(result.code);
    expect(rounded(suiteMetrics(readRun(merged)))).toEqual(rounded(expected));

    // without the config the scorers' definitions are unknown: no shard's value is passed off as the suite's
    const bare = tmp();
    const plain = await cli(['merge', ...shards.map((d) => join(d, 'run.json')), '--out', bare]);
    expect(plain.code, plain.err).toBe(0);
    expect(suiteMetrics(readRun(bare))).toEqual({});
    expect(plain.out).toMatch(/suite metrics \(summaries: bleu\.corpus; tickets: label\.accuracy, .*\) need --config/);
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
