import { describe, expect, test } from 'vitest';
import { atBaselineSeverity, pairSuite } from '../../src/gate/pairing.js';
import type { Severity } from '../../src/results/run-schema.js';
import { records, run } from '../support/synthetic.js';

const baseline = run(
  records([
    { id: 'a', pass: true, severity: 'critical' },
    { id: 'b', pass: true, severity: 'high' },
    { id: 'c', pass: true },
  ]),
  [],
);
const manifest = baseline.manifest.suites[0]!;

describe('pairing by what decides how a case is gated', () => {
  test('a case pairs only with the same content and severity', () => {
    const current = records([
      { id: 'a', pass: true, severity: 'critical' },
      { id: 'b', pass: true, severity: 'low' },
      { id: 'c', pass: true, fingerprint: 'edited' },
    ]);
    const pairing = pairSuite(manifest, current, baseline);
    expect(pairing.pairs.map((p) => p.current.id)).toEqual(['a']);
    expect(pairing.changed).toBe(2);
    expect(pairing.demoted).toEqual([{ id: 'b', baseline: 'high', current: 'low' }]);
  });

  test('with the whole dataset known, a critical case that is gone (renamed or deleted) counts as demoted', () => {
    const dataset = new Map<string, Severity>([
      ['a-renamed', 'normal'],
      ['b', 'high'],
      ['c', 'normal'],
    ]);
    const sampled = records([{ id: 'c', pass: true }]);
    const pairing = pairSuite(manifest, sampled, baseline, dataset);
    expect(pairing.demoted).toEqual([{ id: 'a', baseline: 'critical', current: null }]);
    expect(pairing.removed).toBe(1);
    // without the dataset a case the sample did not run is not taken for removed
    expect(pairSuite(manifest, sampled, baseline).demoted).toEqual([]);
  });

  test('the dataset severity of a case the sample did not run still counts', () => {
    const dataset = new Map<string, Severity>([
      ['a', 'normal'],
      ['b', 'high'],
      ['c', 'normal'],
    ]);
    const pairing = pairSuite(manifest, records([{ id: 'c', pass: true }]), baseline, dataset);
    expect(pairing.demoted).toEqual([{ id: 'a', baseline: 'critical', current: 'normal' }]);
  });

  test('atBaselineSeverity holds a demoted case at the baseline severity and leaves the rest', () => {
    const current = records([
      { id: 'a', pass: false, severity: 'normal' },
      { id: 'c', pass: true },
    ]);
    const pairing = pairSuite(manifest, current, baseline);
    const held = atBaselineSeverity(current, [pairing]);
    expect(held.map((r) => r.severity)).toEqual(['critical', 'normal']);
    expect(current[0]!.severity).toBe('normal');
  });
});
