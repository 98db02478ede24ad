import { describe, expect, test } from 'vitest';
import { cohort, gate } from '../support/synthetic.js';

const DROP_5PP = { metric: 'ok.pass_rate', max_drop: '5pp' };
const outcomeOf = (d: ReturnType<typeof gate>['decision'], index = 0) => d.rules.filter((r) => r.rule === index);

describe('regression rules: non-inferiority on paired cases', () => {
  test('identical outputs pass', () => {
    const cases = cohort(200, 20);
    const { decision } = gate({ rules: [DROP_5PP], current: cases, baseline: cases });
    expect(decision.verdict).toBe('pass');
    expect(outcomeOf(decision)[0]).toMatchObject({ status: 'pass', delta: 0, n: 200 });
  });

  test('fails the gate when the whole interval of the drop lies beyond the margin', () => {
    const { decision } = gate({ rules: [DROP_5PP], current: cohort(200, 60), baseline: cohort(200, 10) });
    const [rule] = outcomeOf(decision);
    expect(rule).toMatchObject({ status: 'fail', outcome: 'fail' });
    expect(rule!.interval![0]).toBeGreaterThan(0.05);
    expect(rule!.explanation).toMatch(
      /fell by 25\.0 pp \(n=200 paired\); with 95% confidence the drop is at least \d+\.\d pp, beyond the 5\.0 pp margin/,
    );
    expect(decision.verdict).toBe('fail');
  });

  test('is inconclusive when the interval straddles the margin, which warns by default', () => {
    const { decision } = gate({ rules: [DROP_5PP], current: cohort(60, 9), baseline: cohort(60, 6) });
    expect(outcomeOf(decision)[0]).toMatchObject({ status: 'inconclusive', outcome: 'warn' });
    expect(decision.verdict).toBe('warn');
    expect(outcomeOf(decision)[0]!.explanation).toMatch(/the data cannot tell/);
  });

  test('on_inconclusive: fail turns an inconclusive rule into a failure', () => {
    const { decision } = gate({
      rules: [{ ...DROP_5PP, on_inconclusive: 'fail' }],
      current: cohort(60, 9),
      baseline: cohort(60, 6),
    });
    expect(decision.verdict).toBe('fail');
  });

  test('a relative margin is taken relative to the baseline value', () => {
    // baseline 50%, 10% relative = 5 pp; a 25 pp drop is far beyond it
    const { decision } = gate({
      rules: [{ metric: 'ok.pass_rate', max_drop: '10%' }],
      current: cohort(200, 150),
      baseline: cohort(200, 100),
    });
    expect(outcomeOf(decision)[0]).toMatchObject({ status: 'fail' });
  });

  test('compares unpaired, and says so, when the cases do not pair', () => {
    const { decision } = gate({ rules: [DROP_5PP], current: cohort(200, 100, {}, 'new'), baseline: cohort(200, 10) });
    const [rule] = outcomeOf(decision);
    expect(rule!.method).toMatch(/unpaired/);
    expect(rule!.status).toBe('fail');
  });

  test('leaves out cases whose content changed since the baseline, and counts them', () => {
    const baseline = cohort(100, 0);
    const current = cohort(100, 0).map((c, i) => (i < 30 ? { ...c, pass: false, fingerprint: 'changed' } : c));
    const { decision } = gate({ rules: [DROP_5PP], current, baseline });
    expect(decision.comparisons.s).toMatchObject({ paired: 70, changed: 30 });
    expect(decision.comparisons.s!.notes.join(' ')).toMatch(/30 cases changed content or severity since the baseline/);
  });
});

describe('per-slice rules', () => {
  const slice = (lang: string) => ({ tags: { lang } });
  const current = [
    ...cohort(100, 40, slice('de'), 'de'),
    ...cohort(100, 5, slice('en'), 'en'),
    ...cohort(7, 0, slice('fr'), 'fr'),
  ];
  const baseline = [
    ...cohort(100, 5, slice('de'), 'de'),
    ...cohort(100, 5, slice('en'), 'en'),
    ...cohort(7, 0, slice('fr'), 'fr'),
  ];

  test('fails the slice that regressed, passes the others and reports small slices as not gated', () => {
    const { decision } = gate({
      rules: [{ ...DROP_5PP, per_slice: true, max_drop: '10pp' }],
      slices: ['lang'],
      current,
      baseline,
    });
    const bySlice = Object.fromEntries(outcomeOf(decision).map((o) => [o.slice!.value, o]));
    expect(bySlice.de).toMatchObject({ status: 'fail' });
    expect(bySlice.en).toMatchObject({ status: 'pass' });
    expect(bySlice.fr).toMatchObject({ status: 'not_gated', outcome: 'info' });
    expect(bySlice.fr!.explanation).toMatch(/not gated \(n=7 paired < 20\)/);
    expect(bySlice.de!.method).toMatch(/holm across 2 slices/);
  });
});

