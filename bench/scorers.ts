// The text scorers a gate runs per case (rouge, bleu, chrf, token-f1) on 10,000 cases of
// 30-word outputs against 30-word references: the CPU they add to a run, and the heap after
// each 2,000 cases with the scores discarded (flat = the scorers keep nothing per case but the
// bounded stem memo). Bar (issue 11): < 1 s of CPU, memory flat in the number of cases.
//
// The measurement runs RUNS times (default 5), each in a process of its own so that no run
// inherits another's JIT state or heap, one after the other; the table gives the median and
// every run, since CPU time on a shared machine varies from run to run.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ScorerConfig } from '../src/config/schema.js';
import type { EvalCase } from '../src/dataset/case.js';
import { createScorer } from '../src/scorers/registry.js';
import type { Scorer } from '../src/scorers/scorer.js';
import { createRandom } from '../src/stats/random.js';

const N = 10_000;
const WORDS = 30;

interface Run {
  cpuMs: number;
  wallMs: number;
  gcMs: number;
  heap: string[];
  checksum: string;
}

async function measure(): Promise<Run> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;

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
    return {
      c: { id: `c${i}`, line: i + 1, fingerprint: '', vars: {}, expected, tags: {}, severity: 'normal' },
      output,
    };
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
  // main-thread collections during the run (V8's parallel helper threads are in the CPU figure
  // but not here); the forced ones below are left out like their CPU
  const pauses: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push({ start: e.startTime, duration: e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  const forced: [number, number][] = [];
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
      const from = performance.now();
      gc();
      heap.push(`${i + 1}: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)} MB`);
      forced.push([from, performance.now()]);
      const spent = process.cpuUsage(before);
      excluded += spent.user + spent.system;
    }
  }
  const used = process.cpuUsage(cpu);
  const wallMs = performance.now() - wall;
  // the observer reports after the synchronous run
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const gcMs = pauses
    .filter((p) => p.start >= wall && !forced.some(([from, to]) => p.start >= from && p.start <= to))
    .reduce((sum, p) => sum + p.duration, 0);
  return { cpuMs: (used.user + used.system - excluded) / 1000, wallMs, gcMs, heap, checksum: checksum.toFixed(3) };
}

const RESULT = 'bench-scorers-run ';
if (process.argv.includes('--once')) {
  console.log(RESULT + JSON.stringify(await measure()));
} else {
  const count = Number(process.env.RUNS ?? 5);
  const loadBefore = loadavg()[0]!;
  const runs: Run[] = [];
  for (let k = 0; k < count; k++) {
    const out = execFileSync(process.execPath, ['bench/run-ts.mjs', process.argv[1]!, '--once'], { encoding: 'utf8' });
    const line = out.split('\n').find((l) => l.startsWith(RESULT));
    if (!line) throw new Error(`a run printed no result:\n${out}`);
    runs.push(JSON.parse(line.slice(RESULT.length)) as Run);
  }
  const loadAfter = loadavg()[0]!;
  const checksums = new Set(runs.map((r) => r.checksum));
  if (checksums.size !== 1) throw new Error(`the runs' scores differ: ${[...checksums].join(', ')}`);
  const byCpu = [...runs].sort((a, b) => a.cpuMs - b.cpuMs);
  const median = byCpu[Math.floor((byCpu.length - 1) / 2)]!;
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  console.log(`| scorers rouge + bleu + chrf + token-f1, ${N.toLocaleString('en')} cases of ${WORDS}-word outputs | |`);
  console.log('|---|---:|');
  console.log(`| runs (each in its own process) | ${count} |`);
  console.log(`| CPU (user + system), median run | ${seconds(median.cpuMs)} s |`);
  console.log(`| CPU of every run, sorted | ${byCpu.map((r) => seconds(r.cpuMs)).join(' ')} s |`);
  console.log(`| wall of the median run, including the heap checks | ${seconds(median.wallMs)} s |`);
  console.log(`| per case, all four scorers, median run | ${(median.cpuMs / N).toFixed(3)} ms |`);
  console.log(
    `| main-thread GC pauses, median run | ${median.gcMs.toFixed(0)} ms (${((100 * median.gcMs) / median.wallMs).toFixed(0)}% of its wall) |`,
  );
  console.log(`| heap after N cases (scores discarded), median run | ${median.heap.join(', ')} |`);
  console.log(`| load average (1 min) before / after the runs | ${loadBefore.toFixed(2)} / ${loadAfter.toFixed(2)} |`);
  console.log(`| (checksum of the scores, the same in every run: ${median.checksum}) | |`);
}
