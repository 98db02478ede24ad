// Text metrics over 1,000 sentences and the paired bootstrap (warm, best of 5).
import { corpusBleu, corpusChrf, createRandom, pairedBootstrap, rougeScore } from '../src/lib.js';

const hyps = Array.from({ length: 1000 }, (_, i) => `Sentence ${i}: the dog bit the man, who bit it back ${i % 7}.`);
const refs = [Array.from({ length: 1000 }, (_, i) => `Sentence ${i}: a dog bit a man and he bit back ${i % 5}.`)];
const pairs = Array.from(
  { length: 1000 },
  (_, i) => [`the runners were running quickly ${i}`, `a runner runs quickly ${i % 7}`] as const,
);

const best = (f: () => unknown) => {
  f();
  let min = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    f();
    min = Math.min(min, performance.now() - start);
  }
  return min;
};
console.log('| metric, 1,000 sentences | ms |');
console.log('|---|---:|');
console.log(`| corpusBleu (13a) | ${best(() => corpusBleu(hyps, refs)).toFixed(1)} |`);
console.log(`| corpusChrf | ${best(() => corpusChrf(hyps, refs)).toFixed(1)} |`);
console.log(
  `| rougeScore with stemming | ${best(() => pairs.map(([t, p]) => rougeScore(t, p, { useStemmer: true }))).toFixed(1)} |`,
);
const random = createRandom(1);
const a = Float64Array.from({ length: 10_000 }, () => (random() < 0.8 ? 1 : 0));
const b = Float64Array.from({ length: 10_000 }, () => (random() < 0.78 ? 1 : 0));
console.log(
  `| pairedBootstrap, 10,000 pairs × 2,000 resamples (mean) | ${best(() => pairedBootstrap(a, b, { resamples: 2000, seed: 4 })).toFixed(1)} |`,
);
console.log(
  `| pairedBootstrap, 10,000 pairs × 2,000 resamples (p95 ratio) | ${best(() =>
    pairedBootstrap(
      a.map((x) => 500 + 400 * x),
      b.map((x) => 500 + 400 * x),
      { resamples: 2000, seed: 4, statistic: { quantile: 0.95 }, compare: 'ratio' },
    ),
  ).toFixed(1)} |`,
);
