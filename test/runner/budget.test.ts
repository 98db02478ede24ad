import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { budgetFor, estimateTokens } from '../../src/runner/budget.js';
import { useOpenAIServer } from '../support/openai-fixture.js';
import { cli, makeWorkspace, runIn } from '../support/workspace.js';

/** Budgets (README "Budgets"): the estimate before the first call, and the stop at the budget during the run. */

const KEY_ENV = 'EVALGATE_TEST_BUDGET_KEY';
const loopback = useOpenAIServer(KEY_ENV);

const QUESTION = 'What is the capital of France? Answer in one word.';
const cases = (n: number) =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ id: `q${i}`, vars: { question: `${QUESTION} (${i})` } })).join(
    '\n',
  );

async function workspace(budget: string, n = 10) {
  const server = await loopback.start({ reply: () => 'Paris' });
  const dir = makeWorkspace({
    'evalgate.yml': `version: 1
providers:
  default:
    type: openai
    model: gpt-4o
    api_key_env: ${KEY_ENV}
    base_url: "${server.url}"
    max_tokens: 100
    concurrency: 1
${budget}
suites:
  - id: qa
    prompt: prompt.md
    dataset: cases.jsonl
    scorers:
      - { id: paris, type: contains, expected: Paris }
    rules:
      - { metric: paris.pass_rate, min: 0.5 }
`,
    'cases.jsonl': cases(n),
    'prompt.md': '[user]\n{{question}}\n',
  });
  const { run, result } = runIn(dir);
  const report = () => readFileSync(join(dir, 'out', 'report.md'), 'utf8');
  return { server, dir, run, result, report };
}

// each prompt: "What is … word. (i)" is 54 characters → 14 tokens + 4 for the message; 100 output tokens (max_tokens)
// gpt-4o: $2.50 / $10 per 1M tokens → (18 × 2.5 + 100 × 10) / 1e6 = $0.001045 a call
const PER_CALL = (18 * 2.5 + 100 * 10) / 1e6;

describe('the estimate before the first call', () => {
  test('estimates tokens as four characters each plus four a message', () => {
    expect(`${QUESTION} (0)`).toHaveLength(54);
    expect(estimateTokens([{ content: `${QUESTION} (0)` }])).toBe(18);
    expect(estimateTokens([{ content: 'abcde' }, { content: '' }])).toBe(2 + 4 + 4);
  });

  test("a tier's own budget wins field by field; --budget-usd replaces the USD limit", () => {
    const budget = { usd: 2.5, calls: 5000, tiers: { full: { usd: 20 } } };
    expect(budgetFor(budget, 'full')).toMatchObject({ usd: 20, calls: 5000, usdFrom: 'budget.tiers.full.usd' });
    expect(budgetFor(budget, 'smoke')).toMatchObject({ usd: 2.5, calls: 5000, usdFrom: 'budget.usd' });
    expect(budgetFor(budget, 'smoke', 1)).toMatchObject({ usd: 1, usdFrom: '--budget-usd' });
    expect(budgetFor(undefined, 'full')).toBeNull();
  });

  test('refuses to start over budget: exit 2, the estimate against the budget, no model call', async () => {
    const ws = await workspace('budget: { usd: 0.005 }');
    const { code, err } = await ws.run();
    expect(code).toBe(2);
    expect(err).toContain(
      `evalgate.yml:10:9 estimated $0.01 for 10 model calls (0 more cached) is over the budget of $0.0050 (budget.usd); sample fewer cases or raise the budget; the CLI's --force starts anyway and still stops at the budget`,
    );
    expect(err).not.toMatch(/\n\s+at /);
    expect(ws.server.requests).toHaveLength(0);
    expect(10 * PER_CALL).toBeCloseTo(0.01045, 8);
  });

  test('--budget-usd replaces the config budget, in both directions', async () => {
    const ws = await workspace('budget: { usd: 100 }');
    const low = await ws.run('--budget-usd', '0.001', '--quiet');
    expect(low.code).toBe(2);
    expect(low.err).toContain('over the budget of $0.0010 (--budget-usd)');
    expect((await ws.run('--budget-usd', '1', '--quiet')).code).toBe(0);
    expect(ws.result().budget).toMatchObject({
      limit: { usd: 1, calls: null },
      estimate: { calls: 10, cached: 0, unpriced: 0 },
      actual: { calls: 10, cached: 0 },
      forced: false,
    });
    expect(ws.result().budget!.estimate.usd).toBeCloseTo(10 * PER_CALL, 9);
  });

  test('cached answers are not counted: a re-run fits a budget the first run did not', async () => {
    const ws = await workspace('');
    expect((await ws.run('--quiet')).code).toBe(0);
    const again = await ws.run('--budget-usd', '0.0001', '--quiet');
    expect(again.code).toBe(0);
    expect(ws.result().budget).toMatchObject({
      estimate: { usd: 0, calls: 0, cached: 10 },
      actual: { usd: 0, calls: 0, cached: 10 },
    });
  });

  test('evalgate plan prints each tier’s estimate beside its budget, adaptive growth counted at its max', async () => {
    const ws = await workspace('budget: { usd: 0.005, tiers: { grow: { calls: 100 } } }');
    const config = join(ws.dir, 'evalgate.yml');
    const yaml = readFileSync(config, 'utf8').replace(
      '    scorers:',
      '    tiers: { full: {}, grow: { sample: 4, adaptive: { max: 8 } } }\n    scorers:',
    );
    writeFileSync(config, yaml);
    const { code, out } = await cli(['plan', '--config', config]);
    expect(code).toBe(0);
    expect(out).toContain(
      '  tier full: 10 cases × 1 repeat\n    cost: estimated $0.01 for 10 model calls, before cached answers; budget $0.0050\n',
    );
    expect(out).toContain(
      '    cost: estimated $0.0084 for 8 model calls (adaptive growth to 8 cases counted), before cached answers; budget $0.0050, 100 calls\n',
    );
    expect(8 * PER_CALL).toBeCloseTo(0.00836, 8);
    expect(ws.server.requests).toHaveLength(0);
  });

  test('--budget-usd must be a positive number', async () => {
    const ws = await workspace('');
    const { code, err } = await ws.run('--budget-usd', 'lots');
    expect(code).toBe(2);
    expect(err).toContain('--budget-usd expects a positive number of US dollars, like 2.50; got "lots"');
  });
});

