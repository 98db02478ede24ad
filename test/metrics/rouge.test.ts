import { describe, expect, it } from 'vitest';
import { rougeScore, rougeSignature, rougeTokenize } from '../../src/metrics/text-index.js';

// Reference: google-research rouge-score (rouge/rouge_scorer_test.py). Expected values are the
// ones published there: exact fractions for the small cases, and for the test-data cases the
// "ground truth" scores from manual runs of ROUGE-1.5.5, checked to 5 places as there. The
// inputs are rouge-score's test data (rouge/testdata/target.txt, prediction.txt, lines 0–1,
// and pyrouge_files/target_multi.0.txt, prediction_multi.0.txt), random strings it ships.

const TARGETS = [
  "ZfbCUIUuePaiLVUlCaUXxkpu XPeWing tUHfPMuZ',-Xd Y BrUgVJing M-HV.-DgdDaY.rFDJCRing Ht-LM EKBDXkME,yz'RBr q'wtion wIojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxer tKM L\n",
  "KsJdPByEtAor fE-Qg Dpdbring cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMtion psing sbKao Q m qiing LMmer HqqLFXe,XPY,J XsurkMer ,ed nB'wH'bWVHjWFEing tQ.saefZwJtKrTlixYpMMsJing UCAPwNHeYVjDing c T BUySKtion gMPfJpwGw p'NvxAoping eu pBwMBKV'I DNxqelhu,PHPxDEq,mtion SN\n",
];
const PREDICTIONS = [
  "rFDJCRtion Ht-LM EKtDXkME,yz'RBr q'wer wrojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxi\n",
  "n cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMer pstion sbKao Q m qier LMmed HqqLFXe,XPY,J XsurkMeo ,ed nB'wH'bWVHjWFEer tQ.saefZwJtKrTlixYpMMNJtion UCAPwNHeYVjD\n",
];
const TARGET_MULTI =
  [
    TARGETS[0]!.trimEnd(),
    TARGETS[1]!.trimEnd(),
    "NhETebUbBk'er WOvoHMTjSRizKgH'vHiing Xu,hWxfs VkNE QhgKiLHE -HidivzoM.dO anhtion jbLQiSGDTCsuhREebUaKM dv J dVN tmbOT",
    "vMR HDm,xOAetion D,tion HJtodT.mHl UIv-p VjWH'BdyWjnfGU-OjT aEMdFICyLWfQMtion wEMfdOKing AwkeKbO 'DxqNOHBH qKtVvm OYJl mM",
  ].join('\n') + '\n';
const PREDICTION_MULTI =
  [
    PREDICTIONS[0]!.trimEnd(),
    PREDICTIONS[1]!.trimEnd(),
    'xfs VkJE QhgKiLHE -HidivzoM.dO anhing jbLQiSGDTCsuhREebUaKM dv J',
    "VjWH'BdyWjnfGU-OjTNaEMdFICyLWfQMing wEMfdOKijg AwkeKbO 'DxqNO",
  ].join('\n') + '\n';

function expectScore(
  actual: { precision: number; recall: number; fmeasure: number },
  p: number,
  r: number,
  f: number,
  places = 10,
) {
  expect(actual.precision).toBeCloseTo(p, places);
  expect(actual.recall).toBeCloseTo(r, places);
  expect(actual.fmeasure).toBeCloseTo(f, places);
}

