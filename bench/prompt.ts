// The prompt placeholder scan on large prompts: one pass, so time grows with the size, not its square.
// node bench/run-ts.mjs bench/prompt.ts
import { parsePrompt } from '../src/prompt/messages.js';

for (const [label, size] of [
  ['480 KB', 480_000],
  ['5 MB', 5_000_000],
] as const) {
  for (const [shape, unit] of [
    ['many lines', 'Ask {{question}} now.\n'],
    ['one line', 'Ask {{question}} now. '],
  ] as const) {
    const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    const started = performance.now();
    const found = parsePrompt(text).placeholders.length;
    console.log(`${label} prompt (${shape}), ${found} placeholders: ${(performance.now() - started).toFixed(0)} ms`);
  }
}
