import type { EvalCase } from './case.js';
export type Sample = {
    count: number;
} | {
    fraction: number;
} | undefined;
/** What a stratified draw must keep (README "Tiers"): every critical case, and `minN` cases of each value of each slice tag. */
export interface Strata {
    slices: readonly string[];
    minN: number;
}
/** What a tier holds: its size, its critical cases, and its cases per value of each slice tag. */
export interface Composition {
    cases: number;
    critical: number;
    slices: Record<string, Record<string, number>>;
}
/**
 * The seeded order of a suite's cases: by a hash of seed and id. Because the order depends
 * only on ids, every draw from it is a subset of the `full` run the baseline holds, so each
 * sampled case can pair, and an adaptive tier extends its sample in the same order.
 */
export declare function seededOrder<T extends {
    id: string;
}>(cases: readonly T[], seed: string): T[];
/** The number of cases a sample asks for, at most the dataset's. */
export declare function sampleSize(sample: Sample, total: number): number;
/**
 * A tier's sample, stratified: every `severity: critical` case first, then, for each slice tag,
 * the first `minN` cases (in the seeded order) of each of its values the dataset has, then the
 * rest of the seeded order until the sample is full — a seeded random draw, so beyond the
 * minimums each slice is represented in proportion to its share. Critical cases and slice
 * minimums may make the sample larger than asked; they are what a smoke tier must not miss.
 */
export declare function sampleCases(cases: readonly EvalCase[], sample: Sample, seed: string, strata?: Strata): EvalCase[];
/** The tier's composition, for the report and `plan`. */
export declare function composition(cases: readonly Pick<EvalCase, 'severity' | 'tags'>[], slices: readonly string[]): Composition;
/** "200 cases: 3 critical; language en 120, de 80". */
export declare function describeComposition(c: Composition): string;
/** Shard `index` of `count` (1-based), by case position so shards are balanced. */
export declare function shardCases(cases: readonly EvalCase[], index: number, count: number): EvalCase[];
