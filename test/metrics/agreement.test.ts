import { describe, expect, it } from 'vitest';
import { cohenKappa, fleissKappa, krippendorffAlpha } from '../../src/metrics/label-index.js';

const NA = null;

describe('cohenKappa', () => {
  it('reproduces the cohen_kappa_score docstring example', () => {
    // sklearn cohen_kappa_score docstring (and sklearn 1.2.1): 0.6875
    const y1 = ['negative', 'positive', 'negative', 'neutral', 'positive'];
    const y2 = ['negative', 'positive', 'negative', 'neutral', 'negative'];
    expect(cohenKappa(y1, y2)).toBeCloseTo(0.6875, 12);
  });

  it('reproduces the Wikipedia 2×2 example (κ = 0.4)', () => {
    // Wikipedia "Cohen's kappa", simple example: 50 proposals, yes/yes 20, yes/no 5,
    // no/yes 10, no/no 15 → p_o = 0.7, p_e = 0.5, κ = 0.4.
    const a = [...Array(25).fill('yes'), ...Array(25).fill('no')] as string[];
    const b = [
      ...Array(20).fill('yes'),
      ...Array(5).fill('no'),
      ...Array(10).fill('yes'),
      ...Array(15).fill('no'),
    ] as string[];
    expect(cohenKappa(a, b, { weights: 'none' })).toBeCloseTo(0.4, 12);
  });

  it('reproduces R irr kappa2 on the anxiety data, unweighted, linear and quadratic', () => {
    // statsmodels test_inter_rater.py::test_cohens_kappa_irr, R irr kappa2(anxiety[,2:3]):
    // unweighted -0.006289308, "equal" (linear) 0.1459075, "squared" (quadratic) 0.2520325.
    // sklearn 1.2.1 cohen_kappa_score on the same columns agrees: -0.0062893081761006275,
    // 0.14590747330960863, 0.2520325203252033. Weights use label positions (1,2,3,4,6 → 0..4).
    const rater2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4];
    const rater3 = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2];
    expect(cohenKappa(rater2, rater3)).toBeCloseTo(-0.0062893081761006275, 12);
    expect(cohenKappa(rater2, rater3, { weights: 'linear' })).toBeCloseTo(0.14590747330960863, 12);
    expect(cohenKappa(rater2, rater3, { weights: 'quadratic' })).toBeCloseTo(0.2520325203252033, 12);
  });

  it('is 1 for perfect agreement and undefined when only one label is used', () => {
    expect(cohenKappa(['a', 'b', 'a'], ['a', 'b', 'a'])).toBe(1);
    expect(cohenKappa(['a', 'a'], ['a', 'a'])).toBeUndefined();
    expect(cohenKappa([1, 1], [1, 1], { weights: 'quadratic' })).toBeUndefined();
  });

  it('is 0, not undefined, when one rater is constant but the other is not', () => {
    // sklearn 1.2.1: cohen_kappa_score(['a','a','a','a'], ['a','b','a','b']) = 0.0
    expect(cohenKappa(['a', 'a', 'a', 'a'], ['a', 'b', 'a', 'b'])).toBe(0);
  });

  it('rejects empty and unequal-length input', () => {
    expect(() => cohenKappa([], [])).toThrow(RangeError);
    expect(() => cohenKappa(['a'], ['a', 'b'])).toThrow(RangeError);
  });
});