describe('critical cases, baselines and overrides', () => {
  test('a failed critical case fails the gate whatever the averages say, and is listed by id', () => {
    const current = [...cohort(100, 0), { id: 'legal-1', pass: false, severity: 'critical' as const }];
    const { decision } = gate({ rules: [{ metric: 'ok.pass_rate', min: 0.5 }], current, baseline: null });
    expect(decision.verdict).toBe('fail');
    expect(decision.critical_failures.map((c) => c.id)).toEqual(['legal-1']);
  });

  describe('a severity lowered since the baseline', () => {
    const critical = (id: string, pass: boolean) => ({ id, pass, severity: 'critical' as const });
    const baseline = [...cohort(100, 0), critical('leak-1', true), critical('leak-2', true), critical('kept', true)];
    // the PR's data drops "severity": "critical" from the cases its prompt now fails
    const current = [
      ...cohort(100, 0),
      { id: 'leak-1', pass: false },
      { id: 'leak-2', pass: false },
      critical('kept', true),
    ];

    test('is gated at the baseline severity, names the demoted cases and fails until overridden', () => {
      const { decision } = gate({ rules: [{ metric: 'ok.pass_rate', min: 0.5 }], current, baseline });
      expect(decision.verdict).toBe('fail');
      expect(decision.critical_failures.map((c) => c.id)).toEqual(['leak-1', 'leak-2']);
      expect(decision.comparisons.s!.demoted).toEqual([
        { id: 'leak-1', baseline: 'critical', current: 'normal' },
        { id: 'leak-2', baseline: 'critical', current: 'normal' },
      ]);
      const demotion = decision.rules.find((r) => r.metric === 'severity')!;
      expect(demotion).toMatchObject({ kind: 'critical', status: 'fail', outcome: 'fail', current: 2 });
      expect(demotion.explanation).toMatch(
        /^2 cases are less severe than on the base branch, which loosens the gate: this fails until a maintainer overrides it, .* merged \(critical → normal: leak-1, leak-2\)\.$/,
      );
      // a severity change is a change of the case: it no longer pairs
      expect(decision.comparisons.s).toMatchObject({ paired: 101, changed: 2 });
    });

    test('fails even when the demoted cases pass, and a maintainer can override it', () => {
      const passing = current.map((c) => ({ ...c, pass: true }));
      const failed = gate({ rules: [], current: passing, baseline });
      expect(failed.decision.verdict).toBe('fail');
      expect(failed.decision.critical_failures).toEqual([]);
      const overridden = gate({
        rules: [],
        current: passing,
        baseline,
        override: {
          applied: {
            label: 'evalgate/override',
            actor: 'lead',
            permission: 'maintain',
            applied_at: '2026-11-20T00:00:00Z',
          },
          ignored: [],
        },
      });
      expect(overridden.decision.verdict).toBe('overridden');
    });

    test('on the base branch the merged severity counts and is only noted', () => {
      const { decision } = gate({ rules: [], current, baseline, baseBranch: true });
      expect(decision.verdict).toBe('pass');
      expect(decision.critical_failures).toEqual([]);
      expect(decision.comparisons.s!.demoted).toHaveLength(2);
      expect(decision.comparisons.s!.notes.join(' ')).toMatch(
        /2 cases are less severe than in the previous run of the base branch, and count so from now on \(critical → normal: leak-1, leak-2\)/,
      );
    });

    test('a raised severity counts at once and is only noted', () => {
      const raised = [...cohort(100, 0), critical('c7', false)].filter((c, i) => i !== 7);
      const { decision } = gate({ rules: [], current: raised, baseline: cohort(100, 0) });
      expect(decision.verdict).toBe('fail');
      expect(decision.critical_failures.map((c) => c.id)).toEqual(['c7']);
      expect(decision.comparisons.s!.demoted).toBeUndefined();
      expect(decision.comparisons.s!.notes.join(' ')).toMatch(/1 case had its severity raised/);
    });
  });

  test('without a baseline, absolute rules apply and regression rules warn', () => {
    const { decision } = gate({
      rules: [{ metric: 'ok.pass_rate', min: 0.5 }, DROP_5PP],
      current: cohort(100, 10),
      baseline: null,
    });
    expect(decision.verdict).toBe('warn');
    expect(outcomeOf(decision, 1)[0]).toMatchObject({ status: 'no_baseline', outcome: 'warn' });
  });

  test('on_no_baseline: fail makes a missing baseline fail the gate', () => {
    const { decision } = gate({
      rules: [{ ...DROP_5PP, on_no_baseline: 'fail' }],
      current: cohort(100, 10),
      baseline: null,
    });
    expect(decision.verdict).toBe('fail');
  });

  test('a scorer changed since the baseline makes its metrics not comparable', () => {
    const { decision } = gate({
      rules: [DROP_5PP],
      current: cohort(100, 10),
      baseline: cohort(100, 10),
      scorerChanged: true,
    });
    expect(outcomeOf(decision)[0]).toMatchObject({ status: 'not_comparable', outcome: 'warn' });
  });

  test('a rule loosened in the PR itself is reported, not enforced, until the base branch runs it', () => {
    const { decision } = gate({
      rules: [{ ...DROP_5PP, max_drop: '50pp' }],
      current: cohort(100, 60),
      baseline: cohort(100, 5),
      newRules: [0],
    });
    expect(outcomeOf(decision)[0]).toMatchObject({ status: 'not_comparable', outcome: 'warn' });
  });

  test('a valid override turns a failing gate into overridden and records who', () => {
    const override = {
      applied: {
        label: 'evalgate/override',
        actor: 'maintainer-mia',
        permission: 'maintain',
        applied_at: '2026-11-20T10:00:00Z',
      },
      ignored: [],
    };
    const { decision } = gate({ rules: [DROP_5PP], current: cohort(200, 60), baseline: cohort(200, 10), override });
    expect(decision.verdict).toBe('overridden');
    expect(decision.override).toMatchObject({ actor: 'maintainer-mia' });
  });

  test('an override never turns a passing gate into overridden', () => {
    const override = {
      applied: { label: 'evalgate/override', actor: 'm', permission: 'admin', applied_at: '2026-11-20T10:00:00Z' },
      ignored: [],
    };
    const cases = cohort(100, 10);
    expect(gate({ rules: [DROP_5PP], current: cases, baseline: cases, override }).decision.verdict).toBe('pass');
  });
});

