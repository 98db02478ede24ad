// Group-sequential boundaries by α-spending, checked against gsDesign (Anderson, R package
// gsDesign: gsDesign(k, test.type = 1, sfu = sfLDOF, alpha = 0.025) upper bounds) and against
// the repeated-significance-test error rates of Armitage, McPherson & Rowe (1969) that
// gsDesign's own unit tests check (gsProbability with a constant 1.96 boundary).
import { describe, expect, test } from 'vitest';
import {
  crossingProbabilities,
  obrienFlemingSpending,
  powerSpending,
  spendingBoundaries,
} from '../../src/stats/alpha-spending.js';
import { createRandom } from '../../src/stats/random.js';

const equally = (k: number) => Array.from({ length: k }, (_, i) => (i + 1) / k);

describe('α-spending boundaries', () => {
  test("Lan–DeMets O'Brien–Fleming-type, one-sided α = 0.025, match gsDesign's sfLDOF bounds", () => {
    const cases: [number, number[]][] = [
      [2, [2.9626, 1.9686]],
      [3, [3.7103, 2.5114, 1.993]],
      [5, [4.8769, 3.3569, 2.6803, 2.2898, 2.031]],
    ];
    for (const [k, expected] of cases) {
      const bounds = spendingBoundaries(equally(k), 0.025);
      bounds.forEach((b, i) => expect(b, `k=${k}, look ${i + 1}`).toBeCloseTo(expected[i]!, 3));
    }
  });

  test('repeated tests at a constant 1.96 cross with the published probabilities 0.042, 0.063, 0.097, 0.124', () => {
    const total = (k: number) => crossingProbabilities(equally(k), Array(k).fill(1.959964), 0).reduce((a, b) => a + b);
    expect(total(2)).toBeCloseTo(0.042, 3);
    expect(total(4)).toBeCloseTo(0.063, 3);
    expect(total(10)).toBeCloseTo(0.097, 3);
    expect(total(20)).toBeCloseTo(0.124, 3);
  });

  test('each look spends what the spending function says; the final look spends the rest', () => {
    const fractions = [0.2, 0.35, 0.5, 0.8];
    for (const spending of [obrienFlemingSpending, powerSpending(2)]) {
      const bounds = spendingBoundaries(fractions, 0.05, { final: true, spending });
      const crossed = crossingProbabilities(fractions, bounds, 0);
      let cumulative = 0;
      crossed.forEach((p, i) => {
        cumulative += p;
        const target = i === fractions.length - 1 ? 0.05 : spending(fractions[i]!, 0.05);
        expect(cumulative).toBeCloseTo(target, 5);
      });
    }
  });

  test('Brownian motion looked at 9 times crosses the boundaries at most α of the time (simulated)', () => {
    const fractions = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
    const bounds = spendingBoundaries(fractions, 0.05, { spending: powerSpending(2) });
    const random = createRandom(7);
    const normal = () => Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
    let crossed = 0;
    const trials = 20_000;
    for (let t = 0; t < trials; t++) {
      let s = 0;
      let prev = 0;
      for (let k = 0; k < fractions.length; k++) {
        s += normal() * Math.sqrt(fractions[k]! - prev);
        prev = fractions[k]!;
        if (s / Math.sqrt(prev) >= bounds[k]!) {
          crossed++;
          break;
        }
      }
    }
    // 0.05 ± 3 standard errors of a proportion over 20,000 trials
    expect(Math.abs(crossed / trials - 0.05)).toBeLessThan(3 * Math.sqrt((0.05 * 0.95) / trials));
    // peeking with the fixed-sample 1.645 at every look would not hold α
    const naive = crossingProbabilities(fractions, Array(9).fill(1.645), 0).reduce((a, b) => a + b);
    expect(naive).toBeGreaterThan(0.12);
  });
});
