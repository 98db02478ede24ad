import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Run } from '../../src/results/run-schema.js';
import { demoRun } from '../support/demo-runs.js';
import { cli } from '../support/workspace.js';

describe('evalgate demo', () => {
  test('gates both candidates offline, writes run.json and report.md for each, and exits 0', async () => {
    const out = mkdtempSync(join(tmpdir(), 'evalgate-demo-'));
    const result = await cli(['demo', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/evalgate: PASS/);
    expect(result.out).toMatch(/evalgate: FAIL/);
    expect(result.out).toMatch(/critical case support-qa\/password-en-002/);
    expect(result.out).toMatch(/language=de fell by/);
    for (const name of ['pr-pass', 'pr-fail']) {
      expect(existsSync(join(out, name, 'report.md'))).toBe(true);
      const run = Run.parse(JSON.parse(readFileSync(join(out, name, 'run.json'), 'utf8')));
      expect(run.cases).toHaveLength(400);
    }
  });

  test('the bundled baseline is what main’s config and recordings produce today', async () => {
    const fresh = await demoRun('main', { baseline: false });
    const bundled = Run.parse(JSON.parse(readFileSync(join('fixtures', 'demo', 'baseline', 'run.json'), 'utf8')));
    expect(fresh.cases).toEqual(bundled.cases);
    expect(fresh.aggregates).toEqual(bundled.aggregates);
    expect(fresh.manifest.suites).toEqual(bundled.manifest.suites);
  });
});

describe('evalgate plan', () => {
  test('says per suite and tier how many cases run and what each pass-rate rule can detect', async () => {
    const result = await cli([
      'plan',
      '--config',
      'gates/evalgate.yml',
      '--baseline',
      'fixtures/demo/baseline/run.json',
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/tier smoke: 200 cases × 1 repeat/);
    expect(result.out).toMatch(/tier full: 400 cases × 1 repeat/);
    expect(result.out).toMatch(
      /correct\.pass_rate max drop 5pp: fails a true drop of \d+\.\d pp or more 80% of the time; failing a 10\.0 pp drop needs \d+ paired cases/,
    );
    expect(result.out).toMatch(
      /per slice \(6 slices of 100–211 cases; Holm over 6 gated\): in the smallest gated slice \(100 cases\)/,
    );
  });
});
