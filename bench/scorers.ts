// The text scorers a gate runs per case (rouge, bleu, chrf, token-f1) on 10,000 cases of
// 30-word outputs against 30-word references: the CPU they add to a run, and the heap after
// each 2,000 cases with the scores discarded (flat = the scorers keep nothing per case but the
// bounded stem memo). Bar (issue 11): < 1 s of CPU, memory flat in the number of cases.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ScorerConfig } from '../src/config/schema.js';
import type { EvalCase } from '../src/dataset/case.js';
import { createScorer } from '../src/scorers/registry.js';
import type { Scorer } from '../src/scorers/scorer.js';
import { createRandom } from '../src/stats/random.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const N = 10_000;
const WORDS = 30;
const random = createRandom(11);
// a 5,000-word vocabulary of letter strings, drawn with a skew so outputs and references overlap
const vocabulary = Array.from({ length: 5000 }, (_, i) => {
  let w = '';
  for (let n = i + 1; n > 0; n = Math.floor(n / 26)) w += String.fromCharCode(97 + (n % 26));
  return w + (i % 3 === 0 ? 'ing' : i % 3 === 1 ? 's' : 'ed');
});
const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)]!;
const sentence = () => Array.from({ length: WORDS }, word).join(' ') + '.';
const cases: { c: EvalCase; output: string }[] = Array.from({ length: N }, (_, i) => {
  const expected = sentence();
  const output = expected
    .split(' ')
    .map((w) => (random() < 0.3 ? word() : w))
    .join(' ');
  return { c: { id: `c${i}`, line: i + 1, fingerprint: '', vars: {}, expected, tags: {}, severity: 'normal' }, output };
});

const scorers: Scorer[] = [];
for (const config of [
  { id: 'overlap', type: 'rouge' },
  { id: 'bleu', type: 'bleu' },
  { id: 'chrf', type: 'chrf' },
  { id: 'f1', type: 'token-f1' },
]) {
  const built = await createScorer(ScorerConfig.parse(config), { readJson: () => ({ ok: true, value: {} }) });
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  scorers.push(built.value);
}

// warm up the JIT on cases outside the measured run
for (const { c, output } of cases.slice(0, 200)) for (const s of scorers) s.score({ case: c, output });

gc();
const heap: string[] = [];
const cpu = process.cpuUsage();
const wall = performance.now();
let checksum = 0;
let excluded = 0;
for (let i = 0; i < N; i++) {
  const { c, output } = cases[i]!;
  for (const s of scorers) checksum += s.score({ case: c, output }).value;
  if ((i + 1) % 2000 === 0) {
    // the forced collections are measurement, not scoring: their CPU is left out
    const before = process.cpuUsage();
    gc();
    heap.push(`${i + 1}: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)} MB`);
    const spent = process.cpuUsage(before);
    excluded += spent.user + spent.system;
  }
}
const used = process.cpuUsage(cpu);
const elapsed = used.user + used.system - excluded;
const wallMs = performance.now() - wall;
console.log(`| scorers rouge + bleu + chrf + token-f1, ${N.toLocaleString('en')} cases of ${WORDS}-word outputs | |`);
console.log('|---|---:|');
console.log(`| CPU (user + system) | ${(elapsed / 1e6).toFixed(2)} s |`);
console.log(`| wall, including the heap checks | ${(wallMs / 1000).toFixed(2)} s |`);
console.log(`| per case, all four scorers | ${(elapsed / N / 1000).toFixed(3)} ms |`);
console.log(`| heap after N cases (scores discarded) | ${heap.join(', ')} |`);
console.log(`| (checksum of the scores: ${checksum.toFixed(3)}) | |`);