describe('the stop at the budget', () => {
  test('--force starts over the estimate and stops at the calls budget: verdict error, finished cases kept', async () => {
    const ws = await workspace('budget: { calls: 4 }');
    const { code, err } = await ws.run('--force');
    expect(code).toBe(3);
    expect(ws.server.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(4);
    const run = ws.result();
    expect(run.decision!.verdict).toBe('error');
    expect(run.incomplete).toEqual({
      kind: 'budget',
      message: 'budget reached: 4 model calls made, the budget of 4 calls (budget.calls)',
      done: 4,
      total: 10,
    });
    expect(run.cases).toHaveLength(4);
    expect(run.budget).toMatchObject({ limit: { usd: null, calls: 4 }, actual: { calls: 4, cached: 0 }, forced: true });
    expect(err).toContain('stopped at 4/10 cases');
    expect(ws.report()).toMatch(
      /^Cost: \$0\.0\d+ spent \(estimated \$0\.01\) · 4 model calls of 4 \(estimated 10\) · 0 cached \(estimated 0\) · started with --force over the estimate$/m,
    );
    expect(readFileSync(join(ws.dir, 'out', 'report.html'), 'utf8')).toMatch(
      /<p>Cost: \$0\.0\d+ spent \(estimated \$0\.01\) · 4 model calls of 4 \(estimated 10\)/,
    );
  });

  test('stops once the USD spent reaches the budget (actual usage, not the estimate)', async () => {
    // the loopback server answers "Paris": 1 output token, far below max_tokens, so the actual cost per call is small
    const ws = await workspace('budget: { usd: 0.0001 }');
    await ws.run('--force', '--quiet');
    const run = ws.result();
    expect(run.incomplete?.kind).toBe('budget');
    expect(run.incomplete!.message).toMatch(
      /^budget reached: \$0\.000\d+ spent, the budget of \$0\.00010 \(budget\.usd\)$/,
    );
    const spent = run.cases.reduce((sum, c) => sum + c.cost_usd!, 0);
    expect(spent).toBeGreaterThanOrEqual(0.0001);
    // it stopped at the first call that found the budget spent: the one before it had not reached it
    expect(spent - run.cases.at(-1)!.cost_usd!).toBeLessThan(0.0001);
    expect(run.budget!.actual.usd).toBeCloseTo(spent, 9);
  });
});
