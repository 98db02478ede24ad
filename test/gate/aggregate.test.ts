import { describe, expect, test } from 'vitest';
import { aggregateSuite } from '../../src/aggregate/aggregate.js';
import { cohort, records } from '../support/synthetic.js';

const spec = { suite: 's', scorers: [{ id: 'ok', critical: true }], slices: ['lang'] };

describe('aggregates', () => {
  test('a pass rate carries its Wilson interval (statsmodels proportion_confint(90, 100, method="wilson") = (0.8256, 0.9448))', () => {
    const agg = aggregateSuite(spec, records(cohort(100, 10)));
    const rate = agg.metrics.find((m) => m.metric === 'ok.pass_rate')!;
    expect(rate).toMatchObject({ value: 0.9, n: 100, successes: 90 });
    expect(rate.interval![0]).toBeCloseTo(0.8256, 4);
    expect(rate.interval![1]).toBeCloseTo(0.9448, 4);
  });

  test('judge cost is totalled apart from the cost of the model under test', () => {
    const recs = records(cohort(10, 0)).map((r) => ({ ...r, cost_usd: 0.001, judge_cost_usd: 0.002 }));
    const agg = aggregateSuite(spec, recs);
    expect(agg.metrics.find((m) => m.metric === 'cost.total')?.value).toBeCloseTo(0.01, 10);
    expect(agg.metrics.find((m) => m.metric === 'cost.judge')?.value).toBeCloseTo(0.02, 10);
  });

  test('latency quantiles follow NumPy’s default linear method (numpy.quantile([100..1000 step 100], 0.95) = 955)', () => {
    const recs = records(cohort(10, 0)).map((r, i) => ({ ...r, latency_ms: (i + 1) * 100 }));
    expect(aggregateSuite(spec, recs).metrics.find((m) => m.metric === 'latency.p95')?.value).toBeCloseTo(955, 10);
  });

  test('slices group records by tag, with "(none)" for untagged cases', () => {
    const recs = records([...cohort(3, 1, { tags: { lang: 'de' } }, 'de'), ...cohort(2, 0, {}, 'x')]);
    expect(aggregateSuite(spec, recs).slices.map((s) => [s.value, s.n])).toEqual([
      ['(none)', 2],
      ['de', 3],
    ]);
  });
});
