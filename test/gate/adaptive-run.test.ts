// Adaptive tiers end to end (README "Adaptive tiers"): the CLI runs the smoke sample, looks,
// and runs more cases of the dataset while a regression rule is open, through the replay provider.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Run } from '../../src/results/run-schema.js';
import { cli, makeWorkspace } from '../support/workspace.js';

const N = 800;
const config = (tier: string) => `version: 1
providers:
  default: { type: replay, recordings: recordings.jsonl }
suites:
  - id: qa
    prompt: prompt.md
    dataset: cases.jsonl
    tiers: { smoke: ${tier}, full: {} }
    slices: [language]
    scorers:
      - { id: correct, type: contains, expected: "{{expected}}" }
    rules:
      - { metric: correct.pass_rate, max_drop: 10pp }
`;
const dataset = Array.from({ length: N }, (_, i) =>
  JSON.stringify({
    id: `q${i}`,
    vars: { question: `q${i}` },
    expected: 'yes',
    tags: { language: i % 2 ? 'en' : 'de' },
  }),
).join('\n');
// the baseline misses every fourth case; the pull request misses a different fourth: no change on
// average, but half the cases disagree, so 100 cases cannot show a 10 pp margin and a few hundred can
const recordings = (miss: number) =>
  Array.from({ length: N }, (_, i) => JSON.stringify({ id: `q${i}`, output: i % 4 === miss ? 'no' : 'yes' })).join(
    '\n',
  );

async function pullRequest(tier: string) {
  const dir = makeWorkspace({
    'evalgate.yml': config(tier),
    'cases.jsonl': dataset,
    'recordings.jsonl': recordings(0),
  });
  const base = await cli(['run', '--config', 'evalgate.yml', '--tier', 'full', '--out', 'base', '--no-cache'], dir);
  expect(base.code, base.err).toBe(0);
  writeFileSync(join(dir, 'recordings.jsonl'), recordings(1));
  const pr = await cli(
    ['run', '--config', 'evalgate.yml', '--tier', 'smoke', '--baseline', 'base/run.json', '--out', 'pr', '--no-cache'],
    dir,
  );
  return {
    ...pr,
    run: Run.parse(JSON.parse(readFileSync(join(dir, 'pr/run.json'), 'utf8'))),
    report: readFileSync(join(dir, 'pr/report.md'), 'utf8'),
  };
}

describe('adaptive tiers', () => {
  test('a fixed smoke sample of 100 cannot show the margin: warn', async () => {
    const pr = await pullRequest('{ sample: 100 }');
    expect(pr.run.decision!.verdict).toBe('warn');
    expect(pr.run.decision!.adaptive).toBeUndefined();
    expect(pr.run.cases).toHaveLength(100);
  });

  test('the adaptive tier runs more cases until the rule is decided, and says so', async () => {
    const pr = await pullRequest('{ sample: 100, adaptive: { max: full } }');
    const d = pr.run.decision!;
    expect(d.verdict).toBe('pass');
    const [adaptive] = d.adaptive!;
    expect(adaptive!.stop).toBe('conclusive');
    expect(adaptive!.max).toBe(N);
    // the batches are a twentieth of max (50 at least); it took more than the sample and far less than all
    expect(adaptive!.looks.length).toBeGreaterThanOrEqual(2);
    expect(adaptive!.looks.map((l) => l.cases)).toEqual(adaptive!.looks.map((_, k) => 100 + 50 * k));
    expect(adaptive!.cases).toBeLessThan(N * 0.8);
    expect(pr.run.cases).toHaveLength(adaptive!.cases);
    expect(pr.run.manifest.suites[0]!.cases).toBe(adaptive!.cases);
    const rule = d.rules.find((r) => r.rule === 0)!;
    expect(rule.status).toBe('pass');
    expect(rule.sequential).toMatchObject({ stop: 'conclusive', cases: adaptive!.cases, capacity: N });
    expect(rule.sequential!.z_pass!).toBeGreaterThanOrEqual(rule.sequential!.pass_boundary);
    expect(rule.method).toContain('Lan–DeMets α-spending');
    expect(pr.report).toContain(
      `Adaptive: conclusive after ${adaptive!.cases} of ${N} cases, ${adaptive!.looks.length} looks`,
    );
  });

  test('max caps the growth: inconclusive at max says so', async () => {
    const pr = await pullRequest('{ sample: 100, adaptive: { max: 150, batch: 25 } }');
    const d = pr.run.decision!;
    expect(d.verdict).toBe('warn');
    expect(d.adaptive![0]).toMatchObject({ stop: 'max', cases: 150, max: 150 });
    expect(d.adaptive![0]!.looks.map((l) => l.cases)).toEqual([100, 125, 150]);
    expect(d.rules.find((r) => r.rule === 0)!.explanation).toMatch(
      /after 150 cases, the most this adaptive tier could run/,
    );
    expect(pr.report).toContain('Adaptive: max reached (150 of 150 cases)');
  });
});

describe('evalgate plan on an adaptive tier', () => {
  test('shows the expected cases with no change and with a drop of twice the margin', async () => {
    const dir = makeWorkspace({
      'evalgate.yml': config('{ sample: 100, adaptive: { max: full } }'),
      'cases.jsonl': dataset,
    });
    const plan = await cli(['plan', '--config', 'evalgate.yml'], dir);
    expect(plan.code, plan.err).toBe(0);
    const m =
      /adaptive up to 800 cases: about (\d+) cases expected with no change, (\d+) with a true drop of 20\.0 pp/.exec(
        plan.out,
      );
    expect(m, plan.out).not.toBeNull();
    // no change: z grows like 0.1·√(n/0.18), so the pass boundary is crossed around 150–300 cases
    expect(Number(m![1])).toBeGreaterThan(100);
    expect(Number(m![1])).toBeLessThan(400);
    expect(Number(m![2])).toBeGreaterThan(100);
    expect(Number(m![2])).toBeLessThan(800);
  });
});
