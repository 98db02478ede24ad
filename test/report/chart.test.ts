import { describe, expect, test } from 'vitest';
import { forest, marginOf, mermaid, renderSliceCharts, sliceCharts } from '../../src/report/chart.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { RuleOutcome } from '../../src/results/run-schema.js';
import { demoRun } from '../support/demo-runs.js';
import { expectGolden } from '../support/golden.js';

const slice = (value: string, delta: number, lo: number, hi: number, outcome: RuleOutcome['outcome']): RuleOutcome => ({
  suite: 's',
  rule: 2,
  metric: 'correct.pass_rate',
  kind: 'regression',
  slice: { name: 'lang', value },
  status: outcome === 'fail' ? 'fail' : outcome === 'warn' ? 'inconclusive' : 'pass',
  outcome,
  current: 0.9 + delta,
  baseline: 0.9,
  delta,
  // stored as the drop (baseline − current)
  interval: [-hi, -lo],
  n: 100,
  bound: 'max drop 10pp',
  method: 'paired',
  pvalue: null,
  explanation: '',
});

describe('per-slice charts in the comment', () => {
  test('the demo’s failing PR draws the worst slice first with the margin as a line (golden)', async () => {
    const run = await demoRun('pr-fail');
    const rules = run.decision!.rules.filter((r) => r.slice);
    expectGolden('chart-demo-pr-fail.mermaid.md', renderSliceCharts(rules, 'mermaid').join('\n') + '\n');
    expectGolden('chart-demo-pr-fail.text.md', renderSliceCharts(rules, 'text').join('\n') + '\n');
    const [chart] = sliceCharts(rules);
    expect(chart!.slices[0]!.label).toBe('language=de');
    expect(chart!.margin).toBe(-10);
    expect(chart!.slices[0]!.delta).toBeCloseTo(-25, 6);
  });

  test('off draws nothing, and the option reaches the rendered report', async () => {
    const run = await demoRun('pr-fail');
    expect(renderSliceCharts(run.decision!.rules, 'off')).toEqual([]);
    expect(renderMarkdown(run)).toContain('```mermaid\nxychart-beta');
    expect(renderMarkdown(run, { chart: 'off' })).not.toContain('xychart-beta');
    const text = renderMarkdown({
      ...run,
      manifest: { ...run.manifest, config: { ...run.manifest.config, chart: 'text' } },
    });
    expect(text).toContain('● point');
  });

  test('the footer points to report.html in the results artifact', async () => {
    const run = await demoRun('pr-pass');
    expect(renderMarkdown(run, { links: { artifact: 'https://github.com/o/r/actions/runs/1#artifacts' } })).toContain(
      '[results artifact](https://github.com/o/r/actions/runs/1#artifacts) (report.html: every case)',
    );
  });

  test('keeps the worst 12 of many slices', () => {
    const rules = Array.from({ length: 30 }, (_, i) =>
      slice(`v${i}`, -i / 100, -i / 100 - 0.03, -i / 100 + 0.03, i > 25 ? 'warn' : 'pass'),
    );
    const [chart] = sliceCharts(rules);
    expect(chart!.slices).toHaveLength(12);
    expect(chart!.slices.slice(0, 4).map((s) => s.label)).toEqual(['lang=v29', 'lang=v28', 'lang=v27', 'lang=v26']);
    expect(chart!.slices[4]!.label).toBe('lang=v25');
  });

  test('slice names from the dataset cannot break out of the Mermaid string or the code block', () => {
    const hostile = slice('"]\n```\n<script>alert(1)</script> @admin', -0.2, -0.3, -0.1, 'fail');
    const lines = [...mermaid(sliceCharts([hostile])[0]!), ...forest(sliceCharts([hostile])[0]!)];
    for (const line of lines.filter((l) => !l.startsWith('```') && !l.startsWith('  y-axis')))
      expect(line).not.toMatch(/[`<>@]/);
    expect(lines.find((l) => l.startsWith('  x-axis'))).toMatch(/^ {2}x-axis \["[^"]*"\]$/);
    expect(lines.filter((l) => l.startsWith('```'))).toHaveLength(4);
  });

  test('margins read from the bound: pp, plain numbers and relative percentages', () => {
    const r = slice('x', 0, 0, 0, 'pass');
    expect(marginOf(r, 'pp')).toBe(-10);
    expect(marginOf({ ...r, bound: 'max drop 0.02' }, 'pp')).toBe(-2);
    expect(marginOf({ ...r, bound: 'max increase 25%' }, '%')).toBe(25);
    expect(marginOf({ ...r, bound: 'max increase 25%' }, 'ms')).toBeNull();
  });
});
