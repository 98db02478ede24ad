import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { applyRiskPolicy, describeRule } from '../../src/config/risk-policy.js';
import { RuleConfig } from '../../src/config/schema.js';
import { demoRoot } from '../../src/cli/demo.js';
import { runGate } from '../../src/pipeline/run-gate.js';
import { readRunFile } from '../../src/results/run-file.js';
import { describeBaseline } from '../../src/pipeline/describe-baseline.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderHtml } from '../../src/report/html.js';
import { diffGates } from '../../src/action/gate-change.js';
import { withRiskPermission } from '../../src/action/risk-overrides.js';
import { expectGolden } from '../support/golden.js';
import { cli, makeWorkspace } from '../support/workspace.js';

const rules = (...raw: Record<string, unknown>[]) => raw.map((r) => RuleConfig.parse(r));

describe('the tier policy (docs/governance.md "Risk tiers")', () => {
  test('no tier: the rules as written', () => {
    expect(applyRiskPolicy(undefined, rules({ metric: 'errors.rate', max: 0.5 }), ['h'])).toBeNull();
  });

  test('critical adds its rules; a stricter team rule stays, a looser one is replaced and said so', () => {
    const team = rules(
      { metric: 'errors.rate', max: 0.001 },
      { metric: 'critical.pass_rate', min: 0.8 },
      { metric: 'latency.p50', max_increase: '50%' },
    );
    const policy = applyRiskPolicy('critical', team, ['a', 'b', 'c'])!;
    expect(policy.rules.map(describeRule)).toEqual([
      'errors.rate max 0.001',
      'critical.pass_rate min 0.95',
      'latency.p50 max_increase 10%',
      'critical.failure_rate max 0.005',
    ]);
    expect(policy.fromPolicy).toEqual([1, 2, 3]);
    expect(policy.ruleHashes[0]).toBe('a');
    expect(policy.ruleHashes[1]).not.toBe('b');
    expect(policy.replaced).toEqual([
      "rule latency.p50 max_increase 50%: on_inconclusive warn is looser than the critical tier's fail, so fail applies",
      "rule critical.pass_rate min 0.8 is looser than the critical tier's critical.pass_rate min 0.95, so the tier's applies",
      "rule latency.p50 max_increase 50% is looser than the critical tier's latency.p50 max_increase 10%, so the tier's applies",
    ]);
    expect(policy.minPermission).toBe('admin');
  });

  test('high: regression rules, per slice too, fail when inconclusive; low adds nothing', () => {
    const team = rules({ metric: 'ok.pass_rate', max_drop: '5pp', per_slice: true, on_inconclusive: 'pass' });
    const high = applyRiskPolicy('high', team, ['a'])!;
    expect(high.rules[0]!.on_inconclusive).toBe('fail');
    expect(high.rules.map(describeRule)).toEqual(['ok.pass_rate per slice max_drop 5pp', 'errors.rate max 0.02']);
    const medium = applyRiskPolicy('medium', team, ['a'])!;
    expect(medium.rules[0]!.on_inconclusive).toBe('warn');
    const low = applyRiskPolicy('low', team, ['a'])!;
    expect(low.rules).toEqual(team);
    expect([low.fromPolicy, low.replaced, low.minPermission]).toEqual([[], [], null]);
  });
});

