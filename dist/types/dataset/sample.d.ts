import type { EvalCase } from './case.js';
export type Sample = {
    count: number;
} | {
    fraction: number;
} | undefined;
/**
 * A tier's sample: the cases with the smallest seeded hash of their id. Because the order
 * depends only on ids, a `smoke` sample is a subset of the `full` run the baseline holds,
 * so every sampled case can pair with its baseline.
 */
export declare function sampleCases(cases: readonly EvalCase[], sample: Sample, seed: string): EvalCase[];
/** Shard `index` of `count` (1-based), by case position so shards are balanced. */
export declare function shardCases(cases: readonly EvalCase[], index: number, count: number): EvalCase[];
