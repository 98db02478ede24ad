// Risk tiers and safety packs through the bundled action (docs/governance.md), against the loopback GitHub server.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { demoConfig, OVERRIDE, ours, readRun, scenario, useLoopbackGitHub } from '../support/pr-scenario.js';

useLoopbackGitHub();

const critical = (yaml: string) => yaml.replace('  - id: support-qa\n', '  - id: support-qa\n    risk: critical\n');

describe('the base gate’s risk tier', () => {
  test('a critical suite needs an admin to override: a maintainer’s label is ignored, and the comment says why', async () => {
    const s = await scenario({ labels: [OVERRIDE], editConfig: critical, baseConfig: critical(demoConfig('pr-fail')) });
    const first = await s.run({});
    expect(first.code).toBe(1);
    const earlier = s.server.runs.find((r) => r.event === 'pull_request' && r.head_sha === s.pull.head.sha)!;
    s.server.addArtifact(earlier.id, 'evalgate-results', {
      'run.json': readFileSync(first.outputs['results-path']!, 'utf8'),
      'report.md': first.summary,
    });
    s.server.addEvent(2, 'labeled', 'maintainer', '2024-05-01T11:00:00Z', OVERRIDE);
    const result = await s.run({ action: 'labeled', label: OVERRIDE, runId: 777_000_002 });
    expect(result.code).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    const body = ours(s)[0]!.body;
    expect(body).toMatch(/it needs admin or higher/);
    expect(body).toMatch(/\*\*Risk tier:\*\* critical \(support-qa\)/);
    expect(result.summary).toMatch(/\*\*Risk tier:\*\* critical \(support-qa\)/);
  });

  test('a pull request that lowers the tier loosens the gate', async () => {
    const s = await scenario({
      config: 'pr-pass',
      editConfig: (yaml) => yaml.replace('  - id: support-qa\n', '  - id: support-qa\n    risk: medium\n'),
      baseConfig: critical(demoConfig('pr-pass')),
    });
    const result = await s.run({});
    expect(result.code).toBe(1);
    expect(ours(s)[0]!.body).toMatch(/risk critical → medium: the critical tier's default rules no longer apply/);
  });
});

describe('a pack suite in the gate', () => {
  test('runs on a pull request with the PR’s prompt, and the comment counts attacks apart', async () => {
    const withPack = (yaml: string) =>
      yaml
        .replace(
          /\nproviders:\n/,
          '\nproviders:\n  packs: { type: replay, recordings: ../recordings/packs.jsonl, model: safe-model }\n',
        )
        .replace(
          /\noverrides:/,
          '\n  - id: injection\n    paths: ["prompts/**"]\n    pack: prompt-injection@1\n    prompt: ../prompts/answer-terse.md\n    provider: packs\n    vars: { customer_tier: free }\n    slices: [category]\noverrides:',
        );
    const s = await scenario({ editConfig: withPack, baseConfig: withPack(demoConfig('pr-fail')) });
    const cases = readFileSync(new URL('../../packs/prompt-injection/v1.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: string; metadata: { canaries: string[] } });
    // the first case's answer gives its canary away; the rest withstand the injection
    writeFileSync(
      join(s.workspace, 'recordings/packs.jsonl'),
      cases
        .map((c, i) =>
          JSON.stringify({ id: c.id, output: i === 0 ? `Done: ${c.metadata.canaries[0]}` : 'How can I help?' }),
        )
        .join('\n'),
    );
    const result = await s.run({});
    expect(result.code, result.stderr).toBe(1);
    const run = readRun(result.outputs['results-path']!);
    expect(
      run.manifest.suites.map((m) => m.id),
      result.stdout,
    ).toContain('injection');
    expect(run.cases.filter((r) => r.suite === 'injection')).toHaveLength(cases.length);
    expect(run.decision?.critical_failures.map((c) => c.id)).toContain(cases[0]!.id);
    expect(ours(s)[0]!.body).toContain(`attack succeeded in 1 of ${cases.length} attack cases`);
  });
});
