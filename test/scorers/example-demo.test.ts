import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Run } from '../../src/results/run-schema.js';
import { cli } from '../support/workspace.js';

const ROOT = 'fixtures/examples/summaries-tickets';

describe('evalgate demo --example summaries-tickets', () => {
  test('gates the summariser and the ticket classifier offline against the bundled baseline', async () => {
    const out = mkdtempSync(join(tmpdir(), 'evalgate-example-'));
    const result = await cli(['demo', '--example', 'summaries-tickets', '--out', out]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/evalgate: FAIL/);
    expect(result.out).toMatch(/label\.f1\.bug for language=de fell by 0\.500/);
    const report = readFileSync(join(out, 'summaries-tickets', 'report.md'), 'utf8');
    expect(report).toContain('Confusion matrix of `label`');
    expect(report).toMatch(/\| overlap\.mean max drop 0\.1 \| [\d.]+ \| [\d.]+ \| .* \| 60 \| ✅ pass \|/);
    // the BERTScore stand-in replays the recorded (bag-of-words hash) embeddings, with no network
    expect(report).toMatch(/\| meaning\.mean max drop 0\.05 \| [\d.]+ \| [\d.]+ \| .* \| 60 \| ✅ pass \|/);
    expect(report).toContain('embedding-cosine\\|provider:default\\|model:evalgate-bow-hash-64\\|refs:best');
  });

  test('the bundled baseline is what main’s config and recordings produce today', async () => {
    const out = mkdtempSync(join(tmpdir(), 'evalgate-example-main-'));
    const result = await cli([
      'run',
      '--config',
      `${ROOT}/gates/main.yml`,
      '--baseline',
      'none',
      '--out',
      out,
      '--quiet',
    ]);
    expect(result.code).toBe(0);
    const fresh = Run.parse(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')));
    const bundled = Run.parse(JSON.parse(readFileSync(`${ROOT}/baseline/run.json`, 'utf8')));
    expect(fresh.cases).toEqual(bundled.cases);
    expect(fresh.aggregates).toEqual(bundled.aggregates);
    expect(fresh.manifest.suites).toEqual(bundled.manifest.suites);
  });

  test('an unknown example is an argument error with a suggestion', async () => {
    const result = await cli(['demo', '--example', 'summaries-ticket']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/no such example \(did you mean "summaries-tickets"\?\)/);
  });
});