describe('repeats and infrastructure errors', () => {
  test('repeats of a case count once: a case that now fails one of three repeats is a regression under pass^k', () => {
    const baseline = Array.from({ length: 100 }, (_, i) => ({ id: `c${i}`, pass: [true, true, true] }));
    const current = Array.from({ length: 100 }, (_, i) => ({
      id: `c${i}`,
      pass: i < 30 ? [true, false, true] : [true, true, true],
    }));
    const { decision, run } = gate({ rules: [{ ...DROP_5PP, aggregate: 'pass^k' }], current, baseline });
    const [rule] = outcomeOf(decision);
    expect(rule).toMatchObject({ status: 'fail', n: 100 });
    expect(run.aggregates[0]!.flaky![0]).toMatchObject({
      scorer: 'ok',
      cases: expect.arrayContaining([{ id: 'c0', passes: 2, repeats: 3 }]),
    });
    expect(run.aggregates[0]!.flaky![0]!.cases).toHaveLength(30);
  });

  test('the mean aggregate compares per-case pass shares with a paired t interval', () => {
    const baseline = Array.from({ length: 100 }, (_, i) => ({ id: `c${i}`, pass: [true, true, true] }));
    const current = Array.from({ length: 100 }, (_, i) => ({
      id: `c${i}`,
      pass: i < 30 ? [true, false, true] : [true, true, true],
    }));
    const [rule] = outcomeOf(gate({ rules: [DROP_5PP], current, baseline }).decision);
    expect(rule!.method).toMatch(/paired t/);
    expect(rule!.delta).toBeCloseTo(-0.1, 10);
  });

  test('an infrastructure error is never scored as a wrong answer, and the report says how many there were', () => {
    const current = [...cohort(100, 0), { id: 'e1', pass: false, error: true }, { id: 'e2', pass: false, error: true }];
    const { decision, run } = gate({ rules: [{ metric: 'ok.pass_rate', min: 1 }], current, baseline: null });
    expect(run.aggregates[0]!.metrics.find((m) => m.metric === 'ok.pass_rate')).toMatchObject({ value: 1, n: 100 });
    expect(decision.verdict).toBe('warn');
    expect(decision.reasons.join(' ')).toMatch(/2 of 102 calls failed for infrastructure reasons/);
  });
});

describe('a pull request that changes its own gate', () => {
  test('an absolute rule loosened in the PR passes only as a warning', () => {
    const { decision } = gate({
      rules: [{ metric: 'ok.pass_rate', min: 0.1 }],
      current: cohort(100, 60),
      baseline: cohort(100, 5),
      newRules: [0],
    });
    expect(outcomeOf(decision)[0]).toMatchObject({ status: 'pass', outcome: 'warn' });
    expect(outcomeOf(decision)[0]!.explanation).toMatch(/changed since the baseline run/);
    expect(decision.verdict).toBe('warn');
  });

  test('a rule the PR breaks still fails, changed or not', () => {
    const { decision } = gate({
      rules: [{ metric: 'ok.pass_rate', min: 0.9 }],
      current: cohort(100, 60),
      baseline: cohort(100, 5),
      newRules: [0],
    });
    expect(decision.verdict).toBe('fail');
  });
});

test('rules the baseline ran that the PR removed are reported as a warning', () => {
  const cases = cohort(100, 5);
  const { decision } = gate({ rules: [DROP_5PP], current: cases, baseline: cases, droppedRules: 2 });
  expect(decision.verdict).toBe('warn');
  expect(decision.reasons.join(' ')).toMatch(/2 rules of the baseline run are not in this config/);
});

test('on the base branch a missing baseline never makes the verdict worse than warn, even with on_no_baseline: fail', () => {
  const rules = [{ ...DROP_5PP, on_no_baseline: 'fail' }];
  expect(gate({ rules, current: cohort(100, 10), baseline: null, baseBranch: true }).decision.verdict).toBe('warn');
  expect(gate({ rules, current: cohort(100, 10), baseline: null }).decision.verdict).toBe('fail');
});
