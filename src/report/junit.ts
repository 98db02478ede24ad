import type { CaseRecord, Run } from '../results/run-schema.js';
import { clip } from './escape.js';

/** Longest expected/actual text kept in a failure; a CI test view shows the start. */
const MAX_TEXT = 4000;

/**
 * run.json as JUnit XML (the Ant/Surefire schema that CI test views read): a testsuite per
 * evalgate suite with one testcase per case × scorer — a failed scorer is a <failure> with
 * the expected value and the actual output, a case the provider could not answer is an
 * <error> — and a testsuite "gate" with one testcase per rule outcome, so a failing rule is a
 * failing test. Everything a model or a dataset wrote is escaped: XML-special characters
 * become entities and characters XML 1.0 cannot carry are dropped.
 */
export function renderJunit(run: Run): string {
  const suites = run.manifest.suites.map((s) =>
    suiteXml(
      s.id,
      run.cases.filter((c) => c.suite === s.id),
    ),
  );
  const gate = gateXml(run);
  const all = [...suites, gate];
  const total = (k: 'tests' | 'failures' | 'errors') => all.reduce((n, s) => n + s.counts[k], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="evalgate" tests="${total('tests')}" failures="${total('failures')}" errors="${total('errors')}">`,
    ...all.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

interface SuiteXml {
  xml: string;
  counts: { tests: number; failures: number; errors: number };
}

function suiteXml(suite: string, records: CaseRecord[]): SuiteXml {
  const scorerIds = [...new Set(records.flatMap((r) => Object.keys(r.scores)))];
  const counts = { tests: 0, failures: 0, errors: 0 };
  let time = 0;
  const cases: string[] = [];
  for (const r of records) {
    const name = `${r.id}${r.repeat ? ` (repeat ${r.repeat})` : ''}`;
    const seconds = r.latency_ms === null ? 0 : r.latency_ms / 1000;
    time += seconds;
    const ids = r.error ? (scorerIds.length ? scorerIds : ['output']) : Object.keys(r.scores);
    for (const scorer of ids) {
      counts.tests++;
      const open = `    <testcase classname="${attr(`${suite}.${scorer}`)}" name="${attr(name)}" time="${seconds.toFixed(3)}"`;
      if (r.error) {
        counts.errors++;
        cases.push(
          `${open}>\n      <error message="${attr(clip(r.error.message, 500))}" type="${attr(r.error.kind)}">${text(r.error.message)}</error>\n    </testcase>`,
        );
        continue;
      }
      const score = r.scores[scorer]!;
      if (score.pass === false) {
        counts.failures++;
        const body = [
          `scorer: ${scorer} (score ${score.value})`,
          ...(r.expected !== undefined ? [`expected: ${stringify(r.expected)}`] : []),
          `actual: ${r.output ?? ''}`,
          ...(score.detail ? [`detail: ${score.detail}`] : []),
        ].join('\n');
        cases.push(
          `${open}>\n      <failure message="${attr(`${scorer} failed${score.detail ? `: ${clip(score.detail, 200)}` : ''}`)}" type="${attr(r.severity === 'critical' ? 'critical' : 'scorer')}">${text(body)}</failure>\n    </testcase>`,
        );
      } else cases.push(`${open}/>`);
    }
  }
  return {
    counts,
    xml: [
      `  <testsuite name="${attr(suite)}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" time="${time.toFixed(3)}">`,
      ...cases,
      '  </testsuite>',
    ].join('\n'),
  };
}

function gateXml(run: Run): SuiteXml {
  const rules = run.decision?.rules ?? [];
  const counts = { tests: rules.length, failures: 0, errors: 0 };
  const cases = rules.map((o) => {
    const name = `${o.metric}${o.slice ? ` [${o.slice.name}=${o.slice.value}]` : ''} ${o.bound}`;
    const open = `    <testcase classname="${attr(`gate.${o.suite}`)}" name="${attr(name)}"`;
    if (o.outcome !== 'fail')
      return `${open}>\n      <system-out>${text(`${o.status}: ${o.explanation}`)}</system-out>\n    </testcase>`;
    counts.failures++;
    return `${open}>\n      <failure message="${attr(clip(o.explanation, 500))}" type="rule">${text(`${o.status}: ${o.explanation}`)}</failure>\n    </testcase>`;
  });
  return {
    counts,
    xml: [
      `  <testsuite name="gate" tests="${counts.tests}" failures="${counts.failures}" errors="0">`,
      ...cases,
      '  </testsuite>',
    ].join('\n'),
  };
}

const stringify = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** Characters XML 1.0 allows (§2.2): tab, newline, carriage return and U+0020 on, less surrogates halves and U+FFFE/U+FFFF. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function text(s: string): string {
  return clip(s, MAX_TEXT).replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(s: string): string {
  return text(s)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
