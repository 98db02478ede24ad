import { describe, expect, it } from 'vitest';
import { fisherExact } from '../../src/stats/index.js';
import { expectClose } from './expect-close.js';

// Reference values from scipy.stats.fisher_exact (SciPy 1.17).
describe('fisherExact', () => {
  it('matches the SciPy docstring example fisher_exact([[6, 2], [1, 4]]) = (12.0, 0.10256410256410256)', () => {
    const result = fisherExact([
      [6, 2],
      [1, 4],
    ]);
    expect(result.oddsRatio).toBe(12);
    expectClose(result.pvalue, 0.10256410256410256, 1e-12);
    expect(result.signature).toBe('fisher-exact|alt:two-sided');
  });

  it.each([
    [
      [
        [6, 2],
        [1, 4],
      ],
      'less',
      0.9953379953379954,
    ],
    [
      [
        [6, 2],
        [1, 4],
      ],
      'greater',
      0.08624708624708625,
    ],
    [
      [
        [74, 31],
        [43, 32],
      ],
      'two-sided',
      0.0817946749549986,
    ],
    [
      [
        [74, 31],
        [43, 32],
      ],
      'less',
      0.9759961281714722,
    ],
    [
      [
        [74, 31],
        [43, 32],
      ],
      'greater',
      0.048312210086912236,
    ],
    [
      [
        [8, 2],
        [1, 5],
      ],
      'two-sided',
      0.034965034965034975,
    ],
    [
      [
        [2, 7],
        [8, 2],
      ],
      'two-sided',
      0.02301413756522116,
    ],
    [
      [
        [2, 7],
        [8, 2],
      ],
      'less',
      0.01852172595206651,
    ],
    [
      [
        [0, 5],
        [5, 0],
      ],
      'two-sided',
      0.007936507936507938,
    ],
    [
      [
        [100, 3],
        [90, 20],
      ],
      'two-sided',
      0.0002812014682012966,
    ],
    [
      [
        [100, 3],
        [90, 20],
      ],
      'greater',
      0.00021944385106310467,
    ],
  ] as const)('matches scipy.stats.fisher_exact(%j, alternative=%s) p = %f', (table, alternative, p) => {
    expectClose(fisherExact(table, { alternative }).pvalue, p, 1e-10);
  });

  it('matches scipy odds ratios 1.776444111027757 for [[74, 31], [43, 32]] and 0 for [[0, 5], [5, 0]]', () => {
    expectClose(
      fisherExact([
        [74, 31],
        [43, 32],
      ]).oddsRatio,
      1.776444111027757,
      1e-14,
    );
    expect(
      fisherExact([
        [0, 5],
        [5, 0],
      ]).oddsRatio,
    ).toBe(0);
  });

  it('reports an infinite odds ratio like SciPy for [[3, 0], [0, 3]] (p two-sided 0.1, greater 0.05)', () => {
    const result = fisherExact([
      [3, 0],
      [0, 3],
    ]);
    expect(result.oddsRatio).toBe(Infinity);
    expectClose(result.pvalue, 0.1, 1e-12);
    expectClose(
      fisherExact(
        [
          [3, 0],
          [0, 3],
        ],
        { alternative: 'greater' },
      ).pvalue,
      0.05,
      1e-12,
    );
    expectClose(
      fisherExact(
        [
          [3, 0],
          [0, 3],
        ],
        { alternative: 'less' },
      ).pvalue,
      1,
      1e-12,
    );
  });

  it('gives p = 1 and an undefined odds ratio for an empty row, where SciPy returns (nan, 1.0)', () => {
    expect(
      fisherExact([
        [0, 0],
        [3, 4],
      ]),
    ).toMatchObject({ oddsRatio: undefined, pvalue: 1 });
    expect(
      fisherExact(
        [
          [0, 3],
          [0, 4],
        ],
        { alternative: 'less' },
      ),
    ).toMatchObject({ oddsRatio: undefined, pvalue: 1 });
  });

  it('rejects negative or fractional counts', () => {
    expect(() =>
      fisherExact([
        [1, -1],
        [2, 3],
      ]),
    ).toThrow(RangeError);
    expect(() =>
      fisherExact([
        [1, 0.5],
        [2, 3],
      ]),
    ).toThrow(RangeError);
  });
});