describe('krippendorffAlpha', () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the worked example
  // C (4 observers × 12 units, missing data). Published: nominal .743, ordinal .815,
  // interval .849, ratio .797 — the same values the `krippendorff` package's docstring
  // and tests give (0.743, 0.815, 0.797). Full precision from a numpy port of that
  // package's alpha(): 0.743421052631579, 0.8153875037548814, 0.8491071428571428,
  // 0.7974027747116121.
  const paper = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3],
    [NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA],
  ];

  it('reproduces Krippendorff 2011 at all four levels', () => {
    expect(krippendorffAlpha(paper, { level: 'nominal' })).toBeCloseTo(0.743421052631579, 12);
    expect(krippendorffAlpha(paper, { level: 'ordinal' })).toBeCloseTo(0.8153875037548814, 12);
    expect(krippendorffAlpha(paper, { level: 'interval' })).toBeCloseTo(0.8491071428571428, 12);
    expect(krippendorffAlpha(paper, { level: 'ratio' })).toBeCloseTo(0.7974027747116121, 12);
  });

  it('ranks ordinal strings by the given value domain (package test_string_labels_ordinal_with_domain)', () => {
    const names = ['very low', 'low', 'mid', 'high', 'very high'];
    const data = paper.map((row) => row.map((v) => (v === NA ? NA : (names[v - 1] as string))));
    expect(krippendorffAlpha(data, { level: 'ordinal', valueDomain: names })).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(data, { level: 'nominal' })).toBeCloseTo(0.743, 3);
    expect(() => krippendorffAlpha(data, { level: 'ordinal' })).toThrow(TypeError);
  });

  it('drops all-missing and single-rating units (krippendorff package tests, 3 coders × 15 units)', () => {
    // krippendorff package test_nominal_metric_reliability_data / test_interval_metric:
    // nominal 0.691358, interval 0.810845 (rounded to 6 places). Units 2 and 14
    // (1-based) are missing for every coder; unit 1 has one rating only.
    const data = [
      [NA, NA, NA, NA, NA, 3, 4, 1, 2, 1, 1, 3, 3, NA, 3],
      [1, NA, 2, 1, 3, 3, 4, 3, NA, NA, NA, NA, NA, NA, NA],
      [NA, NA, 2, 1, 3, 4, 4, NA, 2, 1, 1, 3, 3, NA, 4],
    ];
    expect(krippendorffAlpha(data, { level: 'nominal' })).toBeCloseTo(0.691358, 6);
    expect(krippendorffAlpha(data, { level: 'interval' })).toBeCloseTo(0.810845, 6);
    // The same without the unpairable units gives the same alpha.
    const keep = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14];
    const pairable = data.map((row) => keep.map((u) => row[u] ?? NA));
    expect(krippendorffAlpha(pairable, { level: 'nominal' })).toBeCloseTo(0.691358, 6);
  });

  it('defaults to interval, as the package does', () => {
    expect(krippendorffAlpha(paper)).toBeCloseTo(0.8491071428571428, 12);
  });

  it('handles nominal string labels (package test_string_labels_nominal: 0.722222)', () => {
    const data = [
      ['pos', 'neg', 'neu', NA],
      ['pos', 'neg', 'neu', 'pos'],
      ['pos', 'neg', 'pos', 'pos'],
    ];
    expect(krippendorffAlpha(data, { level: 'nominal' })).toBeCloseTo(0.722222, 6);
  });

  it('is 1 for perfect agreement, also for ratio data with zeros (package tests)', () => {
    const same = [
      [1, 2, 3, 4],
      [1, 2, 3, 4],
      [1, 2, 3, 4],
    ];
    expect(krippendorffAlpha(same, { level: 'nominal' })).toBe(1);
    expect(krippendorffAlpha(same, { level: 'interval' })).toBe(1);
    expect(
      krippendorffAlpha(
        [
          [0, 1, 2],
          [0, 1, 2],
        ],
        { level: 'ratio' },
      ),
    ).toBe(1);
  });

  it('is undefined with one value only or with no pairable unit (the package raises)', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 1],
          [1, 1],
        ],
        { level: 'nominal' },
      ),
    ).toBeUndefined();
    expect(
      krippendorffAlpha(
        [
          [1, NA],
          [NA, 2],
        ],
        { level: 'nominal' },
      ),
    ).toBeUndefined();
    expect(
      krippendorffAlpha(
        [
          [NA, NA],
          [NA, NA],
        ],
        { level: 'interval' },
      ),
    ).toBeUndefined();
  });

  it('rejects ragged or empty data, non-numeric interval data and out-of-domain values', () => {
    expect(() => krippendorffAlpha([[1, 2], [1]])).toThrow(RangeError);
    expect(() => krippendorffAlpha([])).toThrow(RangeError);
    expect(() =>
      krippendorffAlpha(
        [
          ['a', 'b'],
          ['a', 'a'],
        ],
        { level: 'interval' },
      ),
    ).toThrow(TypeError);
    expect(() =>
      krippendorffAlpha(
        [
          [1, 2],
          [1, 3],
        ],
        { level: 'nominal', valueDomain: [1, 2] },
      ),
    ).toThrow(TypeError);
  });
});

