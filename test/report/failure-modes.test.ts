import { describe, expect, test } from 'vitest';
import { failureModes, normaliseReason } from '../../src/report/failure-modes.js';
import { failureModesHtml, failureModesMarkdown, incidentMarkdown } from '../../src/report/governance-sections.js';
import { incidentGuards } from '../../src/report/incident-guards.js';
import type { CaseRecord, Run } from '../../src/results/run-schema.js';
import { HOSTILE } from '../support/hostile-run.js';
import { run as syntheticRun } from '../support/synthetic.js';
import { visibleMarkdown } from '../support/visible-markdown.js';

/** One record of suite "s" scored by the judge "helpful" (and "ok"), as the pipeline writes it. */
function record(
  id: string,
  pass: boolean,
  detail: string,
  extra: Partial<CaseRecord> & { failure_tags?: string[] } = {},
): CaseRecord {
  const { failure_tags, ...rest } = extra;
  return {
    suite: 's',
    id,
    repeat: 0,
    tags: { language: id.endsWith('de') ? 'de' : 'en' },
    severity: 'normal',
    fingerprint: `fp-${id}`,
    output: `answer of ${id}`,
    scores: {
      helpful: { value: pass ? 1 : 0, pass, detail, ...(failure_tags ? { failure_tags } : {}) },
      ok: { value: 1, pass: true },
    },
    latency_ms: 100,
    tokens: null,
    cost_usd: null,
    error: null,
    ...rest,
  };
}

/** A run of suite "s" sliced by language. */
function runOf(records: CaseRecord[]): Run {
  const run = syntheticRun(records, []);
  return {
    ...run,
    aggregates: [
      {
        suite: 's',
        cases: records.length,
        records: records.length,
        errors: 0,
        metrics: [],
        slices: [
          { slice: 'language', value: 'en', n: 0, metrics: [] },
          { slice: 'language', value: 'de', n: 0, metrics: [] },
        ],
        critical_failures: [],
      },
    ],
  };
}

const current = [
  record('q1-en', false, 'The answer invents a refund policy of 90 days.', { failure_tags: ['hallucination'] }),
  record('q2-de', false, 'The answer invents a refund policy of "60 days".', {
    failure_tags: ['hallucination', 'tone'],
  }),
  record('q3-en', false, 'The answer does not mention the invoice option at all.', { failure_tags: ['omission'] }),
  record('q4-de', false, 'The answer invents a refund policy of 14 days.'),
  record('q5-en', true, 'Correct and complete.'),
  record('q6-en', false, 'The answer does not mention the invoice option.', { error: null }),
];

