import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cohenKappa, krippendorffAlpha, spearman } from '../../src/metrics/label-index.js';
import { judgeAgreement } from '../../src/scorers/llm-judge-agreement.js';
import { judgeScale } from '../../src/scorers/llm-judge-scale.js';
import { tagged as tag, useOpenAIServer } from '../support/openai-fixture.js';
import type { SeenRequest } from '../support/openai-server.js';
import { cli, makeWorkspace } from '../support/workspace.js';

const KEY_ENV = 'EVALGATE_TEST_CALIBRATE_KEY';
const loopback = useOpenAIServer(KEY_ENV);
/** The judge reads the rating off the answer ("… [4]"); a case the humans rated lower shows the judge's leniency. */
const judge = (r: SeenRequest) => {
  const response = tag((r.body.messages as { content: string }[])[1]!.content, 'response');
  return JSON.stringify({ reason: 'read it', rating: Number(/\[(\d)\]/.exec(response)?.[1] ?? 3) });
};

// human rating, and the rating the judge will give (embedded in the rated output)
const LABELS: [number, number][] = [
  [1, 1],
  [2, 2],
  [2, 3],
  [3, 3],
  [4, 4],
  [4, 5],
  [5, 5],
  [5, 5],
  [3, 2],
  [1, 2],
];

async function workspace(rule = '', extra: unknown[] = []) {
  const server = await loopback.start({ reply: judge });
  const cases = [
    ...LABELS.map(([human, rating], i) => ({
      id: `c${i}`,
      vars: { question: `q${i}` },
      human: { helpful: human, output: `answer ${i} [${rating}]` },
    })),
    ...extra,
  ];
  const dir = makeWorkspace({
    'evalgate.yml': `version: 1
providers:
  default: { type: replay, recordings: recordings.jsonl }
  judge: { type: openai, model: gpt-4o, base_url: "${server.url}", api_key_env: ${KEY_ENV} }
suites:
  - id: qa
    prompt: prompt.md
    dataset: cases.jsonl
    scorers:
      - { id: helpful, type: llm-judge, provider: judge, rubric: "Helpful and correct.", scale: [1, 5] }
    rules:
${rule || '      - { metric: errors.rate, max: 1 }'}
`,
    'cases.jsonl': cases.map((c) => JSON.stringify(c)).join('\n'),
    'recordings.jsonl': JSON.stringify({ id: 'plain', output: 'provider answer [4]' }),
    'prompt.md': '{{question}}',
  });
  const calibrate = (...args: string[]) =>
    cli([
      'calibrate',
      '--config',
      join(dir, 'evalgate.yml'),
      '--scorer',
      'helpful',
      '--out',
      join(dir, 'out'),
      '--no-cache',
      ...args,
    ]);
  return { dir, calibrate };
}