describe('fleissKappa', () => {
  // Fleiss (1971), 30 patients × 6 psychiatrists × 5 diagnoses; the counts table is
  // statsmodels aggregate_raters(diagnoses) from test_inter_rater.py (diagnoses data of
  // R irr). R irr kappam.fleiss = 0.4302445 (statsmodels test_fleiss_kappa_irr),
  // Fleiss 1971 reports 0.430; statsmodels 0.13.5 fleiss_kappa = 0.43024452006014074,
  // method='randolph' = 0.4444444444444443.
  const fleiss1971 = [
    [0, 0, 0, 6, 0],
    [0, 3, 0, 0, 3],
    [0, 1, 4, 0, 1],
    [0, 0, 0, 0, 6],
    [0, 3, 0, 3, 0],
    [2, 0, 4, 0, 0],
    [0, 0, 4, 0, 2],
    [2, 0, 3, 1, 0],
    [2, 0, 0, 4, 0],
    [0, 0, 0, 0, 6],
    [1, 0, 0, 5, 0],
    [1, 1, 0, 4, 0],
    [0, 3, 3, 0, 0],
    [1, 0, 0, 5, 0],
    [0, 2, 0, 3, 1],
    [0, 0, 5, 0, 1],
    [3, 0, 0, 1, 2],
    [5, 1, 0, 0, 0],
    [0, 2, 0, 4, 0],
    [1, 0, 2, 0, 3],
    [0, 0, 0, 0, 6],
    [0, 1, 0, 5, 0],
    [0, 2, 0, 1, 3],
    [2, 0, 0, 4, 0],
    [1, 0, 0, 4, 1],
    [0, 5, 0, 1, 0],
    [4, 0, 0, 0, 2],
    [0, 2, 0, 4, 0],
    [1, 0, 5, 0, 0],
    [0, 0, 0, 0, 6],
  ];

  it('reproduces Fleiss 1971 (0.430) and its Randolph free-marginal variant', () => {
    expect(fleissKappa(fleiss1971)).toBeCloseTo(0.43024452006014074, 12);
    expect(fleissKappa(fleiss1971, { method: 'fleiss' })).toBeCloseTo(0.4302445, 7);
    expect(fleissKappa(fleiss1971, { method: 'randolph' })).toBeCloseTo(0.4444444444444443, 12);
  });

  it('reproduces the Wikipedia example (0.210), statsmodels test_fleiss_kappa', () => {
    // 10 subjects × 14 raters × 5 categories; statsmodels 0.13.5: 0.20993070442195522,
    // method='randolph' 0.2225274725274725.
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    expect(fleissKappa(table)).toBeCloseTo(0.20993070442195522, 12);
    expect(fleissKappa(table, { method: 'randolph' })).toBeCloseTo(0.2225274725274725, 12);
  });

  it('is 1 for perfect agreement and undefined when every rating is the same category', () => {
    expect(
      fleissKappa([
        [3, 0],
        [0, 3],
      ]),
    ).toBe(1);
    expect(
      fleissKappa([
        [3, 0],
        [3, 0],
      ]),
    ).toBeUndefined();
    expect(fleissKappa([[3], [3]], { method: 'randolph' })).toBeUndefined();
  });

  it('rejects empty tables, unequal rater counts, fewer than 2 raters and bad counts', () => {
    expect(() => fleissKappa([])).toThrow(RangeError);
    expect(() =>
      fleissKappa([
        [2, 1],
        [1, 1],
      ]),
    ).toThrow(RangeError);
    expect(() =>
      fleissKappa([
        [1, 0],
        [0, 1],
      ]),
    ).toThrow(RangeError);
    expect(() =>
      fleissKappa([
        [1.5, 0.5],
        [1, 1],
      ]),
    ).toThrow(RangeError);
    expect(() => fleissKappa([[2, 1], [3]])).toThrow(RangeError);
  });
});
