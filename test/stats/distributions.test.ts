import { describe, expect, it } from 'vitest';
import {
  betaPpf,
  binomialCdf,
  chi2Sf1,
  normalCdf,
  normalIsf,
  normalPpf,
  normalSf,
  tCdf,
  tPpf,
  tSf,
} from '../../src/stats/distributions.js';
import { expectClose } from './expect-close.js';

// Reference values from SciPy 1.17 (scipy.stats.norm / t / chi2 / beta / binom).
describe('distributions', () => {
  it('keeps the normal upper tail: matches scipy.stats.norm.sf(10) = 7.61985302416047e-24', () => {
    expectClose(normalSf(10), 7.61985302416047e-24, 1e-12);
  });

  it('keeps the normal lower tail: matches scipy.stats.norm.cdf(-8) = 6.22096057427174e-16', () => {
    expectClose(normalCdf(-8), 6.22096057427174e-16, 1e-12);
  });

  it('matches scipy.stats.norm.isf(0.025) = 1.9599639845400545 and norm.ppf(1e-10) = -6.361340902404056', () => {
    expectClose(normalIsf(0.025), 1.9599639845400545, 1e-14);
    expectClose(normalPpf(1e-10), -6.361340902404056, 1e-13);
    expect(normalPpf(0)).toBe(-Infinity);
    expect(normalPpf(1)).toBe(Infinity);
  });

  it('matches scipy.stats.t.sf(20, 5) = 2.887758186612087e-06 and t.sf(2, 3) = 0.06966298427942152', () => {
    expectClose(tSf(20, 5), 2.887758186612087e-6, 1e-8);
    expectClose(tSf(2, 3), 0.06966298427942152, 1e-8);
    expectClose(tCdf(-1.5, 30), 0.072032964564323, 1e-8);
  });

  it('falls back to the normal for infinite df and matches scipy.stats.t.sf(2.5, 1e6) = 0.006209744751081627', () => {
    expectClose(tSf(2.5, 1e6), 0.006209744751081627, 1e-6);
    expectClose(tSf(2.5, Infinity), normalSf(2.5), 1e-15);
  });

  it('matches scipy.stats.t.ppf(0.975, 7) = 2.364624251592784 and t.ppf(0.995, 2.5) = 7.163728138948783', () => {
    expectClose(tPpf(0.975, 7), 2.364624251592784, 1e-8);
    expectClose(tPpf(0.995, 2.5), 7.163728138948783, 1e-8);
  });

  it('matches scipy.stats.chi2.sf(3.84, 1) = 0.05004352124870519 and chi2.sf(60, 1) = 9.485737571073857e-15', () => {
    expectClose(chi2Sf1(3.84), 0.05004352124870519, 1e-12);
    expectClose(chi2Sf1(60), 9.485737571073857e-15, 1e-10);
    expect(chi2Sf1(0)).toBe(1);
  });

  it('matches scipy.stats.beta.ppf(0.025, 7, 4) = 0.3475471499400027', () => {
    expectClose(betaPpf(0.025, 7, 4), 0.3475471499400027, 1e-9);
  });

  it('matches scipy.stats.binom.cdf(3, 40, 0.5) = 9.732502803672105e-09 and binom.cdf(30, 100, 0.3) = 0.5491236007687907', () => {
    expectClose(binomialCdf(3, 40, 0.5), 9.732502803672105e-9, 1e-9);
    expectClose(binomialCdf(30, 100, 0.3), 0.5491236007687907, 1e-9);
    expect(binomialCdf(-1, 10, 0.5)).toBe(0);
    expect(binomialCdf(10, 10, 0.5)).toBe(1);
  });
});
