// METEOR (Banerjee & Lavie, 2005) as NLTK 3.8 computes it (nltk/translate/meteor_score.py,
// `meteor_score`), with its exact and Porter-stem matching stages and without the WordNet
// synonym stage: evalgate ships no WordNet, so a synonym NLTK would match counts as unmatched.

import { porterStemmer } from './porter-stemmer.js';
import { pyLower, pySplit } from './python-text.js';

export interface MeteorOptions {
  /** Weight of precision against recall in the harmonic mean (NLTK default 0.9). */
  alpha?: number;
  /** Exponent of the fragmentation penalty (default 3). */
  beta?: number;
  /** Weight of the fragmentation penalty (default 0.5). */
  gamma?: number;
}

const stem = porterStemmer('NLTK_EXTENSIONS');

type Enumerated = [number, string][];

// NLTK's _match_enums: scanning both lists from the end, each hypothesis word takes the last
// equal reference word; matched words leave both lists.
function matchEnums(hyp: Enumerated, ref: Enumerated): [number, number][] {
  const matches: [number, number][] = [];
  for (let i = hyp.length - 1; i >= 0; i--) {
    for (let j = ref.length - 1; j >= 0; j--) {
      if (hyp[i]![1] === ref[j]![1]) {
        matches.push([hyp[i]![0], ref[j]![0]]);
        hyp.splice(i, 1);
        ref.splice(j, 1);
        break;
      }
    }
  }
  return matches;
}

// NLTK's _count_chunks: runs of matches adjacent in both hypothesis and reference.
function countChunks(matches: readonly [number, number][]): number {
  let chunks = 1;
  for (let i = 0; i < matches.length - 1; i++) {
    if (!(matches[i + 1]![0] === matches[i]![0] + 1 && matches[i + 1]![1] === matches[i]![1] + 1)) chunks++;
  }
  return chunks;
}

/** NLTK's single_meteor_score over whitespace tokens (`str.split()`), lowercased as NLTK's default preprocess. */
export function singleMeteor(reference: string, hypothesis: string, opts: MeteorOptions = {}): number {
  const { alpha = 0.9, beta = 3, gamma = 0.5 } = opts;
  const hyp: Enumerated = pySplit(hypothesis).map((w, i) => [i, pyLower(w)]);
  const ref: Enumerated = pySplit(reference).map((w, i) => [i, pyLower(w)]);
  const [hypLength, refLength] = [hyp.length, ref.length];
  const exact = matchEnums(hyp, ref);
  const stemmed = matchEnums(
    hyp.map(([i, w]) => [i, stem(w)]),
    ref.map(([i, w]) => [i, stem(w)]),
  );
  const matches = [...exact, ...stemmed].sort((a, b) => a[0] - b[0]);
  const m = matches.length;
  if (m === 0 || hypLength === 0 || refLength === 0) return 0;
  const precision = m / hypLength;
  const recall = m / refLength;
  const fmean = (precision * recall) / (alpha * precision + (1 - alpha) * recall);
  const penalty = gamma * (countChunks(matches) / m) ** beta;
  return (1 - penalty) * fmean;
}

/** NLTK's meteor_score: the best single score over the references, in [0, 1]. */
export function meteorScore(references: string | readonly string[], hypothesis: string, opts?: MeteorOptions): number {
  const refs = typeof references === 'string' ? [references] : references;
  return Math.max(0, ...refs.map((r) => singleMeteor(r, hypothesis, opts)));
}
