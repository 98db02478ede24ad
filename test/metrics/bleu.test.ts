import { describe, expect, it } from 'vitest';
import { computeBleu, corpusBleu, sentenceBleu } from '../../src/metrics/text-index.js';
import type { BleuOptions } from '../../src/metrics/text-index.js';

// Reference: sacreBLEU 2.x (mjpost/sacrebleu), test/test_bleu.py, test/test_sentence_bleu.py and
// the README's "Using SacreBLEU from Python" examples. Each expected value below is the number
// published there; tolerances are the ones those tests use.

// test_bleu.py `_refs` / `_hyps` (the README example): two reference streams.
const REFS = [
  ['The dog bit the man.', 'It was not unexpected.', 'The man bit him first.'],
  ['The dog had bit the man.', 'No one was surprised.', 'The man had bitten the dog.'],
];
const HYPS = ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'];

// sacrebleu.raw_corpus_bleu(hyps, refs, smooth_value): no tokenization, floor smoothing,
// effective order (compat.py).
function rawCorpusBleu(hyps: string[], refs: string[][], smoothValue?: number) {
  return corpusBleu(hyps, refs, { tokenize: 'none', smoothMethod: 'floor', smoothValue, effectiveOrder: true });
}

describe('corpusBleu', () => {
  it('reproduces the README corpus example: 48.53, 82.4/50.0/45.5/37.5, BP 0.943, 17/18', () => {
    // README: "BLEU = 48.53 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17
    // ref_len = 18)"; test_bleu.py test_corpus_bleu: 48.530827 (EPSILON 1e-8 on the score).
    const r = corpusBleu(HYPS, REFS);
    expect(Math.abs(r.score - 48.530827)).toBeLessThan(1e-6);
    expect(r.precisions.map((p) => p.toFixed(1))).toEqual(['82.4', '50.0', '45.5', '37.5']);
    expect(r.bp.toFixed(3)).toBe('0.943');
    expect((r.sysLen / r.refLen).toFixed(3)).toBe('0.944');
    expect(r.sysLen).toBe(17);
    expect(r.refLen).toBe(18);
  });

  it('signs the result like sacreBLEU: nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp', () => {
    // README: bleu.get_signature() → "nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.0.0";
    // the version field here names the release line, 2.x.
    expect(corpusBleu(HYPS, REFS).signature).toBe('nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.x');
    expect(corpusBleu(HYPS, REFS, { lowercase: true, smoothMethod: 'floor', tokenize: 'none' }).signature).toBe(
      'nrefs:2|case:lc|eff:no|tok:none|smooth:floor[0.10]|version:2.x',
    );
    expect(sentenceBleu('a', ['a'], { smoothMethod: 'add-k' }).signature).toBe(
      'nrefs:1|case:mixed|eff:yes|tok:13a|smooth:add-k[1.00]|version:2.x',
    );
  });

  it.each<[string, BleuOptions, number]>([
    ['default settings', {}, 48.530827],
    ["tokenize 'none'", { tokenize: 'none' }, 49.1919566],
    ["tokenize '13a'", { tokenize: '13a' }, 48.530827],
    ["tokenize 'intl'", { tokenize: 'intl' }, 43.91623493],
    ["smoothMethod 'none'", { smoothMethod: 'none' }, 48.530827],
  ])('test_bleu.py test_corpus_bleu, %s → %d', (_name, opts, expected) => {
    expect(Math.abs(corpusBleu(HYPS, REFS, opts).score - expected)).toBeLessThan(1e-6);
  });

  it('keeps empty hypotheses and scores them 0 (test_corpus_bleu: 0.0)', () => {
    const r = corpusBleu(['', '', ''], REFS);
    expect(r.score).toBe(0);
    expect(r.sysLen).toBe(0);
    expect(r.bp).toBe(0);
    expect(r.totals).toEqual([0, 0, 0, 0]);
  });

  it.each([
    [1, '77.65'],
    [2, '60.50'],
    [3, '53.93'],
    [4, '48.53'],
    [5, '46.14'],
    [6, '43.28'],
  ])('test_bleu.py test_max_ngram_order: order %d → %s', (order, expected) => {
    expect(corpusBleu(HYPS, REFS, { maxNgramOrder: order }).score.toFixed(2)).toBe(expected);
  });

  it('names a non-default n-gram order in the signature', () => {
    expect(corpusBleu(HYPS, REFS, { maxNgramOrder: 2 }).signature).toContain('|ngram:2|');
  });

  it('handles a variable number of references (README: 29.44, nrefs:var)', () => {
    // README "Variable Number of References": the first reference of segment 1 removed gives
    // "BLEU = 29.44 82.4/42.9/27.3/12.5 (BP = 0.889 ratio = 0.895 hyp_len = 17 ref_len = 19)"
    // and signature nrefs:var.
    const refs = [[null, ...REFS[0]!.slice(1)], REFS[1]!];
    const r = corpusBleu(HYPS, refs);
    expect(r.score.toFixed(2)).toBe('29.44');
    expect(r.precisions.map((p) => p.toFixed(1))).toEqual(['82.4', '42.9', '27.3', '12.5']);
    expect(r.bp.toFixed(3)).toBe('0.889');
    expect([r.sysLen, r.refLen]).toEqual([17, 19]);
    expect(r.signature.startsWith('nrefs:var|')).toBe(true);
  });

  it("treats '' as an empty reference, not a missing one (sacreBLEU ≥ 2.2, #161)", () => {
    // base.py _cache_references drops only None; an empty reference still counts in nrefs
    // and, being length 0, does not change the closest length here (7 beats 0 for a 6-token hyp).
    const refs = [['', ...REFS[0]!.slice(1)], REFS[1]!];
    const r = corpusBleu(HYPS, refs);
    expect(r.score.toFixed(2)).toBe('29.44');
    expect(r.signature.startsWith('nrefs:2|')).toBe(true);
  });

  it('takes the closest reference length, the shorter one on a tie', () => {
    // BLEU._get_closest_ref_len: hyp of 3 tokens, refs of 2 and 4 tokens → 2.
    expect(corpusBleu(['a b c'], [['a b'], ['a b c d']]).refLen).toBe(2);
    expect(corpusBleu(['a b c'], [['a b c d'], ['a b']]).refLen).toBe(2);
    expect(corpusBleu(['a b c'], [['x y z w v'], ['a b c d']]).refLen).toBe(4);
  });

  it('clips n-gram matches by the maximum count over references', () => {
    // _extract_reference_info merges counts with max(), not sum.
    const r = corpusBleu(['the the the'], [['the cat'], ['the the dog']], { tokenize: 'none' });
    expect(r.counts[0]).toBe(2);
    expect(r.totals[0]).toBe(3);
  });

  it('rejects reference streams whose length differs from the hypotheses', () => {
    expect(() => corpusBleu(['a', 'b'], [['a']])).toThrow(RangeError);
  });

  it('rejects a segment without any reference', () => {
    expect(() => corpusBleu(['a'], [[null]])).toThrow(RangeError);
  });
});

