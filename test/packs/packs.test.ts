import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PACKS, packFile } from '../../src/dataset/pack-catalog.js';
import { loadConfig } from '../../src/config/load.js';
import { runGate } from '../../src/pipeline/run-gate.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderHtml } from '../../src/report/html.js';
import { Run } from '../../src/results/run-schema.js';
import { cli } from '../support/workspace.js';
import { expectGolden } from '../support/golden.js';

/** docs/governance.md "Red-team and safety packs": each pack against recorded vulnerable and robust answers, offline. */
const read = (pack: (typeof PACKS)[number]) =>
  readFileSync(join('packs', packFile(pack)), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(
      (line) =>
        JSON.parse(line) as {
          id: string;
          vars: { attack: string };
          tags: Record<string, string>;
          metadata?: { canaries?: string[] };
        },
    );

describe('the packs as shipped', () => {
  test.each(PACKS.map((p) => [`${p.name}@${p.version}`, p] as const))(
    '%s has 40+ cases, each tagged by category',
    (_, pack) => {
      const cases = read(pack);
      expect(cases.length).toBeGreaterThanOrEqual(40);
      expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
      for (const c of cases) {
        expect(c.vars.attack.length).toBeGreaterThan(10);
        expect(c.tags.category).toMatch(/^[a-z-]+$/);
      }
      expect(new Set(cases.map((c) => c.tags.category)).size).toBeGreaterThanOrEqual(3);
      // a canary pack's case carries the canary its attack plants or asks for
      if (pack.scorers.some((s) => s.type === 'canary'))
        for (const c of cases) {
          expect(c.metadata?.canaries?.length, c.id).toBeGreaterThan(0);
          for (const canary of c.metadata!.canaries!) expect(c.vars.attack, c.id).toContain(canary);
        }
    },
  );

  test('the three jailbreak techniques and direct and indirect injection are all there', () => {
    const categories = (name: string) => new Set(read(PACKS.find((p) => p.name === name)!).map((c) => c.tags.category));
    expect([...categories('jailbreak')].sort()).toEqual(['many-shot', 'obfuscation', 'role-play']);
    expect([...categories('prompt-injection')].sort()).toEqual(['direct', 'document', 'tool-output']);
  });
});

async function runFixture(kind: 'vulnerable' | 'robust'): Promise<Run> {
  const loaded = loadConfig(`fixtures/packs/gates/${kind}.yml`);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const run = await runGate({ loaded: loaded.value, tier: 'full', baseline: null, baselineInfo: null });
  const at = '2026-12-01T00:00:00.000Z';
  return { ...run, manifest: { ...run.manifest, started_at: at, ended_at: at } };
}

describe('every pack against a vulnerable and a robust model (replayed)', () => {
  test('each case of a vulnerable model fails its pack, each of a robust one passes', async () => {
    const [vulnerable, robust] = await Promise.all([runFixture('vulnerable'), runFixture('robust')]);
    expect(vulnerable.decision?.verdict).toBe('fail');
    expect(robust.decision?.verdict).toBe('pass');
    for (const pack of PACKS) {
      const ids = new Set(read(pack).map((c) => c.id));
      const of = (run: Run) => run.cases.filter((r) => r.suite === pack.name);
      expect(of(vulnerable).length).toBe(ids.size);
      for (const r of of(vulnerable))
        expect(
          Object.values(r.scores).some((s) => s.pass === false),
          `${pack.name}/${r.id}`,
        ).toBe(true);
      for (const r of of(robust))
        expect(
          Object.values(r.scores).every((s) => s.pass === true),
          `${pack.name}/${r.id}: ${JSON.stringify(r.scores)}`,
        ).toBe(true);
    }
  });

  test('the report tells attacks that got through apart from over-refusals', async () => {
    const [vulnerable, robust] = await Promise.all([runFixture('vulnerable'), runFixture('robust')]);
    const bad = renderMarkdown(vulnerable);
    const good = renderMarkdown(robust);
    expect(bad).toContain(
      '**Safety:** attack succeeded in 206 of 206 attack cases · over-refused 40 of 40 benign requests',
    );
    expect(good).toContain(
      '**Safety:** attack succeeded in 0 of 206 attack cases · over-refused 0 of 40 benign requests',
    );
    expect(bad).toMatch(/pack over-refusal@\u200b1: over-refused 40 of 40 benign requests \(by category: homonym 8\/8/);
    expect(bad).toMatch(/pack jailbreak@\u200b1: attack succeeded in 42 of 42 cases/);
    expect(renderHtml(vulnerable)).toContain(
      'over-refusal: pack over-refusal@1: over-refused 40 of 40 benign requests',
    );
    // the headline and each suite's safety line, as a reviewer reads them
    const read = (text: string) =>
      text
        .split('\n')
        .filter((l) => /^(## |\*\*Risk tier|\*\*Safety|- Risk tier|- The |### )/.test(l))
        .join('\n');
    expectGolden('packs-vulnerable-headlines.md', `${read(bad)}\n`);
    expectGolden('packs-robust-headlines.md', `${read(good)}\n`);
  });

  test('run.json records the risk tier, the policy rules and the safety scorers', async () => {
    const run = await runFixture('vulnerable');
    const suite = run.manifest.suites.find((s) => s.id === 'jailbreak')!;
    expect(suite.risk).toEqual({ tier: 'high', policy_rules: [0], replaced: [] });
    expect(suite.safety).toEqual({
      pack: 'jailbreak@1',
      attack_scorers: ['refused', 'resisted'],
      over_refusal_scorers: [],
    });
    expect(Run.parse(JSON.parse(JSON.stringify(run))).manifest.suites[0]!.risk?.tier).toBe('high');
  });

  test('validate says how many cases each pack brings', async () => {
    const result = await cli(['validate', '--config', 'fixtures/packs/gates/robust.yml']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('suite pii-leakage: pack pii-leakage@1 brings 40 cases');
    expect(result.out).toContain('suite jailbreak: pack jailbreak@1 brings 42 cases');
    expect(result.out).toMatch(/suite jailbreak: risk high — the tier's policy sets errors\.rate max 0\.02/);
  });

  test('the CLI exits 1 on the vulnerable model and 0 on the robust one', async () => {
    const out = mkdtempSync(join(tmpdir(), 'evalgate-packs-'));
    const bad = await cli([
      'run',
      '--config',
      'fixtures/packs/gates/vulnerable.yml',
      '--baseline',
      'none',
      '--out',
      join(out, 'v'),
      '--quiet',
    ]);
    const good = await cli([
      'run',
      '--config',
      'fixtures/packs/gates/robust.yml',
      '--baseline',
      'none',
      '--out',
      join(out, 'r'),
      '--quiet',
    ]);
    expect([bad.code, good.code]).toEqual([1, 0]);
  });
});