describe('rougeScore (rouge_scorer_test.py)', () => {
  it.each(['rouge1', 'rouge9', 'rougeL', 'rougeLsum'] as const)(
    'testValidRougeTypes: returns exactly the requested %s',
    (type) => {
      expect(Object.keys(rougeScore('testing one two', 'testing', { types: [type] }))).toEqual([type]);
    },
  );

  it.each(['rougen', 'rouge0', 'rouge10'])('testInvalidRougeTypes: rejects %s', (type) => {
    expect(() => rougeScore('testing one two', 'testing', { types: [type as 'rouge1'] })).toThrow(RangeError);
  });

  it('testRouge1: P 1, R 1/3, F 1/2', () => {
    expectScore(rougeScore('testing one two', 'testing', { types: ['rouge1'] }).rouge1, 1, 1 / 3, 1 / 2);
  });

  it.each(['rouge1', 'rouge2', 'rougeL', 'rougeLsum'] as const)(
    'testRougeEmpty: %s of an empty prediction is 0',
    (type) => {
      expectScore(rougeScore('testing one two', '', { types: [type] })[type], 0, 0, 0);
    },
  );

  it('testRouge2: P 1, R 1/2, F 2/3', () => {
    expectScore(rougeScore('testing one two', 'testing one', { types: ['rouge2'] }).rouge2, 1, 1 / 2, 2 / 3);
  });

  it('testRougeLConsecutive and testRougeLNonConsecutive: P 1, R 2/3, F 4/5', () => {
    expectScore(rougeScore('testing one two', 'testing one', { types: ['rougeL'] }).rougeL, 1, 2 / 3, 4 / 5);
    expectScore(rougeScore('testing one two', 'testing two', { types: ['rougeL'] }).rougeL, 1, 2 / 3, 4 / 5);
  });

  it('testMultipleRougeTypes: rouge1 and rougeL both P 1, R 2/3, F 4/5', () => {
    const r = rougeScore('testing one two', 'testing one', { types: ['rouge1', 'rougeL'] });
    expect(Object.keys(r).sort()).toEqual(['rouge1', 'rougeL']);
    expectScore(r.rouge1, 1, 2 / 3, 4 / 5);
    expectScore(r.rougeL, 1, 2 / 3, 4 / 5);
  });

  it('testRouge1AgainstRouge155 (ROUGE-1.5.5): R .40741 P .68750 F .51163; R .40476 P .65385 F .50000', () => {
    expectScore(rougeScore(TARGETS[0]!, PREDICTIONS[0]!, { types: ['rouge1'] }).rouge1, 0.6875, 0.40741, 0.51163, 5);
    expectScore(rougeScore(TARGETS[1]!, PREDICTIONS[1]!, { types: ['rouge1'] }).rouge1, 0.65385, 0.40476, 0.5, 5);
  });

  it('testRouge1AgainstRouge155WithStemming: R .40741 P .68750 F .51163; R .42857 P .69231 F .52941', () => {
    const opts = { types: ['rouge1' as const], useStemmer: true };
    expectScore(rougeScore(TARGETS[0]!, PREDICTIONS[0]!, opts).rouge1, 0.6875, 0.40741, 0.51163, 5);
    expectScore(rougeScore(TARGETS[1]!, PREDICTIONS[1]!, opts).rouge1, 0.69231, 0.42857, 0.52941, 5);
  });

  it('testRouge2AgainstRouge155, with and without stemming: R .30769 P .53333 F .39024; R .29268 P .48000 F .36364', () => {
    for (const useStemmer of [false, true]) {
      const opts = { types: ['rouge2' as const], useStemmer };
      expectScore(rougeScore(TARGETS[0]!, PREDICTIONS[0]!, opts).rouge2, 0.53333, 0.30769, 0.39024, 5);
      expectScore(rougeScore(TARGETS[1]!, PREDICTIONS[1]!, opts).rouge2, 0.48, 0.29268, 0.36364, 5);
    }
  });

  it('testRougeLAgainstRouge155: R .40741 P .68750 F .51163; R .40476 P .65385 F .50000', () => {
    expectScore(rougeScore(TARGETS[0]!, PREDICTIONS[0]!, { types: ['rougeL'] }).rougeL, 0.6875, 0.40741, 0.51163, 5);
    expectScore(rougeScore(TARGETS[1]!, PREDICTIONS[1]!, { types: ['rougeL'] }).rougeL, 0.65385, 0.40476, 0.5, 5);
  });

  it('testRougeLSumAgainstRouge155WithStemming: R .36538 P .66667 F .47205', () => {
    const r = rougeScore(TARGET_MULTI, PREDICTION_MULTI, { types: ['rougeLsum'], useStemmer: true });
    expectScore(r.rougeLsum, 0.66667, 0.36538, 0.47205, 5);
  });

  it('testRougeLsum: union LCS over newline-separated sentences, R 0.8 P 0.4 F 0.5333', () => {
    // Lin (2004) section 3.2: reference w1..w5, candidate sentences with LCS [w1 w2] and
    // [w1 w3 w5]; union LCS = 4 of 5 reference tokens, 4 of 10 candidate tokens.
    const r = rougeScore('w1 w2 w3 w4 w5', 'w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5', { types: ['rougeLsum'] });
    expect(r.rougeLsum.recall).toBeCloseTo(0.8, 12);
    expect(r.rougeLsum.precision).toBeCloseTo(0.4, 12);
    expect(r.rougeLsum.fmeasure).toBeCloseTo(0.5333, 3);
  });

  it.each([
    ['w1 w2 w3 w4 w5', ''],
    ['', 'w1'],
    // a summary of non-word characters only
    ['w1 w2 w3 w4 w5', '/'],
  ])('testRougeLsum empty cases: %j vs %j → 0', (target, prediction) => {
    expectScore(rougeScore(target, prediction, { types: ['rougeLsum'] }).rougeLsum, 0, 0, 0);
  });

  it('returns rouge1, rouge2, rougeL and rougeLsum by default', () => {
    const r = rougeScore('the cat sat on the mat', 'the cat sat on the mat');
    expect(Object.keys(r)).toEqual(['rouge1', 'rouge2', 'rougeL', 'rougeLsum']);
    for (const score of Object.values(r)) expectScore(score, 1, 1, 1);
  });

  it('scores no overlap 0 and an empty target 0', () => {
    for (const score of Object.values(rougeScore('alpha beta', 'gamma delta'))) expectScore(score, 0, 0, 0);
    for (const score of Object.values(rougeScore('', 'gamma delta'))) expectScore(score, 0, 0, 0);
  });

  it('names its settings in a signature', () => {
    expect(rougeSignature({ types: ['rougeL'], useStemmer: true })).toBe(
      'rouge-score|types:rougeL|stem:yes|tok:default',
    );
  });
});

describe('rougeTokenize (rouge-score tokenize.tokenize)', () => {
  it('lowercases, replaces every non-[a-z0-9] run with a space and drops empty tokens', () => {
    expect(rougeTokenize("Hello, World! It's 3.14 — naïve café")).toEqual([
      'hello',
      'world',
      'it',
      's',
      '3',
      '14',
      'na',
      've',
      'caf',
    ]);
  });

  it('stems only tokens longer than 3 characters, with NLTK Porter (NLTK_EXTENSIONS)', () => {
    expect(rougeTokenize('The cats were running; dies', true)).toEqual(['the', 'cat', 'were', 'run', 'die']);
  });
});
