import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderJunit } from '../../src/report/junit.js';
import type { Run } from '../../src/results/run-schema.js';
import { expectGolden } from '../support/golden.js';
import { cli, makeWorkspace } from '../support/workspace.js';

/** Elements and their balance: a crude well-formedness check that needs no XML parser. */
function elements(xml: string): string[] {
  const stack: string[] = [];
  const names: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([A-Za-z?][\w:-]*)([^<>]*?)(\/?)>/g)) {
    const [, close, name, , self] = m;
    if (name!.startsWith('?')) continue;
    if (close) expect(stack.pop()).toBe(name);
    else {
      names.push(name!);
      if (!self) stack.push(name!);
    }
  }
  expect(stack).toEqual([]);
  // nothing but markup may contain < or >
  expect(xml.replace(/<(\/?)([A-Za-z?][\w:-]*)([^<>]*?)(\/?)>/g, '')).not.toMatch(/[<>]/);
  return names;
}

describe('evalgate run --junit', () => {
  test('one testcase per case × scorer, failures with expected and actual, and the gate’s rules (golden)', async () => {
    const dir = makeWorkspace({
      'recordings.jsonl': [
        { id: 'a', output: 'It is 4.', latency_ms: 100 },
        { id: 'b', output: 'Lyon.', latency_ms: 120 },
        { id: 'c', output: 'Rom.', latency_ms: 90 },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    });
    const { code } = await cli(
      ['run', '--config', 'evalgate.yml', '--baseline', 'none', '--out', 'out', '--junit', 'reports/junit.xml', '-q'],
      dir,
    );
    expect(code).toBe(1); // the critical case b fails
    const xml = readFileSync(join(dir, 'reports', 'junit.xml'), 'utf8');
    expect(elements(xml).filter((n) => n === 'testcase')).toHaveLength(3 + 3);
    expect(xml).toContain(
      '<failure message="correct failed" type="critical">scorer: correct (score 0)\nexpected: Paris\nactual: Lyon.</failure>',
    );
    expectGolden('junit-workspace.xml', xml);
  });

  test('hostile model output and ids cannot break out of the XML', () => {
    const hostile = 'a]]></failure></testcase><testcase name="x"/>&amp; "quoted" \u0000\u0007 \ud800 ok 😀';
    const run = {
      schema: 'evalgate/run@1',
      manifest: { suites: [{ id: 's<1>' }] },
      cases: [
        {
          suite: 's<1>',
          id: `id"'<&>`,
          repeat: 0,
          tags: {},
          severity: 'normal',
          fingerprint: 'f',
          expected: hostile,
          output: hostile,
          scores: { 'sc"x': { value: 0, pass: false, detail: hostile } },
          latency_ms: 1,
          tokens: null,
          cost_usd: null,
          error: null,
        },
        {
          suite: 's<1>',
          id: 'e',
          repeat: 0,
          tags: {},
          severity: 'normal',
          fingerprint: 'f',
          output: null,
          scores: {},
          latency_ms: null,
          tokens: null,
          cost_usd: null,
          error: { kind: 'infrastructure', message: hostile },
        },
      ],
      aggregates: [],
      decision: null,
    } as unknown as Run;
    const xml = renderJunit(run);
    expect(elements(xml)).toEqual(['testsuites', 'testsuite', 'testcase', 'failure', 'testcase', 'error', 'testsuite']);
    expect([...xml].some((ch) => ch === '\u0000' || ch === '\u0007' || ch === '\ud800')).toBe(false);
    expect(xml).toContain('name="id&quot;&apos;&lt;&amp;&gt;"');
    expect(xml).toContain(
      'actual: a]]&gt;&lt;/failure&gt;&lt;/testcase&gt;&lt;testcase name="x"/&gt;&amp;amp; "quoted"',
    );
    expect(xml).toContain('😀');
  });
});