describe('raw corpus BLEU (test_bleu.py, raw_corpus_bleu)', () => {
  it.each<[string[], string[][], number]>([
    // #141: no match at any order is 0
    [['this is a test', 'another test'], [['ref1', 'ref2']], 0.0],
    [['this is a test'], [['this is a test']], 1.0],
    [['this is a fest'], [['this is a test']], 0.223606797749979],
  ])('test_raw_bleu: %j vs %j → %d', (hyps, refs, expected) => {
    expect(Math.abs(rawCorpusBleu(hyps, refs, 0.01).score / 100 - expected)).toBeLessThan(1e-8);
  });

  it.each<[string, string, number]>([
    ['test', 'a test', 0.3678794411714425],
    ['a test', 'a test', 1.0],
    ['a little test', 'a test', 0.03218297948685433],
  ])('test_effective_order: %s vs %s → %d', (hyp, ref, expected) => {
    expect(Math.abs(rawCorpusBleu([hyp], [[ref]], 0.01).score / 100 - expected)).toBeLessThan(1e-8);
  });

  it('test_statistics: counts [4,2,1,0], totals [6,5,4,3]', () => {
    const r = rawCorpusBleu(['am I am a character sequence'], [['I am a symbol string sequence a a']], 0.01);
    expect(r.counts).toEqual([4, 2, 1, 0]);
    expect(r.totals).toEqual([6, 5, 4, 3]);
  });

  it('test_offset: floor 0.0 → 0, the default floor 0.1 → 0.1555722182', () => {
    const hyps = ['am I am a character sequence'];
    const refs = [['I am a symbol string sequence a a']];
    expect(rawCorpusBleu(hyps, refs, 0).score).toBe(0);
    expect(Math.abs(rawCorpusBleu(hyps, refs).score / 100 - 0.1555722182)).toBeLessThan(1e-8);
    expect(Math.abs(rawCorpusBleu(hyps, refs, 0.1).score / 100 - 0.1555722182)).toBeLessThan(1e-8);
  });
});