describe('evalgate calibrate', () => {
  test("reports Spearman's ρ, Cohen's quadratic κ and Krippendorff's α with bootstrap intervals, and writes calibration.json", async () => {
    const ws = await workspace();
    const { code, out } = await ws.calibrate();
    expect(code).toBe(0);
    const human = LABELS.map(([h]) => h);
    const judged = LABELS.map(([, j]) => j);
    const kappa = cohenKappa(human, judged, { weights: 'quadratic', labels: [1, 2, 3, 4, 5] })!;
    const alpha = krippendorffAlpha([human, judged], { level: 'ordinal', valueDomain: [1, 2, 3, 4, 5] })!;
    const rho = spearman(human, judged).r!;
    expect(out).toContain('evalgate calibrate: "helpful" on suite qa — scale 1–5, judge judge');
    expect(out).toContain('n = 10 human-labelled cases');
    expect(out).toMatch(new RegExp(`Spearman ρ\\s+${rho.toFixed(2)}  \\[`));
    expect(out).toMatch(new RegExp(`Cohen's κ \\(quadratic\\)\\s+${kappa.toFixed(2)}  \\[`));
    expect(out).toMatch(new RegExp(`Krippendorff's α \\(ordinal\\)\\s+${alpha.toFixed(2)}  \\[`));
    expect(out).toContain('exact agreement 60%, judge − human mean +0.20');
    const report = JSON.parse(readFileSync(join(ws.dir, 'out', 'calibration.json'), 'utf8'));
    expect(report.reports[0].agreement.kappa.value).toBeCloseTo(kappa, 12);
    expect(report.reports[0].agreement.alpha.value).toBeCloseTo(alpha, 12);
    expect(report.reports[0].cases[2]).toMatchObject({ id: 'c2', human: 2, judge: 3, source: 'label' });
    expect(loopback.server.requests).toHaveLength(10);
  });

  test("takes the rated output from --run when the label has none, and otherwise asks the suite's provider", async () => {
    const ws = await workspace('', [
      { id: 'from-run', vars: { question: 'r' }, human: { helpful: 2 } },
      { id: 'plain', vars: { question: 'p' }, human: { helpful: 4 } },
    ]);
    const runFile = join(ws.dir, 'previous.json');
    // a run file whose "from-run" case answered "[2]"
    const run = {
      schema: 'evalgate/run@1',
      manifest: {
        tool: { name: 'evalgate', version: '0' },
        config: { file: 'x', hash: 'x' },
        git: { sha: null, ref: null },
        event: null,
        pr: null,
        tier: 'full',
        shard: null,
        suites: [],
        started_at: '',
        ended_at: '',
      },
      cases: [
        {
          suite: 'qa',
          id: 'from-run',
          repeat: 0,
          tags: {},
          severity: 'normal',
          fingerprint: 'f',
          output: 'old answer [2]',
          scores: {},
          latency_ms: 1,
          tokens: null,
          cost_usd: null,
          error: null,
        },
      ],
      aggregates: [],
      decision: null,
    };
    writeFileSync(runFile, JSON.stringify(run));
    const { code } = await ws.calibrate('--run', runFile);
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(join(ws.dir, 'out', 'calibration.json'), 'utf8'));
    const byId = Object.fromEntries(report.reports[0].cases.map((c: { id: string }) => [c.id, c]));
    expect(byId['from-run']).toMatchObject({ human: 2, judge: 2, source: 'run' });
    expect(byId.plain).toMatchObject({ human: 4, judge: 4, source: 'provider' });
  });

  test('exits 1 and says so when the suite’s judge.<id>.agreement rule is not met', async () => {
    const ws = await workspace('      - { metric: judge.helpful.agreement, min: 0.95 }');
    const { code, out } = await ws.calibrate();
    expect(code).toBe(1);
    expect(out).toMatch(/rule judge\.helpful\.agreement ≥ 0\.95: NOT met \(α = 0\.\d\d\)/);
  });

  test('a human label off the scale is bad input naming the dataset line', async () => {
    const ws = await workspace('', [{ id: 'bad', vars: { question: 'b' }, human: { helpful: 7 } }]);
    const { code, err } = await ws.calibrate();
    expect(code).toBe(2);
    expect(err).toMatch(/cases\.jsonl:11 human\.helpful: 7 is not on the scale of "helpful" \(1–5\)/);
  });

  test('a scorer that is not an llm-judge is bad input listing the judges there are', async () => {
    const ws = await workspace();
    const { code, err } = await cli(['calibrate', '--config', join(ws.dir, 'evalgate.yml'), '--scorer', 'correct']);
    expect(code).toBe(2);
    expect(err).toContain('no llm-judge scorer "correct"; llm-judge scorers: qa/helpful');
  });
});

describe('judge agreement statistics', () => {
  test('perfect agreement is 1 on every statistic, with no judge bias', () => {
    const pairs = [1, 2, 3, 4, 5, 3, 2].map((r) => ({ human: r, judge: r }));
    const a = judgeAgreement(pairs, judgeScale([1, 5]));
    expect([a.spearman.value, a.kappa.value, a.alpha.value, a.exact, a.bias]).toEqual([1, 1, 1, 1, 0]);
  });

  test('intervals are percentile bootstraps from a seeded generator: the same labels give the same interval, and it holds the estimate', () => {
    const pairs = LABELS.map(([human, judge]) => ({ human, judge }));
    const a = judgeAgreement(pairs, judgeScale([1, 5]));
    const b = judgeAgreement(pairs, judgeScale([1, 5]));
    expect(a).toEqual(b);
    for (const e of [a.spearman, a.kappa, a.alpha]) {
      expect(e.interval![0]).toBeLessThanOrEqual(e.value!);
      expect(e.interval![1]).toBeGreaterThanOrEqual(e.value!);
    }
    expect(a.signature).toBe('kappa:quadratic|alpha:ordinal|ci:percentile-bootstrap|resamples:2000|conf:0.95|seed:1');
  });

  test('pass-fail labels use unweighted κ and nominal α', () => {
    const pairs = [
      [1, 1],
      [0, 0],
      [1, 0],
      [0, 0],
      [1, 1],
      [1, 1],
    ].map(([human, judge]) => ({ human: human!, judge: judge! }));
    const a = judgeAgreement(pairs, judgeScale('pass-fail'));
    expect(a.kappa.value).toBeCloseTo(cohenKappa([1, 0, 1, 0, 1, 1], [1, 0, 0, 0, 1, 1])!, 12);
    expect(a.alpha.value).toBeCloseTo(
      krippendorffAlpha(
        [
          [1, 0, 1, 0, 1, 1],
          [1, 0, 0, 0, 1, 1],
        ],
        { level: 'nominal' },
      )!,
      12,
    );
  });

  test('labels all alike leave κ and α undefined, never a made-up number', () => {
    const a = judgeAgreement(
      [
        { human: 3, judge: 3 },
        { human: 3, judge: 3 },
        { human: 3, judge: 3 },
      ],
      judgeScale([1, 5]),
    );
    expect(a.kappa.value).toBeUndefined();
    expect(a.alpha.value).toBeUndefined();
    expect(a.alpha.interval).toBeNull();
  });
});
