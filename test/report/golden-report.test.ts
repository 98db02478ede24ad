import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Run } from '../../src/run/run-schema.js';
import { demoRun as runDemo } from '../support/demo-runs.js';
import { expectGolden } from '../support/golden.js';

/** Pins the run's clock three days after the bundled baseline, so the baseline's age reads the same every day. */
async function demoRun(...args: Parameters<typeof runDemo>): Promise<Run> {
  const run = await runDemo(...args);
  const baselineAt = Object.values(run.decision?.comparisons ?? {})[0]?.baseline?.created_at ?? '2026-11-20T00:00:00.000Z';
  const at = new Date(Date.parse(baselineAt) + 3 * 86_400_000).toISOString();
  return { ...run, manifest: { ...run.manifest, started_at: at, ended_at: at } };
}

describe('the rendered report a reviewer reads (golden files)', () => {
  test('a passing prompt change', async () => {
    const run = await demoRun('pr-pass');
    expect(run.decision?.verdict).toBe('pass');
    expectGolden('demo-pr-pass.md', renderMarkdown(run, { marker: true }));
  });

  test('a failing prompt change: a regression in one slice and a failed critical case', async () => {
    const run = await demoRun('pr-fail');
    expect(run.decision?.verdict).toBe('fail');
    expectGolden('demo-pr-fail.md', renderMarkdown(run, { marker: true }));
  });

  test('the first run of a branch, without a baseline', async () => {
    const run = await demoRun('main', { baseline: false });
    expect(run.decision?.verdict).toBe('warn');
    expectGolden('demo-no-baseline.md', renderMarkdown(run, { marker: true }));
  });

  test('a report over the size budget keeps the verdict and says where the rest is', async () => {
    const run = await demoRun('pr-fail');
    const text = renderMarkdown(run, { budget: 3_000 });
    expect(text.length).toBeLessThanOrEqual(3_200);
    expect(text).toMatch(/^## ❌ evalgate: FAIL/);
    expect(text).toMatch(/left out to fit GitHub's size limit/);
  });
});
