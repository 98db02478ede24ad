import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Run } from '../../src/results/run-schema.js';
import { cohort, gate } from '../support/synthetic.js';

const visible = (run: Run) => renderMarkdown(run);

describe('report wording a reviewer can read', () => {
  test('rules dropped since the baseline are a sentence, not a table row of numbers', () => {
    const { run } = gate({
      rules: [{ metric: 'ok.pass_rate', min: 0.5 }],
      current: cohort(50, 0),
      baseline: cohort(50, 0),
      droppedRules: 2,
    });
    const text = visible(run);
    expect(text).not.toMatch(/as on the base branch/);
    expect(text).toMatch(/^- ⚠️ 2 rules of the baseline run are not in this config;/m);
  });

  test('infrastructure errors without an errors rule are a sentence, not "errors.count none set"', () => {
    const { run } = gate({
      rules: [{ metric: 'ok.pass_rate', min: 0.5 }],
      current: [...cohort(40, 0), ...cohort(3, 0, { error: true }, 'e')],
      baseline: null,
    });
    const text = visible(run);
    expect(text).not.toMatch(/none set/);
    expect(text).toMatch(/^- ⚠️ 3 of 43 calls failed for infrastructure reasons/m);
  });

  test('the summary counts failed rules and warnings apart', () => {
    const { decision } = gate({
      rules: [
        { metric: 'ok.pass_rate', min: 0.9 },
        { metric: 'ok.pass_rate', max_drop: '5pp', on_no_baseline: 'warn' },
        { metric: 'latency.p95', max_increase: '10%' },
      ],
      current: cohort(50, 20),
      baseline: null,
    });
    expect(decision.summary).toBe('1 rule failed; 2 more warn.');
  });

  test('a per-slice rule failing in several slices counts once, and the slices are named apart', () => {
    const tags = (i: number) => ({ language: ['en', 'de', 'fr'][i % 3]! });
    const current = cohort(300, 150).map((c, i) => ({ ...c, tags: tags(i) }));
    const baseline = cohort(300, 0).map((c, i) => ({ ...c, tags: tags(i) }));
    const { decision } = gate({
      rules: [
        { metric: 'ok.pass_rate', max_drop: '5pp', per_slice: true },
        { metric: 'ok.pass_rate', min: 0.9 },
      ],
      current,
      baseline,
      slices: ['language'],
    });
    expect(decision.rules.filter((r) => r.outcome === 'fail')).toHaveLength(4);
    expect(decision.summary).toBe('2 rules failed (ok.pass_rate max drop 5pp in 3 slices).');
  });

  test('unpaired evidence is not called paired', () => {
    const { decision } = gate({
      rules: [{ metric: 'ok.pass_rate', max_drop: '5pp' }],
      current: cohort(100, 30),
      baseline: cohort(100, 0, {}, 'old'),
    });
    const rule = decision.rules.find((r) => r.kind === 'regression')!;
    expect(rule.explanation).not.toMatch(/paired\)/);
    expect(rule.explanation).toMatch(/\(unpaired, n=100 vs 100\)/);
  });

  test('rule intervals say they are two-sided at 1 − 2α beside the two-sided 95% CIs of the metrics', () => {
    const { run } = gate({
      rules: [
        { metric: 'ok.pass_rate', max_drop: '5pp' },
        { metric: 'ok.pass_rate', min: 0.5 },
      ],
      current: cohort(200, 20),
      baseline: cohort(200, 20),
    });
    const text = visible(run);
    expect(text).toMatch(/\| Rule \| Baseline \| Current \| Δ or value \(interval\) \| n \| Result \|/);
    expect(text).toMatch(
      /Intervals: a regression rule's Δ is a two-sided 90% interval, whose ends are the rule's one-sided 95% bounds; a value's CI is two-sided 95%\./,
    );
    expect(text).toMatch(/\| 95% CI \(two-sided\) \|/);
  });

  test('a fully cached run says it spent nothing and what it would have cost', () => {
    const { run } = gate({ rules: [], current: cohort(10, 0), baseline: null });
    const cases = run.cases.map((r) => ({ ...r, cost_usd: 0.01, cached: true }));
    const aggregates = run.aggregates.map((a) => ({
      ...a,
      metrics: a.metrics.map((m) => (m.metric === 'cost.total' ? { ...m, value: 0.1, n: 10 } : m)),
    }));
    const text = visible({ ...run, cases, aggregates });
    expect(text).toMatch(/\| cost\.total \| cached, \$0 spent; \$0\.100 if uncached \|/);
  });

  test('a partly cached run says what it spent', () => {
    const { run } = gate({ rules: [], current: cohort(10, 0), baseline: null });
    const cases = run.cases.map((r, i) => ({ ...r, cost_usd: 0.01, cached: i < 6 }));
    const aggregates = run.aggregates.map((a) => ({
      ...a,
      metrics: a.metrics.map((m) => (m.metric === 'cost.total' ? { ...m, value: 0.1, n: 10 } : m)),
    }));
    const text = visible({ ...run, cases, aggregates });
    expect(text).toMatch(/\| cost\.total \| \$0\.0400 spent \(6 of 10 calls cached\); \$0\.100 if uncached \|/);
  });
});
