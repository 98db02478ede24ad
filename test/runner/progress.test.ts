import { describe, expect, test } from 'vitest';
import type { CaseRecord } from '../../src/results/run-schema.js';
import { Progress } from '../../src/runner/progress.js';

const record = (extra: Partial<CaseRecord> = {}): CaseRecord => ({
  suite: 's',
  id: 'a',
  repeat: 0,
  tags: {},
  severity: 'normal',
  fingerprint: 'f',
  output: 'x',
  scores: {},
  latency_ms: 10,
  tokens: null,
  cost_usd: 0.001,
  error: null,
  ...extra,
});

describe('progress', () => {
  test('on a terminal, one line redrawn in place at most ten times a second, then a final line', () => {
    let now = 0;
    const written: string[] = [];
    const progress = new Progress(4, { write: (t) => written.push(t), tty: true, now: () => now });
    now = 1000;
    progress.record(record());
    now = 1050;
    progress.record(record({ output: null, cost_usd: null, error: { kind: 'infrastructure', message: 'HTTP 500' } }));
    now = 2000;
    progress.record(record({ cached: true, judge_cost_usd: 0.0005 }));
    expect(written).toEqual([
      '\r\x1b[Kevalgate: 1/4 cases (25%) · 1.0/s · ETA 3.0s · 0 errors · $0.0010',
      '\r\x1b[Kevalgate: 3/4 cases (75%) · 1.5/s · ETA 0.7s · 1 cached · 1 error · $0.0020 + judge $0.0005',
    ]);
    now = 2500;
    progress.record(record());
    progress.finish();
    expect(written.at(-1)).toBe(
      '\r\x1b[Kevalgate: 4/4 cases (100%) · in 2.5s · 1.6/s · 1 cached · 1 error · $0.0030 + judge $0.0005\n',
    );
  });

  test('in CI, plain lines every interval and a final line, nothing redrawn', async () => {
    const written: string[] = [];
    const progress = new Progress(2, { write: (t) => written.push(t), tty: false, intervalMs: 20 });
    progress.record(record({ cost_usd: null }));
    await new Promise((r) => setTimeout(r, 55));
    progress.record(record({ cost_usd: null }));
    progress.finish();
    expect(written.length).toBeGreaterThanOrEqual(3);
    expect(written.every((l) => !l.includes('\r') && l.endsWith('\n'))).toBe(true);
    expect(written[0]).toMatch(/^evalgate: 1\/2 cases \(50%\) · [\d.]+\/s · ETA [\d.]+s · 0 errors\n$/);
    expect(written.at(-1)).toMatch(/^evalgate: 2\/2 cases \(100%\) · in [\d.]+s · [\d.]+\/s · 0 errors\n$/);
  });
});

describe('progress while nothing finishes (a hung provider)', () => {
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  test('in CI the first line comes at once with the calls in flight, then one every interval', async () => {
    const written: string[] = [];
    const progress = new Progress(30, {
      write: (t) => written.push(t),
      tty: false,
      firstMs: 0,
      intervalMs: 60,
      inFlight: () => 8,
    });
    await wait(20);
    expect(written).toEqual(['evalgate: 0/30 cases (0%) · 8 in flight · 0 errors\n']);
    await wait(130);
    progress.finish();
    expect(written.length).toBeGreaterThanOrEqual(3);
    expect(written.at(-1)).toMatch(/^evalgate: 0\/30 cases \(0%\) · in [\d.]+s · 0 errors\n$/);
  });

  test('on a terminal the line is redrawn on its cadence even when no case finishes', async () => {
    const written: string[] = [];
    const progress = new Progress(30, {
      write: (t) => written.push(t),
      tty: true,
      firstMs: 0,
      redrawMs: 40,
      inFlight: () => 8,
    });
    await wait(110);
    progress.finish();
    const redraws = written.filter((t) => t === '\r\x1b[Kevalgate: 0/30 cases (0%) · 8 in flight · 0 errors');
    expect(redraws.length).toBeGreaterThanOrEqual(2);
  });

  test('in a 60-column terminal every redrawn line fits, so none is left behind', () => {
    let now = 0;
    const written: string[] = [];
    const progress = new Progress(300, {
      write: (t) => written.push(t),
      tty: true,
      now: () => now,
      inFlight: () => 8,
      columns: () => 60,
    });
    for (let i = 0; i < 61; i++) {
      now += 150;
      progress.record(record({ cached: i % 2 === 0, judge_cost_usd: 0.0001 }));
    }
    progress.finish();
    expect(written.length).toBeGreaterThan(10);
    for (const text of written) expect(text.replace('\r\x1b[K', '').replace(/\n$/, '').length).toBeLessThan(60);
  });
});
