// Contamination check at scale (issue 13's bar): 10,000 cases against a 100 MB corpus in < 10 s
// wall and < 300 MiB peak RSS, streamed with hashed n-grams (docs/governance.md, "Contamination
// and lineage"). The corpus is seeded text written to a temporary folder: half fine-tuning JSONL
// in chat `messages` form, half plain text, with known cases planted whole (must be flagged),
// half-planted (the input without the answer: 13 of the case's 25 13-grams, under the 0.7
// threshold) and one case whose answer the prompt holds. The RSS is the process's high-water mark, generation included, so it over-states.
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSuite } from '../src/contamination/check-suite.js';
import type { EvalCase } from '../src/dataset/case.js';
import { createRandom } from '../src/stats/random.js';

const CASES = 10_000;
const CORPUS_BYTES = 100 * 1024 * 1024;
const random = createRandom(13);
const vocabulary = Array.from({ length: 20_000 }, (_, i) => {
  let w = '';
  for (let n = i + 7; n > 0; n = Math.floor(n / 26)) w += String.fromCharCode(97 + (n % 26));
  return w;
});
const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 2)]!;
const words = (k: number) => Array.from({ length: k }, word).join(' ');

const cases: EvalCase[] = Array.from({ length: CASES }, (_, i) => ({
  id: `c${i}`,
  line: i + 1,
  fingerprint: '',
  vars: { question: `${words(25)}?` },
  expected: `${words(12)}.`,
  tags: {},
  severity: 'normal',
}));
const whole = Array.from({ length: 40 }, (_, k) => k * 211 + 5);
const halves = Array.from({ length: 20 }, (_, k) => k * 367 + 11);
const inPrompt = 9_999;
cases[inPrompt] = { ...cases[inPrompt]!, expected: 'refund' };
const prompt = {
  display: 'prompt.txt',
  text: 'Answer the customer.\nIf they ask for money back, say: refund\n{{question}}',
};

const dir = mkdtempSync(join(tmpdir(), 'evalgate-bench-contamination-'));
try {
  const started = performance.now();
  const files = [join(dir, 'finetune.jsonl'), join(dir, 'crawl.txt')];
  writeCorpus(files[0]!, CORPUS_BYTES / 2, (i) => {
    const planted = i % 1_000 === 0 ? whole[i / 1_000] : undefined;
    const c = planted !== undefined ? cases[planted] : undefined;
    return `${JSON.stringify({
      messages: [
        { role: 'system', content: 'You are a helpful assistant.' },
        { role: 'user', content: c ? c.vars.question : `${words(25)}?` },
        { role: 'assistant', content: c ? c.expected : `${words(20)}.` },
      ],
    })}\n`;
  });
  writeCorpus(files[1]!, CORPUS_BYTES / 2, (i) => {
    const planted = i % 2_000 === 0 ? halves[i / 2_000] : undefined;
    // the case's input without its answer: 13 of its 25 13-grams
    const c = planted !== undefined ? cases[planted] : undefined;
    return `${c ? c.vars.question : words(30)}.\n`;
  });
  const generated = performance.now();
  const cpuBefore = process.cpuUsage();

  const checked = await checkSuite({
    cases,
    prompt,
    corpus: files.map((path) => ({ path, display: path })),
    settings: { n: 13, threshold: 0.7 },
  });
  if (!checked.ok) throw new Error(checked.issues[0]!.message);
  const { results, read } = checked.value;
  const done = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  const rssMiB = process.resourceUsage().maxRSS / 1024;

  const flagged = new Set(results.filter((r) => r.flagged).map((r) => Number(r.id.slice(1))));
  const missed = whole.filter((i) => !flagged.has(i));
  const halfOverlaps = halves.map((i) => results[i]!.overlap);
  const falsePositives = [...flagged].filter((i) => !whole.includes(i) && i !== inPrompt);
  const seconds = (done - generated) / 1000;
  const bytes = read.reduce((n, f) => n + f.bytes, 0);
  const lines = read.reduce((n, f) => n + f.lines, 0);
  console.log(`contamination: ${CASES} cases, ${(bytes / 2 ** 20).toFixed(0)} MiB corpus`);
  console.log(
    `  ${read.length} files (the prompt too), ${lines} lines; generated in ${((generated - started) / 1000).toFixed(1)} s`,
  );
  console.log(
    `  check (index + stream + results): ${seconds.toFixed(2)} s wall (${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU)   bar < 10 s`,
  );
  console.log(`  peak RSS: ${rssMiB.toFixed(0)} MiB (whole process, generation included)   bar < 300 MiB`);
  console.log(
    `  planted whole: ${whole.length - missed.length}/${whole.length} flagged; half-planted overlap ${Math.min(...halfOverlaps).toFixed(2)}–${Math.max(...halfOverlaps).toFixed(2)} (not flagged at 0.7: ${halves.every((i) => !flagged.has(i))}); answer in prompt flagged: ${flagged.has(inPrompt)}; other cases flagged: ${falsePositives.length}`,
  );
  const ok =
    seconds < 10 &&
    rssMiB < 300 &&
    missed.length === 0 &&
    flagged.has(inPrompt) &&
    falsePositives.length === 0 &&
    halves.every((i) => !flagged.has(i) && results[i]!.overlap === 13 / 25);
  console.log(ok ? '  PASS' : '  FAIL');
  if (!ok) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Writes about `bytes` of lines from `line(i)` in 1 MiB pieces, so generation holds little. */
function writeCorpus(path: string, bytes: number, line: (i: number) => string): void {
  const fd = openSync(path, 'w');
  let written = 0;
  let piece: string[] = [];
  let size = 0;
  for (let i = 0; written + size < bytes; i++) {
    const text = line(i);
    piece.push(text);
    size += text.length;
    if (size > 1 << 20) {
      written += writeSync(fd, piece.join(''));
      piece = [];
      size = 0;
    }
  }
  written += writeSync(fd, piece.join(''));
  closeSync(fd);
}
