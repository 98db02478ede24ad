import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { corpusBleu, corpusChrf } from '../../src/metrics/text-index.js';
import { classificationReport } from '../../src/metrics/classification.js';
import { Run } from '../../src/results/run-schema.js';
import { cli, makeWorkspace } from '../support/workspace.js';

// Suite metrics end to end: replayed outputs → scorers → aggregate → gate against a baseline
// run. Corpus values are checked against the library's sacreBLEU and scikit-learn functions
// and, for the README example of sacreBLEU (corpus_bleu 48.530827), the published number.

const readRun = (dir: string) => Run.parse(JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')));
const lines = (xs: object[]) => xs.map((x) => JSON.stringify(x)).join('\n');

const CLASSES = ['billing', 'bug', 'other'] as const;
const N = 90;
const cases = Array.from({ length: N }, (_, i) => ({
  id: `t${i}`,
  vars: { text: `ticket ${i}` },
  expected: {
    label: CLASSES[i % 3],
    summary: `the customer reports issue number ${i} with the ${CLASSES[i % 3]} page`,
  },
  tags: { lang: i % 2 ? 'en' : 'de' },
}));

/** Baseline: every label right, summaries close. Candidate: bug tickets in `de` go wrong, summaries shorter. */
function recordings(candidate: boolean) {
  return lines(
    cases.map((c, i) => {
      const broken = candidate && c.expected.label === 'bug' && c.tags.lang === 'de';
      const label = broken ? 'billing' : c.expected.label;
      const summary =
        candidate && i % 2 === 0
          ? `customer reports issue ${i}`
          : c.expected.summary.replace('the customer', 'a customer');
      return {
        id: c.id,
        output: JSON.stringify({ label, confidence: broken ? 0.9 : 0.8, summary }),
        tool_calls: broken ? [] : [{ name: 'route', arguments: { queue: label } }],
        latency_ms: 100,
      };
    }),
  );
}

const config = (recordingsFile: string) => `version: 1
providers:
  default: { type: replay, recordings: ${recordingsFile} }
suites:
  - id: tickets
    prompt: prompt.md
    dataset: cases.jsonl
    slices: [lang]
    scorers:
      - { id: label, type: classify, labels: [billing, bug, other], json_path: label, confidence: confidence, reference: "{{expected.label}}" }
      - { id: overlap, type: rouge, reference: "{{expected.summary}}" }
      - { id: bleu, type: bleu, reference: "{{expected.summary}}" }
      - { id: tools, type: tool-call, calls: [{ name: route }] }
    rules:
      - { metric: overlap.mean, max_drop: 0.02 }
      - { metric: overlap.mean, max_drop: 2%, per_slice: true, min_n: 10 }
      - { metric: bleu.corpus, max_drop: 1 }
      - { metric: label.macro_f1, max_drop: 0.05 }
      - { metric: label.f1.bug, max_drop: 0.05, per_slice: true, min_n: 10 }
      - { metric: label.accuracy, min: 0.5 }
      - { metric: label.ece, max_increase: 0.5 }
      - { metric: tools.recall, max_drop: 0.5 }
`;

describe('suite metrics gated against a baseline', () => {
  test('corpus BLEU, classification and tool-call metrics are computed, reported and gated with the named tests', async () => {
    const dir = makeWorkspace({
      'cases.jsonl': lines(cases),
      'prompt.md': '[user]\n{{text}}\n',
      'base.yml': config('base.jsonl'),
      'new.yml': config('new.jsonl'),
      'base.jsonl': recordings(false),
      'new.jsonl': recordings(true),
    });
    const baseOut = join(dir, 'base-out');
    const base = await cli([
      'run',
      '--config',
      join(dir, 'base.yml'),
      '--baseline',
      'none',
      '--out',
      baseOut,
      '--quiet',
    ]);
    expect(base.err).toBe('');
    const newOut = join(dir, 'new-out');
    const result = await cli([
      'run',
      '--config',
      join(dir, 'new.yml'),
      '--baseline',
      join(baseOut, 'run.json'),
      '--out',
      newOut,
      '--quiet',
    ]);
    expect(result.code).toBe(1);
    const run = readRun(newOut);
    const aggregate = run.aggregates[0]!;
    const metric = (name: string) => aggregate.metrics.find((m) => m.metric === name);

    // corpus BLEU = the library's corpus_bleu over the same outputs and references
    // the scorers read the whole output (here a JSON object), as the gate gives it to them
    const outputs = run.cases.map((c) => c.output!);
    const refs = run.cases.map((c) => (c.expected as { summary: string }).summary);
    expect(metric('bleu.corpus')!.value).toBeCloseTo(corpusBleu(outputs, [refs]).score, 10);
    expect(metric('bleu.corpus')!.method).toBe('nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.x');
    expect(run.manifest.suites[0]!.scorer_signatures).toMatchObject({
      bleu: 'nrefs:1|case:mixed|eff:yes|tok:13a|smooth:exp|version:2.x',
      overlap: 'rouge-score|types:rougeL|stem:no|tok:default|measure:f|refs:best-f',
    });

    // classification metrics = scikit-learn semantics on the parsed labels
    const truth = run.cases.map((c) => (c.expected as { label: string }).label);
    const predicted = run.cases.map((c) => (JSON.parse(c.output!) as { label: string }).label);
    const sklearn = classificationReport(truth, predicted, { labels: [...CLASSES] });
    expect(metric('label.macro_f1')!.value).toBeCloseTo(sklearn.macro.f1, 12);
    expect(metric('label.f1.bug')!.value).toBeCloseTo(sklearn.perClass.bug!.f1, 12);
    expect(metric('label.mcc')!.value).toBeCloseTo(sklearn.mcc!, 12);
    expect(aggregate.confusion).toEqual([{ scorer: 'label', labels: [...CLASSES], matrix: sklearn.confusionMatrix }]);
    // 15 bug tickets in de were routed nowhere: recall 75/90 of the expected calls
    expect(metric('tools.recall')!.value).toBeCloseTo(75 / 90, 12);
    expect(metric('tools.precision')!.value).toBe(1);

    const outcome = (metric: string, slice?: string) =>
      run.decision!.rules.find(
        (r) => r.metric === metric && (slice ? r.slice?.value === slice : r.slice === null) && r.kind !== 'critical',
      )!;
    expect(outcome('overlap.mean').method).toMatch(/^paired t interval of the per-case difference \(n=90\)/);
    expect(outcome('overlap.mean').status).toBe('fail');
    expect(outcome('overlap.mean', 'en').status).toBe('pass');
    expect(outcome('overlap.mean', 'de').status).toBe('fail');
    expect(outcome('bleu.corpus').method).toMatch(/^paired bootstrap resampling of cases \(Koehn 2004/);
    expect(outcome('bleu.corpus').status).toBe('fail');
    expect(outcome('label.macro_f1').status).toBe('fail');
    expect(outcome('label.f1.bug', 'en').status).toBe('pass');
    expect(outcome('label.f1.bug', 'de').status).toBe('fail');
    expect(outcome('label.accuracy').status).toBe('pass');
    expect(outcome('tools.recall').status).toBe('pass');
    expect(outcome('label.ece').current).toBeCloseTo(metric('label.ece')!.value!, 12);

    const report = readFileSync(join(newOut, 'report.md'), 'utf8');
    expect(report).toContain('Confusion matrix of `label` (rows: expected, columns: predicted):');
    expect(report).toContain('| **bug** | 15 | 15 | 0 |');
    expect(report).toContain('| bleu.corpus | `nrefs:1\\|case:mixed\\|eff:no\\|tok:13a\\|smooth:exp\\|version:2.x` |');
  });

  test("sacreBLEU's README corpus example through the bleu scorer and bleu.corpus: 48.530827", async () => {
    const hyps = ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'];
    const refs = [
      ['The dog bit the man.', 'The dog had bit the man.'],
      ['It was not unexpected.', 'No one was surprised.'],
      ['The man bit him first.', 'The man had bitten the dog.'],
    ];
    const dir = makeWorkspace({
      'cases.jsonl': lines(refs.map((expected, i) => ({ id: `s${i}`, vars: { q: 'x' }, expected }))),
      'recordings.jsonl': lines(hyps.map((output, i) => ({ id: `s${i}`, output }))),
      'prompt.md': '[user]\n{{q}}\n',
      'evalgate.yml': `version: 1
providers:
  default: { type: replay, recordings: recordings.jsonl }
suites:
  - id: mt
    prompt: prompt.md
    dataset: cases.jsonl
    scorers:
      - { id: bleu, type: bleu }
      - { id: chrf, type: chrf, beta: 3 }
`,
    });
    const out = mkdtempSync(join(tmpdir(), 'evalgate-bleu-'));
    await cli(['run', '--config', join(dir, 'evalgate.yml'), '--baseline', 'none', '--out', out, '--quiet']);
    const run = readRun(out);
    const metric = (name: string) => run.aggregates[0]!.metrics.find((m) => m.metric === name)!;
    expect(Math.abs(metric('bleu.corpus').value! - 48.530827)).toBeLessThan(1e-6);
    expect(metric('bleu.corpus').method).toBe('nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.x');
    const streams = [refs.map((r) => r[0]!), refs.map((r) => r[1]!)];
    expect(metric('chrf.corpus').value).toBeCloseTo(corpusChrf(hyps, streams, { beta: 3 }).score, 10);
  });
});
