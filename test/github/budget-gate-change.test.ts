import { readFileSync } from 'node:fs';
import { load as parseYamlText } from 'js-yaml';
import { expect, test } from 'vitest';
import { diffGates } from '../../src/action/gate-change.js';
import { GateConfig } from '../../src/config/schema.js';

const config = (budget: string) => {
  const text = readFileSync(new URL('../../fixtures/demo/gates/pr-fail.yml', import.meta.url), 'utf8').replace(
    'overrides:',
    `${budget}\noverrides:`,
  );
  return GateConfig.parse(parseYamlText(text));
};

test('a pull request raising or removing a budget loosens the gate; lowering or adding one tightens it (README "Budgets")', () => {
  const base = config('budget: { usd: 2.5, tiers: { full: { calls: 5000 } } }');
  expect(diffGates(base, config('budget: { usd: 10, tiers: { full: { calls: 100 } } }'))).toEqual({
    loosened: ['budget.usd 2.5 → 10'],
    tightened: ['budget.tiers.full.calls 5000 → 100'],
  });
  expect(diffGates(base, config('')).loosened).toEqual([
    'budget.usd 2.5 → none',
    'budget.tiers.full.calls 5000 → none',
  ]);
  expect(diffGates(config(''), base).tightened).toEqual([
    'budget.usd none → 2.5',
    'budget.tiers.full.calls none → 5000',
  ]);
  expect(diffGates(base, config('budget: { usd: 2.5, tiers: { full: { calls: 5000 } } }'))).toEqual({
    loosened: [],
    tightened: [],
  });
});
