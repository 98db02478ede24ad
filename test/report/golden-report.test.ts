import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { demoRoot } from '../../src/cli/demo.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { readRunFile } from '../../src/results/run-file.js';
import type { Run } from '../../src/results/run-schema.js';
import { demoRun as runDemo } from '../support/demo-runs.js';
import { expectGolden } from '../support/golden.js';
import { cohort, gate } from '../support/synthetic.js';

/** Pins the run's clock three days after the bundled baseline, so the baseline's age reads the same every day. */
async function demoRun(...args: Parameters<typeof runDemo>): Promise<Run> {
  const run = await runDemo(...args);
  const baselineAt =
    Object.values(run.decision?.comparisons ?? {})[0]?.baseline?.created_at ?? '2026-11-20T00:00:00.000Z';
  const at = new Date(Date.parse(baselineAt) + 3 * 86_400_000).toISOString();
  return { ...run, manifest: { ...run.manifest, started_at: at, ended_at: at } };
}

/** The bundled baseline the demo compares with, for the failure modes new since it. */
function demoBaseline(): Run {
  const read = readRunFile(join(demoRoot(), 'baseline', 'run.json'));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.value;
}

describe('the rendered report a reviewer reads (golden files)', () => {
  test('a passing prompt change', async () => {
    const run = await demoRun('pr-pass');
    expect(run.decision?.verdict).toBe('pass');
    expectGolden('demo-pr-pass.md', renderMarkdown(run, { marker: true, baseline: demoBaseline() }));
  });

  test('a failing prompt change: a regression in one slice and a failed critical case', async () => {
    const run = await demoRun('pr-fail');
    expect(run.decision?.verdict).toBe('fail');
    expectGolden('demo-pr-fail.md', renderMarkdown(run, { marker: true, baseline: demoBaseline() }));
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

describe('golden files for the verdicts the demo does not show', () => {
  const override = {
    applied: {
      label: 'evalgate/override',
      actor: 'maintainer-mia',
      permission: 'maintain',
      applied_at: '2026-11-20T10:00:00Z',
    },
    ignored: [],
  };

  test('overridden: a failing gate with a maintainer’s label names who and why', () => {
    const { run } = gate({
      rules: [{ metric: 'ok.pass_rate', max_drop: '5pp' }],
      current: cohort(200, 60),
      baseline: cohort(200, 10),
      override,
    });
    expect(run.decision?.verdict).toBe('overridden');
    expectGolden('verdict-overridden.md', renderMarkdown(run, { marker: true }));
  });

  test('an ignored override label is explained in the comment', () => {
    const ignored = {
      applied: null,
      ignored: [
        'Override label "evalgate/override" is ignored: @triager applied it with triage permission on this repository; it needs maintain or higher.',
      ],
    };
    const { run } = gate({
      rules: [{ metric: 'ok.pass_rate', max_drop: '5pp' }],
      current: cohort(200, 60),
      baseline: cohort(200, 10),
      override: ignored,
    });
    expect(run.decision?.verdict).toBe('fail');
    const text = renderMarkdown(run, { marker: true });
    expect(text).toMatch(
      /^> Override label "evalgate\/override" is ignored: @\u200btriager applied it with triage permission/m,
    );
    expectGolden('verdict-fail-override-ignored.md', text);
  });

  const bare = (verdict: 'skipped' | 'error', summary: string, reasons: string[] = []): Run => ({
    ...gate({ rules: [], current: [], baseline: null }).run,
    cases: [],
    aggregates: [],
    manifest: { ...gate({ rules: [], current: [], baseline: null }).run.manifest, suites: [] },
    decision: { verdict, summary, reasons, rules: [], critical_failures: [], comparisons: {}, override: null },
  });

  test('skipped: no gated file changed', () => {
    expectGolden(
      'verdict-skipped.md',
      renderMarkdown(
        bare(
          'skipped',
          'No gated files changed: none of the 3 changed files matches a suite’s paths or the gate config.',
        ),
        { marker: true },
      ),
    );
  });

  test('error: the provider could not be reached, titled "could not evaluate"', () => {
    const text = renderMarkdown(
      bare('error', 'The model provider could not be reached after retries; no verdict was reached.', [
        'support-qa: 400 of 400 calls failed: HTTP 503 from api.openai.com after 5 attempts',
      ]),
      { marker: true },
    );
    expect(text).toMatch(/^## 🛑 evalgate: could not evaluate/m);
    expectGolden('verdict-error.md', text);
  });
});

test('pairwise judge outcomes are counted in the suite section', () => {
  const { run } = gate({ rules: [], current: cohort(4, 0), baseline: null });
  const labels = ['win', 'win', 'loss', 'inconsistent'];
  const cases = run.cases.map((r, i) => ({
    ...r,
    scores: { ...r.scores, better: { value: 0.5, pass: true, label: labels[i]! } },
  }));
  expect(renderMarkdown({ ...run, cases })).toMatch(
    /\*\*`better`\*\* \(pairwise, candidate vs baseline\): 2 wins, 0 ties, 1 losses, 1 inconsistent/,
  );
});
