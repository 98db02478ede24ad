import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { CaseRecord } from '../../src/results/run-schema.js';
import { cohort, gate } from '../support/synthetic.js';

const ruleRows = (d: ReturnType<typeof gate>['decision'], metric: string) => d.rules.filter((r) => r.metric === metric);

describe('a critical case that could not be evaluated is never a pass', () => {
  test('a critical case whose call failed fails critical_failures and is listed with its reason', () => {
    const current = [...cohort(40, 0), { id: 'legal-1', pass: false, error: true, severity: 'critical' as const }];
    const { decision, run } = gate({ rules: [{ metric: 'ok.pass_rate', min: 0.5 }], current, baseline: null });
    expect(ruleRows(decision, 'critical_failures')[0]).toMatchObject({ status: 'fail', outcome: 'fail', current: 1 });
    expect(decision.verdict).toBe('fail');
    expect(decision.critical_failures).toEqual([
      expect.objectContaining({ id: 'legal-1', scorers: [], error: 'HTTP 500' }),
    ]);
    const report = renderMarkdown(run);
    expect(report).toMatch(/`legal-1` in s: could not be evaluated: HTTP 500/);
  });

  test('the report lists every errored case by id with its reason, not only run.json', () => {
    const current = [...cohort(30, 0), { id: 'e1', pass: false, error: true }, { id: 'e2', pass: false, error: true }];
    const { run } = gate({ rules: [{ metric: 'ok.pass_rate', min: 0.5 }], current, baseline: null });
    const report = renderMarkdown(run);
    expect(report).toMatch(/\*\*Errored cases\*\* \(2\)/);
    expect(report).toMatch(/- `e1`: HTTP 500/);
    expect(report).toMatch(/- `e2`: HTTP 500/);
  });
});

describe('a failed judge call voids only its own scorer', () => {
  const twoScorers = (i: number, judgeFailed: boolean): CaseRecord => ({
    suite: 's',
    id: `c${i}`,
    repeat: 0,
    tags: {},
    severity: i === 0 ? 'critical' : 'normal',
    fingerprint: `fp-c${i}`,
    output: 'right',
    scores: judgeFailed
      ? { ok: { value: 1, pass: true } }
      : { ok: { value: 1, pass: true }, judge: { value: 1, pass: true } },
    ...(judgeFailed ? { scorer_errors: { judge: 'HTTP 500 (after 3 attempts)' } } : {}),
    latency_ms: 10,
    tokens: null,
    cost_usd: null,
    error: null,
  });

  test('rules on the judge see the smaller n and say so; the other scorers still count; a critical case is not passed', () => {
    const records = Array.from({ length: 30 }, (_, i) => twoScorers(i, i < 3));
    const { decision, run } = gate({
      rules: [
        { metric: 'judge.pass_rate', min: 0.5 },
        { metric: 'ok.pass_rate', min: 0.5 },
      ],
      current: [],
      records,
      scorers: [
        { id: 'ok', critical: false },
        { id: 'judge', critical: true },
      ],
      baseline: null,
    });
    const aggregate = run.aggregates[0]!;
    expect(aggregate.errors).toBe(0);
    expect(aggregate.scorer_errors).toEqual({ judge: 3 });
    expect(aggregate.metrics.find((m) => m.metric === 'ok.pass_rate')).toMatchObject({ n: 30, value: 1 });
    expect(aggregate.metrics.find((m) => m.metric === 'judge.pass_rate')).toMatchObject({ n: 27, value: 1 });
    const [judgeRule] = ruleRows(decision, 'judge.pass_rate');
    expect(judgeRule).toMatchObject({ n: 27 });
    expect(judgeRule!.explanation).toMatch(/3 of 30 judge calls of "judge" failed and are left out/);
    expect(decision.critical_failures.map((c) => c.id)).toEqual(['c0']);
    expect(renderMarkdown(run)).toMatch(/3 judge failures/);
  });
});

describe('absolute rules take the case as the unit, as regression rules do', () => {
  // 30 cases × 3 repeats; 6 cases pass 2 of their 3 repeats
  const current = Array.from({ length: 30 }, (_, i) => ({
    id: `c${i}`,
    pass: i < 6 ? [true, false, true] : [true, true, true],
  }));

  test('with repeats, a min rule counts n=30 cases, not 90 records', () => {
    const { decision } = gate({ rules: [{ metric: 'ok.pass_rate', min: 0.8 }], current, baseline: null });
    const [rule] = ruleRows(decision, 'ok.pass_rate');
    expect(rule).toMatchObject({ status: 'pass', n: 30 });
    expect(rule!.current).toBeCloseTo(84 / 90, 10);
    expect(rule!.method).toMatch(/case/);
    expect(rule!.explanation).toMatch(/n=30 cases × 3 repeats/);
  });

  test("the rule's aggregate combines a case's repeats: pass^k counts a case that failed once as failed", () => {
    const { decision } = gate({
      rules: [{ metric: 'ok.pass_rate', min: 0.85, aggregate: 'pass^k' }],
      current,
      baseline: null,
    });
    expect(ruleRows(decision, 'ok.pass_rate')[0]).toMatchObject({ status: 'fail', n: 30, current: 0.8 });
  });
});
