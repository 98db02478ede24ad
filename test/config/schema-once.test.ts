import { load as parseYaml } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { GateConfig, RuleConfig } from '../../src/config/schema.js';
import { VALID_CONFIG } from '../support/workspace.js';

/** What anyone parsing with the exported schema gets: the same verdict `evalgate validate` gives, minus file checks. */
const parse = (yaml: string) => GateConfig.safeParse(parseYaml(yaml));
const messages = (yaml: string) => {
  const result = parse(yaml);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the config is parsed once, by the schema', () => {
  test('rule metric names are parsed by the schema', () => {
    const result = parse(VALID_CONFIG);
    expect(result.success).toBe(true);
    expect(result.data!.suites[0]!.rules[0]!.ref).toEqual({ kind: 'scorer', scorer: 'correct', stat: 'pass_rate' });
  });

  test.each([
    [
      'two bounds on one rule',
      (t: string) => t.replace('max_drop: 5pp', 'max_drop: 5pp, min: 0.2'),
      /suites\.0\.rules\.1: a rule needs exactly one of min, max, max_drop, max_increase/,
    ],
    [
      'a rule on a scorer the suite lacks',
      (t: string) => t.replace('metric: correct.pass_rate, min', 'metric: corect.pass_rate, min'),
      /suites\.0\.rules\.0\.metric: no scorer "corect".*did you mean "correct"/,
    ],
    [
      'an unknown metric',
      (t: string) => t.replace('metric: correct.pass_rate, min', 'metric: latency.p42, min'),
      /suites\.0\.rules\.0\.metric: unknown metric "latency\.p42"/,
    ],
    [
      'max_drop where lower is better',
      (t: string) => t.replace('metric: correct.pass_rate, max_drop', 'metric: latency.p95, max_drop'),
      /suites\.0\.rules\.1\.max_drop: max_drop applies where higher is better/,
    ],
    [
      'a provider that is not defined',
      (t: string) => t.replace('    prompt: prompt.md', '    provider: judge\n    prompt: prompt.md'),
      /suites\.0\.provider: no provider named "judge"/,
    ],
    [
      'an invalid regular expression',
      (t: string) =>
        t.replace(
          '{ id: correct, type: contains, expected: "{{expected}}" }',
          '{ id: correct, type: regex, pattern: "(x" }',
        ),
      /suites\.0\.scorers\.0\.pattern: invalid regular expression/,
    ],
  ])('GateConfig rejects %s, as validate does', (_name, edit, message) => {
    expect(messages(edit(VALID_CONFIG)).join('\n')).toMatch(message);
  });

  test('the implicit critical rule takes its defaults from the schema', () => {
    const rule = RuleConfig.parse({ metric: 'critical_failures', max: 0 });
    expect(rule).toMatchObject({ min_n: 20, confidence: 0.95, correction: 'holm', aggregate: 'mean' });
  });
});
