// The holes a late review found in "a PR cannot lower its own bar" (issue 9, item 3): what a
// suite is judged by lives outside the gate YAML too — a case's own scorers in the dataset, the
// providers scorers call, the files scorers read — and a suite can be pointed at a decoy.
// Each attack runs through the built action and was first run against the unfixed sources,
// where it passed or was skipped.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { demoConfig, ours, readRun, scenario, useLoopbackGitHub, type Scenario } from '../support/pr-scenario.js';

useLoopbackGitHub();

const judges: OpenAIServer[] = [];
afterEach(async () => {
  await Promise.all(judges.splice(0).map((j) => j.close()));
});

const DATASET = 'datasets/support-qa.jsonl';
const EVALUATE = 'evalgate/evaluate';

/** The demo dataset with the first case carrying its own scorers. */
function withAssert(assert: unknown[]): string {
  const lines = readFileSync(new URL(`../../fixtures/demo/${DATASET}`, import.meta.url), 'utf8').split('\n');
  lines[0] = JSON.stringify({ ...(JSON.parse(lines[0]!) as object), assert });
  return lines.join('\n');
}

/** The passing demo gate with one more scorer (or case scorer) and a rule on it. */
const gateWith =
  (o: { scorer?: string; caseScorers?: string; provider?: string; rule: string }) =>
  (yaml: string): string =>
    yaml
      .replace('providers:\n', `providers:\n${o.provider ? `  ${o.provider}\n` : ''}`)
      .replace('    scorers:\n', `${o.caseScorers ? `    case_scorers: [${o.caseScorers}]\n` : ''}    scorers:\n`)
      .replace('    scorers:\n', `    scorers:\n${o.scorer ? `      - ${o.scorer}\n` : ''}`)
      .replace('    rules:\n', `    rules:\n      - ${o.rule}\n`);

function write(s: Scenario, path: string, text: string) {
  mkdirSync(join(s.workspace, path, '..'), { recursive: true });
  writeFileSync(join(s.workspace, path), text);
}

