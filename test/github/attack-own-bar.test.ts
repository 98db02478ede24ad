// Issue 9, item 3: a pull request is judged by the base branch's gate; what it changes in the
// gate is evaluated beside it, and a change that loosens the gate fails until overridden.
import { describe, expect, test } from 'vitest';
import { OVERRIDE, demoConfig, ours, readRun, scenario, useLoopbackGitHub } from '../support/pr-scenario.js';

useLoopbackGitHub();

/** The review's reproduction: rename the suite and loosen every rule that would fail. */
const lowerTheBar = (yaml: string) =>
  yaml
    .replace('id: support-qa', 'id: support-qa-v2')
    .replace('{ metric: correct.pass_rate, min: 0.80 }', '{ metric: correct.pass_rate, min: 0 }')
    .replace('{ metric: critical_failures, max: 0 }', '{ metric: critical_failures, max: 1000 }')
    .replace(/max_drop: (5|10)pp/g, 'max_drop: $1pp, on_no_baseline: pass')
    .replace('max_increase: 25%', 'max_increase: 25%, on_no_baseline: pass');

describe('a pull request cannot lower its own bar', () => {
  test('a renamed suite with loosened rules fails under the base branch’s gate, with the PR’s gate shown beside it', async () => {
    const s = await scenario({ editConfig: lowerTheBar });
    const result = await s.run({});
    expect(result.outputs.verdict, result.stdout).toBe('fail');
    const run = readRun(result.outputs['results-path']!);
    expect(run.manifest.suites.map((m) => m.id)).toEqual(['support-qa']);
    const body = ours(s)[0]!.body;
    expect(body).toMatch(/Judged by the gate config of the base branch `main`/);
    expect(body).toMatch(/This pull request loosens the gate/);
    expect(body).toMatch(/suite support-qa of the base branch is gone from the pull request's gate/);
    expect(body).toMatch(/Under the pull request's proposed gate: \*\*PASS\*\*/);
    expect(s.server.checkRuns[0]!.conclusion).toBe('failure');
  });

  test('loosening alone fails a gate that passes; a maintainer’s override lets it through', async () => {
    const loosen = (yaml: string) =>
      yaml.replace('{ metric: correct.pass_rate, min: 0.80 }', '{ metric: correct.pass_rate, min: 0.5 }');
    const s = await scenario({ config: 'pr-pass', editConfig: loosen, labels: [OVERRIDE] });
    const result = await s.run({});
    expect(result.outputs.verdict, result.stdout).toBe('fail');
    expect(result.summary).toMatch(/support-qa: rule correct\.pass\\_rate min 0\.8 → 0\.5 \(lowered\)/);
    s.server.addEvent(2, 'labeled', 'maintainer', '2024-05-01T11:00:00Z', OVERRIDE);
    const overridden = await s.run({ action: 'labeled', label: OVERRIDE, runId: 777_000_020 });
    expect(overridden.outputs.verdict, overridden.stdout).toBe('overridden');
  });

  test('a change that only tightens the gate is reported and does not block', async () => {
    const tighten = (yaml: string) =>
      yaml.replace('{ metric: correct.pass_rate, min: 0.80 }', '{ metric: correct.pass_rate, min: 0.85 }');
    const s = await scenario({ config: 'pr-pass', editConfig: tighten });
    const result = await s.run({});
    expect(['pass', 'warn']).toContain(result.outputs.verdict);
    expect(result.summary).toMatch(/This pull request tightens the gate/);
    expect(result.summary).not.toMatch(/loosens/);
  });

  test('without a gate on the base branch (the PR that adds evalgate) the PR’s own gate applies', async () => {
    const s = await scenario({ config: 'pr-pass', baseConfig: null });
    const result = await s.run({});
    expect(['pass', 'warn']).toContain(result.outputs.verdict);
    expect(result.summary).not.toMatch(/Judged by the gate config of the base branch/);
    expect(demoConfig('pr-pass')).toContain('support-qa');
  });
});
