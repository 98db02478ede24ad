import { describe, expect, test } from 'vitest';
import * as evalgate from '../../src/lib.js';

/** The names the README ("The library") promises at the package root. */
const CONTRACT = [
  'tokenize13a',
  'sentenceBleu',
  'corpusBleu',
  'sentenceChrf',
  'corpusChrf',
  'rougeScore',
  'squadScore',
  'normalizeAnswer',
  'classificationReport',
  'rocAuc',
  'averagePrecision',
  'brierScore',
  'logLoss',
  'expectedCalibrationError',
  'cohenKappa',
  'krippendorffAlpha',
  'fleissKappa',
  'spearman',
  'pearson',
  'proportionInterval',
  'twoProportionZTest',
  'proportionDiffInterval',
  'fisherExact',
  'mcnemar',
  'pairedTTest',
  'welchTTest',
  'studentTTest',
  'wilcoxonSignedRank',
  'mannWhitneyU',
  'adjustPValues',
  'quantile',
  'pairedBootstrap',
  'cohensH',
  'powerTwoProportions',
  'sampleSizeTwoProportions',
  'unpairedBootstrap',
  'nonInferiorityDetectableDrop',
  'nonInferioritySampleSize',
  'detectableShift',
];

describe('the package root', () => {
  test.each(CONTRACT)('exports %s as a function', (name) => {
    expect(typeof (evalgate as Record<string, unknown>)[name]).toBe('function');
  });
});
