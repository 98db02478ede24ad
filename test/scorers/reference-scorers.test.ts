import { describe, expect, it, test } from 'vitest';
import { ScorerConfig } from '../../src/config/schema.js';
import { parseJsonl } from '../../src/dataset/load-jsonl.js';
import type { EvalCase } from '../../src/dataset/case.js';
import { corpusChrfOf, ChrfScorer } from '../../src/scorers/chrf.js';
import { createScorer } from '../../src/scorers/registry.js';

// The published vectors of the library's metric tests (test/metrics/), run through the scorer
// path a gate uses: YAML options → zod → registry → score(case, output). References:
// sacreBLEU 2.x test_sentence_bleu.py and test_chrf.py; google-research rouge-score
// rouge_scorer_test.py (ROUGE-1.5.5 ground truth); the official SQuAD v2.0 script; NLTK 3.8
// meteor_score (its doctest value 0.6944; the other values printed by NLTK 3.8 with a WordNet
// that has no synsets, i.e. exact and stem stages only, as evalgate computes it).

const evalCase = (o: object): EvalCase => {
  const r = parseJsonl(JSON.stringify({ id: 'x', vars: {}, ...o }), 'd.jsonl');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value[0]!;
};

async function scorer(config: object) {
  const built = await createScorer(ScorerConfig.parse({ id: 's', ...config }), {
    readJson: () => ({ ok: true, value: {} }),
  });
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  return built.value;
}

async function score(config: object, output: string, expected: unknown, extra: object = {}) {
  return (await scorer(config)).score({ case: evalCase({ expected, ...extra }), output });
}

describe('bleu scorer = sacreBLEU sentence_bleu (test_sentence_bleu.py, issue #98, ε 1e-3)', () => {
  const REF = 'producţia de zahăr brut se exprimă în zahăr alb;';
  const SYS = 'Producția de zahăr primă va fi exprimată în ceea ce privește zahărul alb;';
  it.each<[object, number]>([
    [{}, 8.493],
    [{ smooth: 'none' }, 0.0],
    [{ smooth: 'floor' }, 4.51688],
    [{ smooth: 'floor', smooth_value: 0.5 }, 10.1],
    [{ smooth: 'add-k' }, 14.882],
    [{ smooth: 'add-k', smooth_value: 2 }, 21.389],
    [{ tokenize: 'none' }, 7.347],
    [{ tokenize: 'intl' }, 8.493],
    [{ tokenize: 'char' }, 40.8759],
    [{ tokenize: 'char', lowercase: true }, 42.0267],
  ])('%j → %d', async (options, expected) => {
    const s = await score({ type: 'bleu', ...options }, SYS, REF);
    expect(Math.abs(s.value - expected)).toBeLessThan(1e-3);
    expect(s.pass).toBeNull();
    expect(s.stats).toHaveLength(11);
  });

  it('passes at or above a threshold on the 0–100 scale', async () => {
    expect((await score({ type: 'bleu', threshold: 8 }, SYS, REF)).pass).toBe(true);
    expect((await score({ type: 'bleu', threshold: 9 }, SYS, REF)).pass).toBe(false);
  });

  it('signs itself like sacreBLEU, counting the references the cases have', async () => {
    const s = await scorer({ type: 'bleu' });
    expect(s.signature!([evalCase({ expected: 'a' })])).toBe(
      'nrefs:1|case:mixed|eff:yes|tok:13a|smooth:exp|version:2.x',
    );
    expect(s.signature!([evalCase({ expected: ['a', 'b'] }), evalCase({ expected: 'a' })])).toContain('nrefs:var');
  });
});

describe('chrf scorer = sacreBLEU CHRF (test_chrf.py test_chrf_sentence_level, ε 1e-4)', () => {
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
  ])('%j → %d', async (hyp, ref, expected) => {
    const s = await score({ type: 'chrf', eps_smoothing: true }, hyp, ref);
    expect(Math.abs(s.value - expected)).toBeLessThan(1e-4);
  });

  it('test_chrf_eff_order through the scorer: aa vs ab with beta 3 → 25.0', async () => {
    expect((await score({ type: 'chrf', beta: 3 }, 'aa', 'ab')).value).toBeCloseTo(25, 4);
    expect((await score({ type: 'chrf', beta: 3 }, 'a b c', 'abc')).value).toBeCloseTo(100, 4);
  });
});

describe('chrf scorer statistics = sacreBLEU corpus chrF and chrF++ on its README corpus (two references a segment)', () => {
  const refs = [
    ['The dog bit the man.', 'The dog had bit the man.'],
    ['It was not unexpected.', 'No one was surprised.'],
    ['The man bit him first.', 'The man had bitten the dog.'],
  ];
  const hyps = ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'];
  // README "chrF2 = 59.73"; chrF++ 59.15310444399261 printed by sacreBLEU 2.6.0
  // (CHRF(word_order=2).corpus_score), as in test/metrics/chrf.test.ts
  it.each<[number, number, number]>([
    [0, 59.73, 2],
    [2, 59.15310444399261, 9],
  ])('word_order %d → %d', async (wordOrder, expected, digits) => {
    const config = { type: 'chrf', word_order: wordOrder };
    const stats = await Promise.all(hyps.map(async (h, i) => (await score(config, h, refs[i]!)).stats!));
    const corpus = corpusChrfOf(ChrfScorer.parse({ id: 's', ...config }), stats);
    expect(corpus).toBeCloseTo(expected, digits);
  });
});

