// The statistics layer's public surface: pure, deterministic functions (bootstrap draws come
// from a seeded generator). Options mirror the reference implementations named on each.
export { proportionInterval, twoProportionZTest, proportionDiffInterval } from './proportions.js';
export type {
  ProportionIntervalMethod,
  ProportionIntervalOptions,
  TwoProportionZTestOptions,
  ZTestResult,
  ProportionDiffMethod,
  ProportionDiffIntervalOptions,
} from './proportions.js';
export { fisherExact } from './fisher.js';
export type { Table2x2, FisherExactOptions, FisherExactResult } from './fisher.js';
export { pairedProportionDiffInterval } from './paired-proportions.js';
export type { PairedProportionDiffMethod, PairedProportionDiffIntervalOptions } from './paired-proportions.js';
export { mcnemar } from './mcnemar.js';
export type { McNemarMethod, McNemarOptions, McNemarResult } from './mcnemar.js';
export { pairedTTest, welchTTest, studentTTest } from './t-tests.js';
export type { TTestOptions, TTestResult } from './t-tests.js';
export { wilcoxonSignedRank } from './wilcoxon.js';
export type { WilcoxonMethod, WilcoxonZeroMethod, WilcoxonOptions, WilcoxonResult } from './wilcoxon.js';
export { mannWhitneyU } from './mann-whitney.js';
export type { MannWhitneyMethod, MannWhitneyOptions, MannWhitneyResult } from './mann-whitney.js';
export { adjustPValues } from './multiplicity.js';
export type { PAdjustMethod, AdjustPValuesOptions, AdjustPValuesResult } from './multiplicity.js';
export { quantile, quantileInPlace, QUANTILE_METHODS } from './quantile.js';
export type { QuantileMethod, QuantileOptions } from './quantile.js';
export { createRandom, RANDOM_ALGORITHM } from './random.js';
export type { Random } from './random.js';
export { pairedBootstrap } from './bootstrap.js';
export type { BootstrapStatistic, PairedBootstrapOptions, PairedBootstrapResult } from './bootstrap.js';
export { unpairedBootstrap } from './unpaired-bootstrap.js';
export type { UnpairedBootstrapOptions, UnpairedBootstrapResult } from './unpaired-bootstrap.js';
export {
  cohensH,
  powerTwoProportions,
  sampleSizeTwoProportions,
  minimumDetectableDrop,
  nonInferiorityDetectableDrop,
  nonInferioritySampleSize,
  detectableShift,
} from './power.js';
export type {
  PowerTwoProportionsOptions,
  SampleSizeTwoProportionsOptions,
  MinimumDetectableDropOptions,
  NonInferiorityPowerOptions,
} from './power.js';
export type { Interval } from './signature.js';
export type { Alternative } from './validation.js';