describe('computeBleu (BLEU.compute_bleu)', () => {
  it('test_scoring: correct [9,7,5,3] of [10,8,6,4], lengths 11/11 → 0.8375922397', () => {
    const r = computeBleu(
      { correct: [9, 7, 5, 3], total: [10, 8, 6, 4], sysLen: 11, refLen: 11 },
      { smoothMethod: 'none' },
    );
    expect(Math.abs(r.score / 100 - 0.8375922397)).toBeLessThan(1e-8);
  });

  it.each<[number[], number[], number, number, number]>([
    [[0, 0, 0, 0], [4, 4, 2, 1], 0, 1, 0.0],
    [[0, 0, 0, 0], [10, 11, 12, 0], 14, 10, 0.0],
    [[0, 0, 0, 0], [0, 0, 0, 0], 0, 0, 0.0],
    [[6, 5, 4, 0], [6, 5, 4, 3], 6, 6, 0.0],
    [[0, 0, 0, 0], [0, 0, 0, 0], 0, 0, 0.1],
    [[0, 0, 0, 0], [0, 0, 0, 0], 1, 5, 0.01],
  ])(
    'test_degenerate_statistics: %j / %j, sys %d ref %d, floor %d → exactly 0',
    (correct, total, sysLen, refLen, floor) => {
      const r = computeBleu({ correct, total, sysLen, refLen }, { smoothMethod: 'floor', smoothValue: floor });
      expect(r.score).toBe(0);
    },
  );
});

describe('sentenceBleu', () => {
  // test_sentence_bleu.py, example from sacreBLEU issue #98 (EPSILON 1e-3).
  const REF = 'producţia de zahăr brut se exprimă în zahăr alb;';
  const SYS = 'Producția de zahăr primă va fi exprimată în ceea ce privește zahărul alb;';

  it.each<[BleuOptions, number]>([
    [{ smoothMethod: 'exp' }, 8.493],
    [{ smoothMethod: 'none' }, 0.0],
    [{ smoothMethod: 'floor' }, 4.51688],
    [{ smoothMethod: 'floor', smoothValue: 0.1 }, 4.51688],
    [{ smoothMethod: 'floor', smoothValue: 0.5 }, 10.1],
    [{ smoothMethod: 'add-k' }, 14.882],
    [{ smoothMethod: 'add-k', smoothValue: 1 }, 14.882],
    [{ smoothMethod: 'add-k', smoothValue: 2 }, 21.389],
    [{ tokenize: 'none' }, 7.347],
    [{ tokenize: 'intl' }, 8.493],
    [{ tokenize: 'char' }, 40.8759],
    [{ tokenize: 'char', lowercase: true }, 42.0267],
  ])('test_sentence_bleu.py #98 with %j → %d', (opts, expected) => {
    expect(Math.abs(sentenceBleu(SYS, [REF], opts).score - expected)).toBeLessThan(1e-3);
  });

  it.each<BleuOptions>([
    { smoothMethod: 'exp' },
    { smoothMethod: 'none' },
    { smoothMethod: 'floor' },
    { smoothMethod: 'floor', smoothValue: 0.1 },
    { smoothMethod: 'add-k' },
    { smoothMethod: 'add-k', smoothValue: 1 },
  ])('test_sentence_bleu.py #141 (no overlap) with %j → 0.0', (opts) => {
    expect(sentenceBleu('this is a cat', ['okay thanks'], opts).score).toBe(0);
  });

  it('uses effective order by default, as sacreBLEU sentence_bleu does', () => {
    // compat.sentence_bleu(use_effective_order=True): 'a test' vs 'a test' has no 3-/4-grams
    // and still scores 100; without effective order the missing orders floor the score to 0.
    expect(sentenceBleu('a test', ['a test']).score).toBeCloseTo(100, 10);
    expect(sentenceBleu('a test', ['a test']).signature).toContain('eff:yes');
    expect(sentenceBleu('a test', ['a test'], { effectiveOrder: false, smoothMethod: 'none' }).score).toBe(0);
  });

  it('scores a perfect match 100 and an empty hypothesis 0', () => {
    const ref = 'The quick brown fox jumps over the lazy dog.';
    expect(sentenceBleu(ref, [ref]).score).toBeCloseTo(100, 10);
    const empty = sentenceBleu('', [ref]);
    expect(empty.score).toBe(0);
    expect([empty.sysLen, empty.refLen, empty.bp]).toEqual([0, 10, 0]);
  });

  it('scores against an empty reference 0, with a reference length of 0', () => {
    // sacreBLEU ≥ 2.2 keeps '' as a reference: no n-gram can match, so compute_bleu's early
    // stop (#141) returns 0; the brevity penalty is 1 since the hypothesis is not shorter.
    const r = sentenceBleu('hello world', ['']);
    expect([r.score, r.refLen, r.bp]).toEqual([0, 0, 1]);
    expect(r.signature.startsWith('nrefs:1|')).toBe(true);
  });

  it('accepts a single reference string', () => {
    expect(sentenceBleu(SYS, REF).score).toBe(sentenceBleu(SYS, [REF]).score);
  });

  it('picks the best-matching n-grams over several references', () => {
    const one = sentenceBleu('the cat sat on the mat', ['a cat sat on a mat']);
    const two = sentenceBleu('the cat sat on the mat', ['a cat sat on a mat', 'the cat is on the mat']);
    expect(two.score).toBeGreaterThan(one.score);
    expect(two.signature.startsWith('nrefs:2|')).toBe(true);
  });
});
