import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { gateHealth, isoWeek } from '../../src/report/health.js';
import type { Run } from '../../src/results/run-schema.js';
import { expectGolden } from '../support/golden.js';
import { cohort, gate } from '../support/synthetic.js';

const RULES = [
  { metric: 'ok.pass_rate', min: 0.5 },
  { metric: 'ok.pass_rate', max_drop: '5pp' },
  { metric: 'ok.pass_rate', max_drop: '10pp', per_slice: true, min_n: 20 },
];

/**
 * 50 runs over 10 weeks: every fifth on the base branch (no PR), the rest PRs whose failing
 * share grows with i (every ninth fails clearly); runs 8 and 26 failed and were overridden; the first two cases flip between repeats.
 */
function syntheticRuns(): Run[] {
  return Array.from({ length: 50 }, (_, i) => {
    const base = i % 5 === 4;
    const failing = base ? 6 + (i % 3) : i % 9 === 8 ? 25 : 4 + (i % 9);
    const current = cohort(100, failing, {}, 'c').map((c, k) => ({
      ...c,
      tags: { language: k % 2 ? 'de' : 'en' },
      pass: k < 2 ? [true, false, true] : [c.pass as boolean, c.pass as boolean, c.pass as boolean],
    }));
    const override =
      i === 8 || i === 26
        ? {
            applied: {
              label: 'evalgate/override',
              actor: 'maintainer-mia',
              permission: 'maintain',
              applied_at: '2026-10-01T00:00:00Z',
            },
            ignored: [],
          }
        : undefined;
    const { run } = gate({
      rules: RULES,
      current,
      baseline: cohort(100, 5).map((c, k) => ({ ...c, tags: { language: k % 2 ? 'de' : 'en' } })),
      slices: ['language'],
      override,
    });
    const at = new Date(Date.UTC(2026, 8, 7) + i * 1.4 * 86_400_000).toISOString();
    return {
      ...run,
      cases: run.cases.map((c) => ({ ...c, cost_usd: 0.0002 })),
      manifest: { ...run.manifest, pr: base ? null : 100 + (i % 40), started_at: at, ended_at: at },
    };
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'evalgate-health-'));
  syntheticRuns().forEach((run, i) => {
    mkdirSync(join(dir, `run-${String(i).padStart(2, '0')}`));
    writeFileSync(join(dir, `run-${String(i).padStart(2, '0')}`, 'run.json'), JSON.stringify(run));
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('evalgate health over a folder of 50 runs', () => {
  test('counts verdicts per week, overrides, noisy and silent rules, flaky cases, PR cost and the base trend', () => {
    const runs = syntheticRuns();
    const [h] = gateHealth(runs);
    expect(h!.runs).toBe(50);
    expect(h!.weeks.reduce((n, w) => n + w.pass + w.warn + w.fail + w.overridden, 0)).toBe(50);
    expect(runs.filter((r) => r.decision!.verdict === 'overridden')).toHaveLength(2);
    expect(h!.overrides).toEqual([
      { actor: 'maintainer-mia', count: runs.filter((r) => r.decision!.verdict === 'overridden').length },
    ]);
    const min = h!.rules.find((r) => r.rule === 'ok.pass_rate min 0.5')!;
    expect(min).toMatchObject({ fired: 0, evaluated: 40 });
    const prFires = runs
      .filter((r) => r.manifest.pr !== null)
      .filter((r) => r.decision!.rules.some((o) => o.bound === 'max drop 5pp' && o.outcome !== 'pass')).length;
    expect(h!.rules.find((r) => r.rule === 'ok.pass_rate max drop 5pp')!.fired).toBe(prFires);
    expect(h!.flaky.map((f) => f.id)).toEqual(['c0', 'c1']);
    expect(h!.flaky[0]!.runs).toBe(50);
    // one entry per PR (its latest run): 100 cases × 3 repeats × $0.0002
    expect(h!.costPerPr).toHaveLength(new Set(runs.map((r) => r.manifest.pr).filter((pr) => pr !== null)).size);
    expect(h!.costPerPr[0]!.usd).toBeCloseTo(0.06, 10);
    expect(h!.trends[0]!.metric).toBe('ok.pass_rate');
    expect(h!.trends[0]!.points).toHaveLength(10);
    expect(h!.trends[0]!.points.every((p) => p.lo <= p.value && p.value <= p.hi)).toBe(true);
  });

  test('prints Markdown with Mermaid charts (golden)', async () => {
    const { code, out } = await cli('health', '--runs', dir);
    expect(code).toBe(0);
    expect(out).toContain('```mermaid\nxychart-beta');
    expectGolden('health-50-runs.md', out);
  });

  test('prints Prometheus text and JSON lines', async () => {
    const prom = await cli('health', '--runs', dir, '--format', 'prom');
    expect(prom.out).toMatch(/^# HELP evalgate_suite_runs /);
    expect(prom.out).toMatch(/^evalgate_rule_fired_ratio\{suite="s",rule="ok.pass_rate min 0.5"\} 0$/m);
    for (const line of prom.out.trim().split('\n'))
      expect(line).toMatch(/^(# (HELP|TYPE) \w+ .+|\w+\{(\w+="(?:[^"\\]|\\.)*",?)+\} -?[\d.e-]+)$/);
    const jsonl = await cli('health', '--runs', dir, '--format', 'jsonl');
    const rows = jsonl.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string });
    expect(new Set(rows.map((r) => r.type))).toEqual(
      new Set(['verdicts', 'rule', 'override', 'flaky', 'pr_cost', 'base_pass_rate']),
    );
  });

  test('prints one static HTML page with the charts as SVG', async () => {
    const { code, out } = await cli('health', '--runs', dir, '--format', 'html');
    expect(code).toBe(0);
    expect(out).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-/);
    expect(out).not.toContain('<script');
    // the verdict chart and the base branch's pass-rate trend
    expect(out.match(/<svg /g)).toHaveLength(2);
    expect(out).toContain('maintainer-mia 2×');
    expect(out).toContain('never fired');
  });

  test('bad input: a missing folder or a bad format exits 2 with one message', async () => {
    const missing = await cli('health', '--runs', join(dir, 'nope'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/expected a folder of run\.json files/);
    expect((await cli('health', '--runs', dir, '--format', 'csv')).code).toBe(2);
  });

  test('weeks start on Monday (ISO 8601)', () => {
    expect(isoWeek('2026-12-03T14:00:00Z')).toBe('2026-11-30');
    expect(isoWeek('2026-11-30T00:00:00Z')).toBe('2026-11-30');
    expect(isoWeek('2026-12-06T23:59:59Z')).toBe('2026-11-30');
  });
});
