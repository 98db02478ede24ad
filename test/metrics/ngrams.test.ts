import { describe, expect, it } from 'vitest';
import { groupNgrams, matchCount, maxRefMatchCount, ngramCount } from '../../src/metrics/ngrams.js';
import { createRandom } from '../../src/stats/random.js';

// Reference: Python's collections.Counter over n-gram tuples, as sacreBLEU's
// extract_all_word_ngrams / extract_all_char_ngrams and rouge-score's _create_ngrams build
// them; `sum((hyp & ref).values())` is the clipped match count. Written out naively here.
function counter(units: readonly number[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= units.length; i++) {
    const key = units.slice(i, i + n).join(',');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
function clipped(hyp: Map<string, number>, ref: Map<string, number>): number {
  let m = 0;
  for (const [k, c] of hyp) m += Math.min(c, ref.get(k) ?? 0);
  return m;
}

describe('groupNgrams counting', () => {
  const random = createRandom(7);
  const sentence = (length: number, alphabet: number, offset: number) =>
    Array.from({ length }, () => offset + Math.floor(random() * alphabet));

  // small alphabets take the direct tables; units of 2^18 and more, or a group too large for
  // them, take the hashed table: all must count like the Counters
  it.each([
    ['small alphabet', 40, 4, 0, 20],
    ['large units', 40, 4, 1 << 20, 20],
    ['long sentences of many units', 1200, 400, 0, 3],
  ])('equals Counter clipped matches and totals: %s', (_name, length, alphabet, offset, trials) => {
    for (let trial = 0; trial < trials; trial++) {
      const hyp = sentence(Math.floor(random() * length), alphabet, offset);
      const refs = [0, 1, 2].map(() => sentence(Math.floor(random() * length), alphabet, offset));
      const [h, ...r] = groupNgrams([hyp, ...refs], 6);
      for (let n = 1; n <= 6; n++) {
        const hc = counter(hyp, n);
        expect(ngramCount(h!, n)).toBe([...hc.values()].reduce((a, b) => a + b, 0));
        refs.forEach((ref, k) => expect(matchCount(h!, r[k]!, n)).toBe(clipped(hc, counter(ref, n))));
        // BLEU: clipped by the highest count in any reference
        const max = new Map<string, number>();
        for (const ref of refs) for (const [key, c] of counter(ref, n)) max.set(key, Math.max(c, max.get(key) ?? 0));
        expect(maxRefMatchCount(h!, r, n)).toBe(clipped(hc, max));
      }
    }
  });
});
