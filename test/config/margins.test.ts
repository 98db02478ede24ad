import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { makeWorkspace, VALID_CONFIG } from '../support/workspace.js';

const load = (config: string) => {
  const dir = makeWorkspace();
  const result = parseConfig(config, 'evalgate.yml', dir);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value.suites[0]!;
};

describe('margins', () => {
  test('"5 pp" is the same margin and the same rule as "5pp", so a baseline written either way still compares', () => {
    const tight = load(VALID_CONFIG);
    const spaced = load(VALID_CONFIG.replace('max_drop: 5pp', 'max_drop: 5 pp'));
    expect(spaced.rules[1]!.max_drop).toEqual(tight.rules[1]!.max_drop);
    expect(spaced.rules[1]!.max_drop!.text).toBe('5pp');
    expect(spaced.hashes.rules).toEqual(tight.hashes.rules);
  });

  test('"5 %" is 5% relative', () => {
    const suite = load(VALID_CONFIG.replace('max_drop: 5pp', 'max_drop: "5 %"'));
    expect(suite.rules[1]!.max_drop).toEqual({ value: 0.05, relative: true, text: '5%' });
  });
});