describe('what a suite is judged by, outside the gate YAML', () => {
  test('a dataset line’s assert: that redefines a case scorer is a gate change: it fails until overridden', async () => {
    const gate = gateWith({ caseScorers: 'fmt', rule: '{ metric: fmt.pass_rate, min: 1 }' });
    const s = await scenario({
      config: 'pr-pass',
      baseConfig: gate(demoConfig('pr-pass')),
      editConfig: gate,
      files: [DATASET],
    });
    s.server.contents.set(`main:${DATASET}`, withAssert([{ id: 'fmt', type: 'regex', pattern: '^NEVER$' }]));
    // the PR's dataset: the same case, its scorer now passes anything
    write(s, DATASET, withAssert([{ id: 'fmt', type: 'regex', pattern: '.' }]));
    const result = await s.run({});
    expect(result.outputs.verdict, result.stdout).toBe('fail');
    expect(ours(s)[0]!.body).toMatch(
      /support-qa: case refund-en-000 changes its own scorers \(assert:\) from the base branch's dataset/,
    );
  });

  test('human labels a PR writes into the dataset cannot switch off a gated judge agreement: a gate change', async () => {
    // a judge that passes everything disagrees with half the bundled calibration set: the
    // base branch's gate fails judge.graded.agreement on day one
    const judge = await startOpenAIServer({ reply: () => JSON.stringify({ reason: 'fine', rating: 'pass' }) });
    judges.push(judge);
    const gate = gateWith({
      provider: `judge: { type: openai, model: judge-model, base_url: "${judge.url}", api_key_env: null }`,
      scorer: '{ id: graded, type: llm-judge, provider: judge, preset: closed-qa, scale: pass-fail }',
      rule: '{ metric: judge.graded.agreement, min: 0.8 }',
    });
    const s = await scenario({
      config: 'pr-pass',
      baseConfig: gate(demoConfig('pr-pass')),
      editConfig: gate,
      files: [DATASET],
    });
    // a label without a rated output on every case: no agreement pair, and no bundled set either,
    // so the rule would have no data (inconclusive) instead of failing
    const lines = readFileSync(new URL(`../../fixtures/demo/${DATASET}`, import.meta.url), 'utf8').split('\n');
    const labelled = lines.map((l) => (l.trim() ? JSON.stringify({ ...JSON.parse(l), human: { graded: 'pass' } }) : l));
    s.server.contents.set(`main:${DATASET}`, lines.join('\n'));
    write(s, DATASET, labelled.join('\n'));
    const result = await s.run({});
    expect(result.outputs.verdict, result.stdout).toBe('fail');
    expect(ours(s)[0]!.body).toMatch(
      /support-qa: cases refund-en-000, .* and \d+ more change the human labels \(human:\) of the base branch's dataset, which judge\.graded\.agreement is measured against/,
    );
  });

  test('on the fork stage, a code case scorer brought by the pull request’s data is refused, never run', async () => {
    const gate = gateWith({ caseScorers: 'fmt', rule: '{ metric: fmt.pass_rate, min: 1 }' });
    const s = await scenario({ config: 'pr-pass', fork: true, editConfig: gate, files: [DATASET], labels: [EVALUATE] });
    // a module of the base branch's checkout that the fork's data names as its scorer
    write(s, 'scorers/anything.mjs', 'export const score = () => true;\n');
    s.server.contents.set(
      `${s.pull.head.sha}:${DATASET}`,
      withAssert([{ id: 'fmt', type: 'code', module: '../scorers/anything.mjs' }]),
    );
    s.server.addEvent(2, 'labeled', 'maintainer', '2024-05-01T11:00:00Z', EVALUATE);
    const result = await s.run({
      eventName: 'pull_request_target',
      action: 'labeled',
      label: EVALUATE,
      ref: 'refs/heads/main',
    });
    expect(result.outputs.verdict, result.stdout).toBe('error');
    expect(result.summary).toMatch(/brings its own code scorer "fmt" in the pull request's data/);
  });

  test('the judge a scorer calls is the base branch’s, whatever the pull request’s providers say', async () => {
    const rate = (rating: string) => () => JSON.stringify({ reason: 'checked', rating });
    const honest = await startOpenAIServer({ reply: rate('fail') });
    const attacker = await startOpenAIServer({ reply: rate('pass') });
    judges.push(honest, attacker);
    const judge = (url: string) =>
      gateWith({
        provider: `judge: { type: openai, model: judge-model, base_url: "${url}", api_key_env: null }`,
        scorer: '{ id: judged, type: llm-judge, provider: judge, scale: pass-fail, rubric: "Is the answer right?" }',
        rule: '{ metric: judged.pass_rate, min: 0.9 }',
      });
    const s = await scenario({
      config: 'pr-pass',
      baseConfig: judge(honest.url)(demoConfig('pr-pass')),
      editConfig: judge(attacker.url),
    });
    const result = await s.run({});
    expect(result.outputs.verdict, result.stdout).toBe('fail');
    expect(honest.requests.length).toBeGreaterThan(0);
    const run = readRun(result.outputs['results-path']!);
    expect(run.cases.every((c) => c.scores.judged?.pass === false)).toBe(true);
    expect(ours(s)[0]!.body).toMatch(/provider judge, which a scorer calls, is redefined/);
  });

  test('a PR that changes only a code scorer’s module is evaluated, and the change fails until overridden', async () => {
    const gate = gateWith({
      scorer: '{ id: fmt, type: code, module: ../scorers/fmt.mjs }',
      rule: '{ metric: fmt.pass_rate, min: 0.9 }',
    });
    const s = await scenario({
      config: 'pr-pass',
      baseConfig: gate(demoConfig('pr-pass')),
      editConfig: gate,
      files: ['scorers/fmt.mjs'],
    });
    write(s, 'scorers/fmt.mjs', 'export const score = () => true;\n');
    const result = await s.run({});
    expect(result.outputs.verdict, result.stdout).toBe('fail');
    expect(ours(s)[0]!.body).toMatch(/support-qa: scorer fmt's file scorers\/fmt\.mjs changes/);
  });

  test('a suite pointed at a decoy copy of the prompt is a gate change: it fails until overridden', async () => {
    const decoy = (yaml: string) => yaml.replace('../prompts/answer-concise.md', '../prompts/decoy.md');
    const s = await scenario({
      config: 'pr-pass',
      editConfig: decoy,
      files: ['prompts/answer-concise.md', 'prompts/decoy.md', 'gates/evalgate.yml'],
    });
    write(s, 'prompts/decoy.md', readFileSync(join(s.workspace, 'prompts/answer-concise.md'), 'utf8'));
    write(s, 'prompts/answer-concise.md', 'Whatever ships {{question}}');
    const result = await s.run({});
    expect(result.outputs.verdict, result.stdout).toBe('fail');
    expect(ours(s)[0]!.body).toMatch(/support-qa: prompt \.\.\/prompts\/answer-concise\.md → \.\.\/prompts\/decoy\.md/);
  });

  test('another seed for a tier (a sample picked to pass) is a gate change', async () => {
    const reseed = (yaml: string) => yaml.replace('smoke: { sample: 200 }', 'smoke: { sample: 200, seed: lucky }');
    const s = await scenario({ config: 'pr-pass', editConfig: reseed });
    const result = await s.run({});
    expect(result.outputs.verdict, result.stdout).toBe('fail');
    expect(ours(s)[0]!.body).toMatch(/support-qa: tier smoke seed evalgate → lucky/);
  });
});