describe('top failure modes (docs/governance.md, "Failure taxonomy")', () => {
  test('reasons that differ only in quoted text and numbers are one mode; others stay apart', () => {
    expect(normaliseReason('Invents a policy of "60 days", not 30.')).toEqual([
      'invents',
      'a',
      'policy',
      'of',
      'q',
      'not',
      '0',
    ]);
    const f = failureModes(runOf(current), 's');
    expect(f.failed).toBe(5);
    expect(f.modes.map((m) => [m.scorer, m.reason, m.count, m.new])).toEqual([
      ['helpful', 'The answer invents a refund policy of 90 days.', 3, null],
      ['helpful', 'The answer does not mention the invoice option at all.', 2, null],
    ]);
    expect(f.modes[0]!.slices).toEqual([
      ['language=de', 2],
      ['language=en', 1],
    ]);
    expect(f.modes[0]!.example).toEqual({ id: 'q1-en', repeat: 0, output: 'answer of q1-en' });
    expect(f.tags).toEqual([
      ['hallucination', 2],
      ['tone', 1],
      ['omission', 1],
    ]);
  });

  test('failures the baseline did not have come first, with a new one as the example', () => {
    // the baseline already failed the invented policies, but answered about invoices
    const baseline = runOf([
      record('q1-en', false, 'x'),
      record('q2-de', false, 'x'),
      record('q4-de', false, 'x'),
      record('q3-en', true, 'ok'),
      record('q6-en', true, 'ok'),
    ]);
    const f = failureModes(runOf(current), 's', baseline);
    expect(f.modes.map((m) => [m.reason.slice(0, 30), m.count, m.new, m.example.id])).toEqual([
      ['The answer does not mention th', 2, 2, 'q3-en'],
      ['The answer invents a refund po', 3, 0, 'q1-en'],
    ]);
    // a case whose content changed is another case: its failure is new
    const edited = failureModes(
      runOf(current.map((r) => (r.id === 'q1-en' ? { ...r, fingerprint: 'fp-edited' } : r))),
      's',
      baseline,
    );
    expect(edited.modes.find((m) => m.reason.includes('invents'))!.new).toBe(1);
  });

  test('an errored case is not a failure mode', () => {
    const errored = record('q7-en', false, 'judge said no', {
      error: { kind: 'infrastructure', message: 'HTTP 500' },
      output: null,
    });
    expect(failureModes(runOf([errored]), 's').failed).toBe(0);
    expect(failureModesMarkdown(runOf([errored]), 's', null)).toEqual([]);
  });

  test('Markdown: folded, counts and the new column only with a baseline', () => {
    const text = failureModesMarkdown(runOf(current), 's', null).join('\n');
    expect(text).toContain('<details><summary>Top failure modes: 5 failed scores in 2 modes</summary>');
    expect(text).toContain('| Scorer | Reason | Failures | Slices | Example |');
    expect(text).toContain('Judge failure tags: hallucination 2 · tone 1 · omission 1');
    const withBaseline = failureModesMarkdown(runOf(current), 's', runOf([])).join('\n');
    expect(withBaseline).toContain('5 failed scores in 2 modes, 5 new since the baseline (listed first)');
    expect(withBaseline).toContain('| Scorer | Reason | Failures | New | Slices | Example |');
  });

  test('hostile reasons and outputs are inert in Markdown and HTML', () => {
    const hostile = HOSTILE.map((text, i) =>
      record(`h${i}`, false, text, { output: `${text} ${HOSTILE[(i + 3) % HOSTILE.length]}` }),
    );
    const markdown = failureModesMarkdown(runOf(hostile), 's', null).join('\n');
    const visible = visibleMarkdown(markdown);
    expect(visible).not.toMatch(/<(img|script|svg|a |details open)/i);
    expect(
      markdown
        .split('\n')
        .filter((l) => l.startsWith('|'))
        .every((l) => !/[^\\]\|\s*forged/.test(l)),
    ).toBe(true);
    expect(visible).not.toMatch(/@everyone|#1\b|<!--/);
    const html = failureModesHtml(runOf(hostile), 's', null);
    expect(html).not.toMatch(/<(img|script|svg|a )/i);
    expect(html).not.toContain('</details>');
  });
});

describe('guards from incidents (docs/governance.md, "Incidents become regression cases")', () => {
  const incident = (id: string, pass: boolean, ref: string, extra: Partial<CaseRecord> = {}) =>
    record(id, pass, pass ? 'ok' : 'invents a policy', {
      tags: { source: 'incident', incident: ref },
      severity: 'critical',
      ...extra,
    });

  test('all passing: one line with the count', () => {
    const run = runOf([incident('i1', true, 'INC-1'), incident('i2', true, 'INC-2'), record('q1-en', false, 'x')]);
    expect(incidentMarkdown(run, 's')).toEqual(['', '**Guards from incidents**: 2, all passing.']);
    expect(failureModesHtml(run, 's', null)).toContain('<p><strong>Guards from incidents</strong>: 2, all passing</p>');
  });

  test('failing and unevaluated guards are listed by id and incident; a failure in any repeat counts', () => {
    const run = runOf([
      incident('i1', true, 'INC-1'),
      incident('i1', false, 'INC-1', { repeat: 1 }),
      incident('i2', true, 'INC-<b>2</b> @team'),
      incident('i3', false, 'INC-3', { error: { kind: 'infrastructure', message: 'HTTP 500' }, scores: {} }),
    ]);
    expect(incidentGuards(run, 's').map((g) => [g.id, g.status])).toEqual([
      ['i1', 'fail'],
      ['i2', 'pass'],
      ['i3', 'error'],
    ]);
    expect(incidentMarkdown(run, 's')).toEqual([
      '',
      '**Guards from incidents**: 3, 1 failing, 1 not evaluated:',
      '',
      '- `i1` (INC-1): failed `helpful`',
      '- `i3` (INC-3): could not be evaluated: HTTP 500',
    ]);
  });

  test('a suite without incident cases says nothing about them', () => {
    expect(incidentMarkdown(runOf(current), 's')).toEqual([]);
  });
});