/** The demo's gate with a risk tier added to its suite, run against the bundled baseline. */
async function demoWithRisk(name: 'pr-fail' | 'pr-pass', risk: string) {
  const root = demoRoot();
  const text = readFileSync(join(root, 'gates', `${name}.yml`), 'utf8').replace(
    '  - id: support-qa\n',
    `  - id: support-qa\n    risk: ${risk}\n`,
  );
  const loaded = parseConfig(text, `gates/${name}.yml`, join(root, 'gates'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const baseline = readRunFile(join(root, 'baseline', 'run.json'));
  if (!baseline.ok) throw new Error('no baseline');
  const run = await runGate({
    loaded: loaded.value,
    tier: 'full',
    baseline: baseline.value,
    baselineInfo: describeBaseline(baseline.value, 'bundled baseline run of main (fixtures/demo/baseline/run.json)'),
  });
  const at = new Date(Date.parse(baseline.value.manifest.started_at) + 3 * 86_400_000).toISOString();
  return { ...run, manifest: { ...run.manifest, started_at: at, ended_at: at } };
}

describe('a critical suite, end to end', () => {
  test('the headline names the tier and the policy rule that decided; run.json records which rules came from it', async () => {
    const run = await demoWithRisk('pr-fail', 'critical');
    expect(run.decision?.verdict).toBe('fail');
    const suite = run.manifest.suites[0]!;
    expect(suite.risk?.tier).toBe('critical');
    const fromPolicy = suite.risk!.policy_rules.map((i) => run.decision!.rules.find((r) => r.rule === i)?.metric);
    // the two regression rules on correct.pass_rate now fail when inconclusive; the rest are the tier's own
    expect(fromPolicy).toEqual([
      'correct.pass_rate',
      'correct.pass_rate',
      'latency.p95',
      'errors.rate',
      'critical.pass_rate',
      'critical.failure_rate',
      'latency.p50',
    ]);
    const passRate = run.decision!.rules.find((r) => r.metric === 'critical.pass_rate')!;
    expect(passRate.interval).not.toBeNull();
    expect(passRate.explanation).toMatch(/critical\.pass_rate is [\d.]+% \(95% CI [\d.]+%–[\d.]+%, n=\d+\)/);
    const md = renderMarkdown(run, { marker: true });
    expect(md).toMatch(
      /\*\*Risk tier:\*\* critical \(support-qa\) · \*\*decided by\*\* the risk policy: correct\.pass\\_rate max drop 5pp in support-qa \(critical tier\)/,
    );
    expect(renderHtml(run)).toContain('<strong>Risk tier:</strong> critical (support-qa)');
    expectGolden('demo-pr-fail-critical.md', md);
  });

  test('a failure rate under the maximum whose upper bound is not warns and says how many cases it takes', async () => {
    const run = await demoWithRisk('pr-pass', 'critical');
    const rate = run.decision!.rules.find((r) => r.metric === 'critical.failure_rate')!;
    expect(rate.status).toBe('inconclusive');
    expect(rate.outcome).toBe('warn');
    // Clopper-Pearson: with no failure the 97.5% one-sided upper bound is 1 − 0.025^(1/n), under 0.5% from n = 736
    expect(rate.explanation).toMatch(/takes at least 736 cases without a critical failure/);
    expect(1 - 0.025 ** (1 / 736)).toBeLessThan(0.005);
    expect(1 - 0.025 ** (1 / 735)).toBeGreaterThan(0.005);
  });

  test('validate names what the tier sets and what it replaced', async () => {
    const dir = makeWorkspace();
    const config = readFileSync(join(dir, 'evalgate.yml'), 'utf8').replace(
      '    slices: [language]\n',
      '    slices: [language]\n    risk: high\n',
    );
    const again = makeWorkspace({
      'evalgate.yml': config.replace('max_drop: 5pp }', 'max_drop: 5pp, on_inconclusive: pass }'),
    });
    const result = await cli(['validate', '--config', join(again, 'evalgate.yml')]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      "suite qa: risk high — the tier's policy sets correct.pass_rate max_drop 5pp; errors.rate max 0.02",
    );
    expect(result.out).toContain(
      "suite qa: rule correct.pass_rate max_drop 5pp: on_inconclusive pass is looser than the high tier's fail, so fail applies",
    );
  });
});

describe('a pull request cannot loosen the tier (the base branch counts)', () => {
  const config = (risk: string | null) => {
    const dir = makeWorkspace();
    const text = readFileSync(join(dir, 'evalgate.yml'), 'utf8').replace(
      '    slices: [language]\n',
      `    slices: [language]\n${risk ? `    risk: ${risk}\n` : ''}`,
    );
    const loaded = parseConfig(text, 'evalgate.yml', dir);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    return loaded.value.config;
  };

  test('lowering or removing the risk is a loosening; raising it a tightening', () => {
    expect(diffGates(config('critical'), config('high')).loosened).toEqual([
      "qa: risk critical → high: the critical tier's default rules no longer apply",
    ]);
    expect(diffGates(config('high'), config(null)).loosened).toEqual([
      "qa: risk high → none: the high tier's default rules no longer apply",
    ]);
    expect(diffGates(config(null), config('medium'))).toEqual({ loosened: [], tightened: ['qa: risk none → medium'] });
  });

  test('a critical suite in the base gate needs an admin to override, whatever min_permission says', () => {
    expect(withRiskPermission({ label: 'evalgate/override', min_permission: 'write' }, config('critical'))).toEqual({
      label: 'evalgate/override',
      min_permission: 'admin',
    });
    expect(withRiskPermission({ label: 'x', min_permission: 'write' }, config('high')).min_permission).toBe('maintain');
    expect(withRiskPermission({ label: 'x', min_permission: 'admin' }, config('high')).min_permission).toBe('admin');
    expect(withRiskPermission({ label: 'x', min_permission: 'write' }, config(null)).min_permission).toBe('write');
  });
});