describe('rouge scorer = rouge-score (rouge_scorer_test.py, 5 places)', () => {
  const TARGET =
    "ZfbCUIUuePaiLVUlCaUXxkpu XPeWing tUHfPMuZ',-Xd Y BrUgVJing M-HV.-DgdDaY.rFDJCRing Ht-LM EKBDXkME,yz'RBr q'wtion wIojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxer tKM L\n";
  const PREDICTION = "rFDJCRtion Ht-LM EKtDXkME,yz'RBr q'wer wrojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxi\n";

  it('testRouge1AgainstRouge155: F .51163, P .68750, R .40741', async () => {
    expect((await score({ type: 'rouge', variant: 'rouge1' }, PREDICTION, TARGET)).value).toBeCloseTo(0.51163, 5);
    expect((await score({ type: 'rouge', variant: 'rouge1', measure: 'p' }, PREDICTION, TARGET)).value).toBeCloseTo(
      0.6875,
      5,
    );
    expect((await score({ type: 'rouge', variant: 'rouge1', measure: 'r' }, PREDICTION, TARGET)).value).toBeCloseTo(
      0.40741,
      5,
    );
  });

  it('testRouge2AgainstRouge155 with stemming: F .39024', async () => {
    const s = await score({ type: 'rouge', variant: 'rouge2', stem: true }, PREDICTION, TARGET);
    expect(s.value).toBeCloseTo(0.39024, 5);
  });

  it('testRougeLConsecutive (default rougeL F): 4/5; testRougeLsum: F 0.5333', async () => {
    expect((await score({ type: 'rouge' }, 'testing one', 'testing one two')).value).toBeCloseTo(0.8, 12);
    const lsum = await score(
      { type: 'rouge', variant: 'rougeLsum' },
      'w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5',
      'w1 w2 w3 w4 w5',
    );
    expect(lsum.value).toBeCloseTo(0.5333, 3);
  });

  it('several references keep the one with the best F-measure, as score_multi does', async () => {
    const s = await score({ type: 'rouge', variant: 'rouge1' }, 'testing', ['unrelated words', 'testing one two']);
    expect(s.value).toBeCloseTo(0.5, 12);
  });
});

describe('exact-match and token-f1 scorers = the SQuAD v2.0 script', () => {
  it('normalises, and takes the best over several references', async () => {
    expect(await score({ type: 'exact-match' }, 'Denver Broncos', ['Denver Broncos', 'The Denver Broncos'])).toEqual({
      value: 1,
      pass: true,
    });
    const f1 = await score({ type: 'token-f1' }, 'the Denver Broncos team', ['Broncos', 'Denver Broncos']);
    expect(f1.value).toBeCloseTo(0.8, 12);
    expect((await score({ type: 'exact-match' }, 'the Denver Broncos team', ['Broncos'])).pass).toBe(false);
    expect((await score({ type: 'token-f1', threshold: 0.5 }, 'a b b b', 'b c')).value).toBeCloseTo(0.4, 12);
  });
});

describe('meteor scorer = NLTK 3.8 meteor_score without WordNet', () => {
  const REF = 'It is a guide to action that ensures that the military will forever heed Party commands';
  it.each<[string, string | string[], number]>([
    [
      'It is a guide to action which ensures that the military always obeys the commands of the party',
      REF,
      0.6944444444444445,
    ],
    ['It is to insure the troops forever hearing the activity guidebook that party direct', REF, 0.3035391371738569],
    ['the cats are sitting on the mats', ['the cat sat on the mat', 'there is a cat on the mat'], 0.7934426229508196],
    [
      'He read the book because he was interested in world history',
      'He was interested in world history because he read the book',
      0.9759579263711495,
    ],
    ['the runner runs quick', 'running runners ran quickly', 0.25],
    ['x y z', 'a b c', 0],
  ])('%j → %d', async (hyp, refs, expected) => {
    expect((await score({ type: 'meteor' }, hyp, refs)).value).toBeCloseTo(expected, 12);
  });
});

describe('levenshtein scorer', () => {
  it('is 1 − distance / longer length, over code points, best over references', async () => {
    // kitten → sitting: distance 3 (the textbook example), longer length 7
    expect((await score({ type: 'levenshtein' }, 'kitten', 'sitting')).value).toBeCloseTo(1 - 3 / 7, 12);
    expect((await score({ type: 'levenshtein' }, 'café', 'cafe')).value).toBeCloseTo(0.75, 12);
    expect((await score({ type: 'levenshtein', threshold: 0.9 }, 'Paris', ['London', 'paris'])).pass).toBe(false);
    expect((await score({ type: 'levenshtein', ignore_case: true }, 'Paris', ['London', 'paris'])).value).toBe(1);
    expect((await score({ type: 'levenshtein' }, '', '')).value).toBe(1);
  });
});

describe('docs/metrics.md', () => {
  test('every one-line YAML example is a valid scorer of the type it documents', async () => {
    const { readFileSync } = await import('node:fs');
    const { load } = await import('js-yaml');
    const docs = readFileSync('docs/metrics.md', 'utf8');
    const examples = [...docs.matchAll(/^`- (\{ id: .*\})`$/gm)].map((m) => m[1]!);
    const types = new Set(examples.map((e) => ScorerConfig.parse(load(e)).type));
    for (const type of ['rouge', 'bleu', 'chrf', 'meteor', 'token-f1', 'levenshtein', 'similarity'])
      expect(types).toContain(type);
    for (const type of ['tool-call', 'choice', 'classify', 'code']) expect(types).toContain(type);
  });
});
