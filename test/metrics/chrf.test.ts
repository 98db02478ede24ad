import { describe, expect, it } from 'vitest';
import { corpusChrf, sentenceChrf } from '../../src/metrics/text-index.js';

// Reference: sacreBLEU 2.x CHRF (sacrebleu/metrics/chrf.py). Expected values are published in
// sacreBLEU's test/test_chrf.py (tolerance 1e-4, as there) and README, except where a comment
// says a value was obtained by running sacreBLEU 2.6.0.

const EPSILON = 1e-4;

describe('corpusChrf with epsilon smoothing (test_chrf.py test_chrf: nc 6, nw 0, beta 3)', () => {
  it.each<[string[], string[], number]>([
    [['abcdefg'], ['hijklmnop'], 0.0],
    [['a'], ['b'], 0.0],
    [[''], ['b'], 0.0],
    [[''], ['ref'], 0.0],
    [[''], ['reference'], 0.0],
    [['aa'], ['ab'], 8.3333],
    [['a', 'b'], ['a', 'c'], 8.3333],
    [['a'], ['a'], 16.6667],
    [['a b c'], ['a b c'], 50.0],
    [['a b c'], ['abc'], 50.0],
    [
      [
        ' risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .',
      ],
      [
        'risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists .',
      ],
      63.36173,
    ],
    [
      [' Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. '],
      ['Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich.'],
      64.1302698,
    ],
    [['Niemand hat die Absicht, eine Mauer zu errichten'], ['Niemand hat die Absicht, eine Mauer zu errichten'], 100.0],
  ])('%j vs %j → %d', (hyps, refs, expected) => {
    const score = corpusChrf(hyps, [refs], { charOrder: 6, wordOrder: 0, beta: 3, epsSmoothing: true }).score;
    expect(Math.abs(score - expected)).toBeLessThan(EPSILON);
  });
});

describe('corpusChrf with effective-order averaging (test_chrf.py test_chrf_eff_order)', () => {
  it.each<[string[], string[], number]>([
    [['a'], ['a'], 100.0],
    [[''], ['reference'], 0.0],
    [['a b c'], ['a b c'], 100.0],
    [['a b c'], ['abc'], 100.0],
    [[''], ['c'], 0.0],
    [['a', 'b'], ['a', 'c'], 50.0],
    [['aa'], ['ab'], 25.0],
  ])('%j vs %j → %d', (hyps, refs, expected) => {
    const score = corpusChrf(hyps, [refs], { charOrder: 6, wordOrder: 0, beta: 3, epsSmoothing: false }).score;
    expect(Math.abs(score - expected)).toBeLessThan(EPSILON);
  });
});

describe('corpusChrf keeping whitespace (test_chrf.py test_chrf_keep_whitespace)', () => {
  it.each<[string, string, number]>([
    [
      'Die Beziehung zwischen Obama und Netanjahu ist nicht gerade freundlich.',
      'Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich.',
      67.3481606,
    ],
    [
      'risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .',
      'risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists .',
      65.2414427,
    ],
  ])('%j vs %j → %d', (hyp, ref, expected) => {
    const score = corpusChrf([hyp], [[ref]], { charOrder: 6, wordOrder: 0, beta: 3, whitespace: true }).score;
    expect(Math.abs(score - expected)).toBeLessThan(EPSILON);
  });
});

describe('sentenceChrf (test_chrf.py test_chrf_sentence_level, default nc 6 / beta 2, eps smoothing)', () => {
  it.each<[string, string, number]>([
    [
      'Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.',
      'Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.',
      39.14078509,
    ],
    [
      'Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři.',
      'A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři.',
      31.22557079,
    ],
    [
      'Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.',
      'Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli.',
      57.15704367,
    ],
  ])('%j → %d', (hyp, ref, expected) => {
    expect(Math.abs(sentenceChrf(hyp, [ref], { epsSmoothing: true }).score - expected)).toBeLessThan(EPSILON);
  });

  it('scores a perfect match 100, no overlap and an empty hypothesis 0', () => {
    expect(sentenceChrf('the same text', ['the same text']).score).toBeCloseTo(100, 10);
    expect(sentenceChrf('xyz', ['abc']).score).toBe(0);
    expect(sentenceChrf('', ['abc']).score).toBe(0);
    expect(sentenceChrf('abc', ['']).score).toBe(0);
  });

  it('uses the best reference per sentence (highest F), not all of them', () => {
    const best = sentenceChrf('the cat sat', ['the cat sat']).score;
    expect(sentenceChrf('the cat sat', ['a dog ran', 'the cat sat']).score).toBe(best);
    expect(sentenceChrf('the cat sat', ['the cat sat', 'a dog ran']).score).toBe(best);
  });

  it('accepts a single reference string', () => {
    expect(sentenceChrf('abc d', 'abc e').score).toBe(sentenceChrf('abc d', ['abc e']).score);
  });

  it('counts characters by code point, as Python does', () => {
    // An astral character is one character n-gram, not two UTF-16 halves.
    expect(sentenceChrf('😀', ['😀']).score).toBeCloseTo(100, 10);
    expect(sentenceChrf('😀', ['😁']).score).toBe(0);
  });
});

describe('corpusChrf on the README corpus (two reference streams)', () => {
  const refs = [
    ['The dog bit the man.', 'It was not unexpected.', 'The man bit him first.'],
    ['The dog had bit the man.', 'No one was surprised.', 'The man had bitten the dog.'],
  ];
  const hyps = ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'];

  it('reproduces README "chrF2 = 59.73" with signature nrefs:2|case:mixed|eff:yes|nc:6|nw:0|space:no', () => {
    const r = corpusChrf(hyps, refs);
    expect(r.score.toFixed(2)).toBe('59.73');
    expect(r.signature).toBe('nrefs:2|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.x');
  });

  it('computes chrF++ (word order 2) with punctuation split off words', () => {
    // Not in sacreBLEU's tests; obtained by running sacreBLEU 2.6.0:
    // CHRF(word_order=2).corpus_score(sys, refs).score == 59.15310444399261.
    const r = corpusChrf(hyps, refs, { wordOrder: 2 });
    expect(Math.abs(r.score - 59.15310444399261)).toBeLessThan(1e-9);
    expect(r.signature).toBe('nrefs:2|case:mixed|eff:yes|nc:6|nw:2|space:no|version:2.x');
  });

  it('marks a variable number of references, lowercasing, eps smoothing and beta in the signature', () => {
    const r = corpusChrf(hyps, [[null, ...refs[0]!.slice(1)], refs[1]!], {
      lowercase: true,
      epsSmoothing: true,
      beta: 3,
    });
    expect(r.signature).toBe('nrefs:var|case:lc|eff:no|nc:6|nw:0|space:no|beta:3|version:2.x');
  });

  it('rejects reference streams whose length differs from the hypotheses', () => {
    expect(() => corpusChrf(['a', 'b'], [['a']])).toThrow(RangeError);
  });
});
