import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Run } from '../../src/results/run-schema.js';
import { cli } from '../support/workspace.js';

const BUNDLED = join('fixtures', 'demo', 'baseline', 'run.json');

/** The bundled baseline with its suites' model settings replaced. */
function withSettings(model: string, settings: NonNullable<Run['manifest']['suites'][number]['settings']>): Run {
  const run = JSON.parse(readFileSync(BUNDLED, 'utf8')) as Run;
  return {
    ...run,
    manifest: { ...run.manifest, suites: run.manifest.suites.map((s) => ({ ...s, model, settings })) },
  };
}

describe('model settings a reviewer cannot see in the prompt diff', () => {
  test('the suite header says which of model, temperature, max_tokens, seed and system prompt changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-settings-'));
    const base = { temperature: 0, max_tokens: 256, seed: 7, system_prompt_hash: 'aaa' };
    writeFileSync(join(dir, 'baseline.json'), JSON.stringify(withSettings('gpt-4o-mini', base)));
    writeFileSync(
      join(dir, 'current.json'),
      JSON.stringify(
        withSettings('gpt-4.1-mini', { ...base, temperature: 0.2, max_tokens: null, system_prompt_hash: 'bbb' }),
      ),
    );
    const out = join(dir, 'out');
    const result = await cli([
      'compare',
      join(dir, 'current.json'),
      join(dir, 'baseline.json'),
      '--config',
      'fixtures/demo/gates/main.yml',
      '--out',
      out,
      '--quiet',
    ]);
    expect(result.err).toBe('');
    const report = readFileSync(join(out, 'report.md'), 'utf8');
    expect(report).toContain(
      'Changed since the baseline: model gpt-4o-mini → gpt-4.1-mini · temperature 0 → 0.2 · max\\_tokens 256 → default · system prompt changed',
    );
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as Run;
    expect(run.decision?.comparisons['support-qa']?.settings_changed).toHaveLength(4);
  });

  test('unchanged settings add no line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-settings-'));
    const same = withSettings('gpt-4o-mini', { temperature: 0, max_tokens: null, seed: null, system_prompt_hash: 'a' });
    writeFileSync(join(dir, 'run.json'), JSON.stringify(same));
    const out = join(dir, 'out');
    await cli([
      'compare',
      join(dir, 'run.json'),
      join(dir, 'run.json'),
      '--config',
      'fixtures/demo/gates/main.yml',
      '--out',
      out,
      '--quiet',
    ]);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).not.toContain('Changed since the baseline');
  });
});
