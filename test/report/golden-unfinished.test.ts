import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { verdictSummary } from '../../src/cli/verdict-summary.js';
import { expectGolden } from '../support/golden.js';
import { cohort, gate } from '../support/synthetic.js';

/** A run that did not finish reads as `error` wherever it is read, says how far it got and why, and keeps what finished. */
describe('runs that did not finish (golden files)', () => {
  test('aborted by the circuit breaker at 10 of 30: verdict error, not warn', () => {
    const current = [...cohort(7, 0), ...cohort(3, 3, { error: true }, 'e')];
    const { run, decision } = gate({
      rules: [{ metric: 'ok.pass_rate', min: 0.5 }],
      current,
      baseline: null,
      incomplete: {
        kind: 'circuit_breaker',
        message: 'provider "default": 3 calls in a row failed after retries (circuit breaker); last error: HTTP 503',
        done: 10,
        total: 30,
      },
    });
    expect(decision.verdict).toBe('error');
    expect(decision.summary).toMatch(/stopped at 10\/30/);
    expect(run.cases).toHaveLength(10);
    const text = renderMarkdown(run, { marker: true });
    expect(text).toMatch(/^## 🛑 evalgate: could not evaluate/m);
    expect(text).not.toMatch(/WARN/);
    expect(verdictSummary(run)).toMatch(/^evalgate: ERROR — /);
    expectGolden('verdict-aborted.md', text);
  });

  test('interrupted at 61 of 300: verdict error, "interrupted at 61/300"', () => {
    const { run, decision } = gate({
      rules: [{ metric: 'ok.pass_rate', min: 0.5 }],
      current: cohort(61, 2),
      baseline: null,
      incomplete: { kind: 'interrupted', message: 'interrupted by SIGINT', done: 61, total: 300 },
    });
    expect(decision.verdict).toBe('error');
    expect(decision.summary).toMatch(/interrupted at 61\/300/);
    expectGolden('verdict-interrupted.md', renderMarkdown(run, { marker: true }));
  });
});
