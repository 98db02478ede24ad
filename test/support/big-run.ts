import type { Run } from '../../src/results/run-schema.js';
import { cohort, gate } from './synthetic.js';

const WORDS =
  'the order ships within three business days and you can track it from your account page once the label is printed'.split(
    ' ',
  );

/** A sentence of about `length` characters, different per seed, like a model's answer. */
function sentence(seed: number, length: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < length; i++) {
    const w = WORDS[(seed * 7 + i * 13) % WORDS.length]!;
    out.push(w);
    n += w.length + 1;
  }
  return out.join(' ');
}

/** `n` cases over 4 languages × 3 tiers with ~250-character outputs, judge reasons and a baseline: report.html's size and speed test. */
export function bigRun(n: number): { run: Run; baseline: Run } {
  const tags = (i: number) => ({
    language: ['en', 'de', 'fr', 'es'][i % 4]!,
    customer_tier: ['free', 'pro', 'team'][i % 3]!,
  });
  const current = cohort(n, Math.round(n * 0.12)).map((c, i) => ({
    ...c,
    tags: tags(i),
    latency: 200 + ((i * 37) % 900),
  }));
  const previous = cohort(n, Math.round(n * 0.08)).map((c, i) => ({ ...c, tags: tags(i) }));
  const { run } = gate({
    rules: [
      { metric: 'ok.pass_rate', max_drop: '5pp' },
      { metric: 'ok.pass_rate', max_drop: '5pp', per_slice: true },
    ],
    current,
    baseline: previous,
    slices: ['language', 'customer_tier'],
  });
  const write = (r: Run, shift: number): Run => ({
    ...r,
    cases: r.cases.map((c, i) => ({
      ...c,
      output: sentence(i + shift, 250),
      cost_usd: 0.0001 + (i % 50) * 0.00001,
      scores: Object.fromEntries(
        Object.entries(c.scores).map(([k, s]) => [k, { ...s, detail: `judge: ${sentence(i, 60)}` }]),
      ),
    })),
  });
  const baseline: Run = write(
    { ...run, cases: run.cases.map((c, i) => ({ ...c, output: i < n * 0.08 ? 'wrong' : 'right' })) },
    0,
  );
  return {
    run: write(run, 0),
    baseline: {
      ...baseline,
      cases: baseline.cases.map((c, i) => (i % 5 ? c : { ...c, output: sentence(i + 1, 240) })),
    },
  };
}
